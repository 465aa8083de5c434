import { graphql } from '../../gql';

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
        street
        postalCode
        city
        payrollKey
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
