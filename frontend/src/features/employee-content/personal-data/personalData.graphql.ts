import { graphql } from '../../../gql';

/** Persoonsgegevens inzien: as the employer registered them, read-only. */
export const personalDataQuery = graphql(`
  query EmployeePersonalData {
    me {
      personalData {
        initials
        firstName
        lastNamePrefix
        lastName
        fullName
        birthDate
        privateEmail
        phone
        employments {
          id
          employeeNumber
          jobTitle
          startDate
          endDate
          inService
        }
      }
    }
  }
`);
