import { graphql } from '../../gql';

/** What the employee area needs to know about the signed-in employee. */
export const employeeViewerFragment = graphql(`
  fragment EmployeeViewer on Viewer {
    id
    kind
    displayName
    username
    employer {
      id
      name
    }
  }
`);

export const employeeLoginMutation = graphql(`
  mutation EmployeeLogin($input: LoginInput!) {
    employeeLogin(input: $input) {
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

/** Renews the employee session from the `wp_refresh_emp` cookie. */
export const employeeRefreshSessionMutation = graphql(`
  mutation EmployeeRefreshSession {
    refreshSession(input: { area: EMPLOYEE }) {
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
