import { graphql } from '../../gql';

/** What a row of the verzuim overview and of a person's Verzuim tab shows (R25: never a diagnosis). */
export const sickReportFields = graphql(`
  fragment AdminSickReportFields on SickReport {
    id
    firstSickDay
    hoursWorked
    reportedAt
    reportedByKind
    reportedByName
    recoveryDate
    recoveryReportedAt
    open
    poortwachter {
      milestones {
        step
        dueOn
        status
      }
    }
  }
`);

/**
 * The employer's sick reports (the verzuim overview), newest first sick day first; `open` filters
 * on open (true) or ended (false) reports; Relay paging with the total count.
 */
export const employerSickReportsQuery = graphql(`
  query AdminEmployerSickReports($employerId: ID!, $open: Boolean, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    employer(id: $employerId) {
      id
      sickReports(open: $open, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          node {
            ...AdminSickReportFields
            person {
              id
              fullName
              employments {
                id
                employeeNumber
              }
            }
          }
        }
      }
    }
  }
`);

/** One person's sick reports, newest first sick day first (person page, tab Verzuim). */
export const personSickReportsQuery = graphql(`
  query AdminPersonSickReports($personId: ID!) {
    node(id: $personId) {
      ... on Person {
        id
        sickReports {
          ...AdminSickReportFields
          ...AdminSickCase
        }
      }
    }
  }
`);
