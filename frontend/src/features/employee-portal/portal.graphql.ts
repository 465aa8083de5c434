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

/** Account settings: the account and what the password meter should know about the employee. */
export const accountQuery = graphql(`
  query EmployeeAccount {
    me {
      account {
        id
        username
      }
      person {
        id
        firstName
        lastNamePrefix
        lastName
        fullName
        email
        birthDate
      }
      employer {
        id
        name
      }
    }
  }
`);

/** R12: a new username, unique ignoring case; no mail is sent. */
export const changeUsernameMutation = graphql(`
  mutation EmployeeChangeUsername($input: ChangeUsernameInput!) {
    changeUsername(input: $input) {
      username
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** R12: a new password, the current one asked; other sessions end; no mail is sent. */
export const changePasswordMutation = graphql(`
  mutation EmployeeChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Ends every session of the employee, on every device. */
export const logoutEverywhereMutation = graphql(`
  mutation EmployeeLogoutEverywhere {
    logoutEverywhere {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);
