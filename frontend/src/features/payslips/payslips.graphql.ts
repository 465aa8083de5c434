import { graphql } from '../../gql';

/** One page of a person's payslips, newest period first (person page, tab Loonstroken). */
export const personPayslipsQuery = graphql(`
  query AdminPersonPayslips($personId: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $personId) {
      ... on Person {
        id
        payslips(first: $first, after: $after, last: $last, before: $before) {
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
              periodLabel
              runDate
              visibleFrom
              grossCents
              netCents
              pdfUrl
              employment {
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

/** One payslip with its lines and the totals per category (the payslip dialog). */
export const payslipQuery = graphql(`
  query AdminPayslip($id: ID!) {
    node(id: $id) {
      ... on Payslip {
        id
        periodLabel
        runDate
        visibleFrom
        grossCents
        netCents
        pdfUrl
        employment {
          id
          employeeNumber
          jobTitle
        }
        lines {
          id
          code
          description
          amountCents
          category
        }
        totals {
          category
          totalCents
        }
      }
    }
  }
`);
