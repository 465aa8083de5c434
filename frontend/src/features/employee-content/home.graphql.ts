import { graphql } from '../../gql';

/** One employment of the signed-in employee, for the switcher (R18). */
export const employmentFragment = graphql(`
  fragment EmployeeEmployment on Employment {
    id
    employeeNumber
    jobTitle
    startDate
    endDate
    inService
  }
`);

/** The portal home: the employer, the employee's employments at it (R18) and the account. */
export const portalHomeQuery = graphql(`
  query EmployeePortalHome {
    me {
      features
      account {
        id
        username
      }
      person {
        id
        firstName
        fullName
      }
      employer {
        id
        name
      }
      employments {
        ...EmployeeEmployment
      }
    }
  }
`);
