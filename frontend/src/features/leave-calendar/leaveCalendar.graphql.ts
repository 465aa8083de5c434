import { graphql } from '../../gql';

/** The employer's Verlofkalender as staff see it (R32): types, sickness only as afwezig, requests for handlers. */
export const employerLeaveCalendarQuery = graphql(`
  query AdminLeaveCalendar($employerId: ID!, $month: String!, $page: Int!) {
    leaveCalendar(employerId: $employerId, month: $month, page: $page) {
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

/** Whether the staff user has a live iCal address of the employer's calendar (R32). */
export const employerLeaveCalendarFeedQuery = graphql(`
  query AdminLeaveCalendarFeed($employerId: ID!) {
    leaveCalendarFeed(employerId: $employerId) {
      active
      createdAt
    }
  }
`);

export const createEmployerLeaveCalendarFeedMutation = graphql(`
  mutation AdminCreateLeaveCalendarFeed($employerId: ID!) {
    createLeaveCalendarFeed(input: { employerId: $employerId }) {
      url
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const revokeEmployerLeaveCalendarFeedMutation = graphql(`
  mutation AdminRevokeLeaveCalendarFeed($employerId: ID!) {
    revokeLeaveCalendarFeed(input: { employerId: $employerId }) {
      revoked
      userErrors {
        field
        code
        message
      }
    }
  }
`);
