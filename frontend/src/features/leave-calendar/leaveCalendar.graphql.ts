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
