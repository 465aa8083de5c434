import { graphql } from '../../../gql';

/**
 * Assistent (R41): one question, one answer built by the server from the employee's own data, with the
 * page it came from. Nothing of the question is stored.
 */
export const askAssistantMutation = graphql(`
  mutation EmployeeAskAssistant($input: AskAssistantInput!) {
    askAssistant(input: $input) {
      answer {
        intent
        answered
        text
        facts {
          label
          value
        }
        link {
          path
          label
        }
        contact {
          name
          street
          postalCode
          city
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
