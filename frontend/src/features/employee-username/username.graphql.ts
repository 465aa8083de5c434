import { graphql } from '../../gql';

/** Availability as you type (R4: unique across the portal, ignoring case); needs the invitation token. */
export const usernameAvailableQuery = graphql(`
  query EmployeeUsernameAvailable($token: String, $username: String!) {
    usernameAvailable(token: $token, username: $username)
  }
`);
