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
        claim {
          id
          componentName
          componentKind
          date
          kilometres
          amount
          description
          receipts {
            id
            fileName
            url
          }
        }
        personalDataChange {
          id
          field
          effectiveDate
          old {
            street
            postalCode
            city
            phone
            email
            iban
            name
          }
          new {
            street
            postalCode
            city
            phone
            email
            iban
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

/** The team calendar of a month (R32, R35): leave with its type, requests, sickness as absent — never why. */
export const myTeamCalendarQuery = graphql(`
  query MyTeamCalendar($month: String!, $page: Int!) {
    myTeamCalendar(month: $month, page: $page) {
      month
      firstDay
      lastDay
      totalPeople
      page
      pageSize
      people {
        key
        name
        isSelf
        days {
          date
          status
          leaveType
          hours
        }
      }
    }
  }
`);
