import { graphql } from '../../gql';

/** The audit trail (R27), newest first, optionally about one person and of some actions. */
export const auditEventsQuery = graphql(`
  query AdminAuditEvents(
    $employerId: ID
    $personId: ID
    $actions: [String!]
    $from: Date
    $to: Date
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
  ) {
    auditEvents(
      employerId: $employerId
      personId: $personId
      actions: $actions
      from: $from
      to: $to
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          createdAt
          actorKind
          actorName
          action
          targetType
          targetID
          reason
        }
      }
    }
  }
`);

/**
 * What the events were done to: the audit event names only a type and an ID, so the names are
 * looked up with nodes(ids:) (accounts, payslips, documents and sick reports lead to their person).
 * A deleted document is not found any more: the event then shows its action only.
 */
export const auditTargetsQuery = graphql(`
  query AdminAuditTargets($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Account {
        person {
          id
          fullName
        }
      }
      ... on Person {
        fullName
      }
      ... on Product {
        nameNl
        nameEn
      }
      ... on Document {
        title
        aboutPerson: person {
          id
          fullName
        }
      }
      ... on Payslip {
        periodLabel
        employment {
          id
          person {
            id
            fullName
          }
        }
      }
      ... on SickReport {
        firstSickDay
        sickPerson: person {
          id
          fullName
        }
      }
    }
  }
`);

/** The name of the person the trail is filtered on. */
export const auditPersonQuery = graphql(`
  query AdminAuditPerson($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        fullName
      }
    }
  }
`);
