import { graphql } from '../../../gql';

/** Mijn team (R35): tasks, the team's requests with their trail, who is sick today, substitutes. */
export const myTeamQuery = graphql(`
  query MyTeam {
    myTeam {
      isManager
      tasks {
        id
        kind
        personName
        submittedAt
        step
        steps
        onBehalfOfName
        leaveRequest {
          id
          firstDay
          lastDay
          hours
          comment
          leaveType {
            id
            name
          }
        }
      }
      started {
        id
        kind
        personName
        status
        submittedAt
        trail {
          step
          state
          decidedByName
          onBehalfOfName
          decidedAt
          comment
        }
      }
      sickToday {
        personName
        firstSickDay
      }
      substitutes {
        id
        manager {
          id
          name
        }
        substitute {
          id
          name
        }
        firstDay
        lastDay
        active
      }
    }
    myTeamColleagues {
      id
      name
    }
  }
`);

export const decideTeamTaskMutation = graphql(`
  mutation DecideTeamTask($input: DecideTeamTaskInput!) {
    decideTeamTask(input: $input) {
      requestId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const setManagerSubstituteMutation = graphql(`
  mutation SetManagerSubstitute($input: SetManagerSubstituteInput!) {
    setManagerSubstitute(input: $input) {
      substitute {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const endManagerSubstituteMutation = graphql(`
  mutation EndManagerSubstitute($input: EndManagerSubstituteInput!) {
    endManagerSubstitute(input: $input) {
      id
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const handOverTeamTasksMutation = graphql(`
  mutation HandOverTeamTasks($input: HandOverTeamTasksInput!) {
    handOverTeamTasks(input: $input) {
      count
      userErrors {
        code
        field
        message
      }
    }
  }
`);
