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

/** A person with everything the person page shows. */
export const personQuery = graphql(`
  query AdminPerson($id: ID!, $withRegisteredEmail: Boolean!) {
    node(id: $id) {
      ... on Person {
        id
        fullName
        initials
        firstName
        lastNamePrefix
        lastName
        birthDate
        email
        phone
        employer {
          id
        }
        employments {
          id
          employeeNumber
          startDate
          endDate
          inService
          jobTitle
        }
        account {
          id
          status
          username
          hasLoggedIn
          canSendUsername
          lastLoginAt
          lockedUntil
          blockedAt
          registeredEmail @include(if: $withRegisteredEmail)
          invitation {
            state
            expiresAt
            sentAt
            sentTo
          }
        }
      }
    }
  }
`);
