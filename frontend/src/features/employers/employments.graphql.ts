import { graphql } from '../../gql';

/**
 * One page of the employer's employments (dienstverbanden, R16): search in name, e-mail and
 * employee number; filters on service and access status; Relay paging with the total count.
 */
export const employmentsQuery = graphql(`
  query AdminEmployments(
    $employerId: ID!
    $search: String
    $filter: EmploymentListFilter
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
  ) {
    employer(id: $employerId) {
      id
      employments(search: $search, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
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
            employeeNumber
            startDate
            endDate
            inService
            jobTitle
            person {
              id
              fullName
              email
              account {
                id
                status
              }
            }
          }
        }
      }
    }
  }
`);
