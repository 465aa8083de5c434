import { graphql } from '../../gql';

/**
 * Whether the signed-in employee is a new hire with an open checklist (R38): the home sends them
 * there and the menu shows only it. Asked only when the employer has the feature (R22).
 */
export const preboardingStateQuery = graphql(`
  query EmployeePreboardingState {
    me {
      preboarding {
        id
        state
      }
    }
  }
`);
