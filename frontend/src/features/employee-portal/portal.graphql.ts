import { graphql } from '../../gql';

export const portalHomeQuery = graphql(`
  query EmployeePortalHome {
    me {
      person {
        id
        firstName
        fullName
      }
      employer {
        id
        name
      }
    }
  }
`);
