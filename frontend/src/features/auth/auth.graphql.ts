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

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
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
