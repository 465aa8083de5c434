import { graphql } from '../../../gql';

/** Loonstroken: one page of the list, newest period first, of one employment (R18). */
export const payslipsQuery = graphql(`
  query EmployeePayslips($first: Int, $after: Cursor, $last: Int, $before: Cursor, $employmentId: ID) {
    me {
      payslips(first: $first, after: $after, last: $last, before: $before, employmentId: $employmentId) {
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
            periodType
            year
            period
            runDate
            grossCents
            netCents
          }
        }
      }
    }
  }
`);

/** One payslip as a loonstrook (R23): the fields of the shared view, and the PDF. */
export const payslipQuery = graphql(`
  query EmployeePayslip($id: ID!) {
    node(id: $id) {
      id
      ... on Payslip {
        periodType
        year
        period
        pdfUrl
        ...PayslipView
      }
    }
  }
`);
