import { graphql } from '../../gql';

// Shared by both areas: the server ends the session of the bearer token it is sent with, and clears
// that area's refresh cookie. Each area has its own sign-in and refresh documents (their viewer
// fragments differ); see features/auth/auth.graphql.ts and features/employee-auth/employeeAuth.graphql.ts.

export const logoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);
