import { graphql } from '../../gql';

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
