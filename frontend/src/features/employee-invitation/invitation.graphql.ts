import { graphql } from '../../gql';

/** What the invitation page may know about its link (R2–R4): state and employer name, nothing personal. */
export const invitationQuery = graphql(`
  query EmployeeInvitation($token: String!) {
    invitation(token: $token) {
      state
      revokeReason
      employerName
      expiresAt
      birthDateVerified
    }
  }
`);

/** The control question (R4); three wrong answers burn the link. */
export const verifyInvitationMutation = graphql(`
  mutation EmployeeVerifyInvitation($input: VerifyInvitationInput!) {
    verifyInvitation(input: $input) {
      verified
      attemptsLeft
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Chooses username and password and signs the employee in (R4). */
export const completeRegistrationMutation = graphql(`
  mutation EmployeeCompleteRegistration($input: CompleteRegistrationInput!) {
    completeRegistration(input: $input) {
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
