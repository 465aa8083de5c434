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

/** One payslip as a loonstrook (R23): the shared view's fields, when the employee sees it, and the PDF. */
export const payslipQuery = graphql(`
  query AdminPayslip($id: ID!) {
    node(id: $id) {
      ... on Payslip {
        id
        periodLabel
        visibleFrom
        pdfUrl
        ...PayslipView
      }
    }
  }
`);
