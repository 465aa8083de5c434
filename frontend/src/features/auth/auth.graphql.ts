import { graphql } from '../../gql';

/** What the staff area needs to know about the signed-in staff user. */
export const staffViewerFragment = graphql(`
  fragment StaffViewer on Viewer {
    id
    kind
    displayName
    username
    scope
    provider {
      id
      name
    }
    employer {
      id
      name
      administrationNumber
    }
    rights
  }
`);

/** What a right password leads to when the second factor is due (R43). */
export const secondFactorChallengeFragment = graphql(`
  fragment SecondFactorChallenge on SecondFactorChallenge {
    token
    step
    expiresAt
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      secondFactor {
        ...SecondFactorChallenge
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Renews the staff session from the `wp_refresh` cookie. */
export const staffRefreshSessionMutation = graphql(`
  mutation StaffRefreshSession {
    refreshSession(input: { area: STAFF }) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A staff invitation link's state (R43), for /uitnodiging#TOKEN. */
export const staffInvitationQuery = graphql(`
  query StaffInvitation($token: String!) {
    staffInvitation(token: $token) {
      state
      displayName
      username
      expiresAt
    }
  }
`);

/** A staff reset link's state (R10 for staff), for /wachtwoord-herstellen#TOKEN. */
export const staffPasswordResetLinkQuery = graphql(`
  query StaffPasswordResetLink($token: String!) {
    staffPasswordResetLink(token: $token) {
      state
      displayName
      username
      expiresAt
    }
  }
`);

export const acceptStaffInvitationMutation = graphql(`
  mutation AcceptStaffInvitation($input: AcceptStaffInvitationInput!) {
    acceptStaffInvitation(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      secondFactor {
        ...SecondFactorChallenge
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const resetStaffPasswordMutation = graphql(`
  mutation ResetStaffPassword($input: ResetStaffPasswordInput!) {
    resetStaffPassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      secondFactor {
        ...SecondFactorChallenge
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const requestStaffPasswordResetMutation = graphql(`
  mutation RequestStaffPasswordReset($input: RequestStaffPasswordResetInput!) {
    requestStaffPasswordReset(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);
