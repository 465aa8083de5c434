import { graphql } from '../../gql';

/** Wachtwoord vergeten? (R10): the same answer whether or not the username exists. */
export const requestPasswordResetMutation = graphql(`
  mutation EmployeeRequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Whether the link of the password mail still works, so its page can explain itself. */
export const passwordResetLinkQuery = graphql(`
  query EmployeePasswordResetLink($token: String!) {
    passwordResetLink(token: $token)
  }
`);

/** A new password through the link; signs the employee in (R10). */
export const resetPasswordMutation = graphql(`
  mutation EmployeeResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...EmployeeViewer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Gebruikersnaam vergeten? (R11): the same answer whether or not the address is known. */
export const requestUsernameMutation = graphql(`
  mutation EmployeeRequestUsername($input: RequestUsernameInput!) {
    requestUsername(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);
