import { graphql } from '../../../gql';

/** Verlofkalender (R32): a page of the people away in a month, as the server lets the employee see them. */
export const myLeaveCalendarQuery = graphql(`
  query EmployeeLeaveCalendar($month: String!, $page: Int!) {
    myLeaveCalendar(month: $month, page: $page) {
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
    myLeaveCalendarFeed {
      active
      createdAt
    }
  }
`);

export const createLeaveCalendarFeedMutation = graphql(`
  mutation EmployeeCreateLeaveCalendarFeed {
    createLeaveCalendarFeed(input: {}) {
      url
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const revokeLeaveCalendarFeedMutation = graphql(`
  mutation EmployeeRevokeLeaveCalendarFeed {
    revokeLeaveCalendarFeed(input: {}) {
      revoked
      userErrors {
        field
        code
        message
      }
    }
  }
`);
