import { graphql } from '../../gql';

/**
 * What every content page needs around it: the features the employer activated (R22) for the menu
 * and the gate, the employer's name, and the employments for the switcher (R18). Usually answered
 * from the cache (the portal home asks the same).
 */
export const portalMenuQuery = graphql(`
  query EmployeePortalMenu {
    me {
      features
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
