import { graphql } from '../../gql';

/** The Workflow editor (R34): the route of every kind, and the staff a step can name. */
export const workflowRoutesQuery = graphql(`
  query AdminWorkflowRoutes($employerId: ID!) {
    workflowRoutes(employerId: $employerId) {
      employerId
      editorActive
      routes {
        kind
        custom
        updatedAt
        steps {
          target
          users {
            id
            name
          }
        }
        notify {
          id
          name
        }
        autoApproval {
          maxLeaveHours
          maxClaimAmount
        }
      }
      staff {
        id
        name
        active
        handlesRequests
      }
      escalation {
        workingDays
        custom
        updatedAt
      }
    }
    stuckWorkflowRequests(employerId: $employerId) {
      id
      kind
      personName
      step
      since
    }
  }
`);

/** Where a request of a person would go, on a draft route or the current one (R34). */
export const workflowPreviewQuery = graphql(`
  query AdminWorkflowPreview($employerId: ID!, $kind: WorkflowKind!, $personId: ID!, $route: WorkflowRouteInput) {
    workflowPreview(employerId: $employerId, kind: $kind, personId: $personId, route: $route) {
      personName
      steps {
        target
        assignedTo
        names
        more
        fallback
        stuck
      }
      autoApproval {
        maxLeaveHours
        maxClaimAmount
      }
    }
  }
`);

/** Persons of the employer by name, for the preview. */
export const workflowPeopleQuery = graphql(`
  query AdminWorkflowPeople($employerId: ID!, $search: String!) {
    workflowPeople(employerId: $employerId, search: $search) {
      id
      name
    }
  }
`);

/** Sets the route of one kind. */
export const setWorkflowRouteMutation = graphql(`
  mutation AdminSetWorkflowRoute($input: SetWorkflowRouteInput!) {
    setWorkflowRoute(input: $input) {
      route {
        kind
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Sets after how many working days an open task is reported to HANDLE_REQUESTS (R35); null: the default. */
export const setWorkflowEscalationMutation = graphql(`
  mutation AdminSetWorkflowEscalation($input: SetWorkflowEscalationInput!) {
    setWorkflowEscalation(input: $input) {
      escalation {
        workingDays
        custom
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
