import { graphql } from '../../gql';

/** Saves the language the signed-in employee switched to; their mails follow it (R46). */
export const employeeSetLanguageMutation = graphql(`
  mutation EmployeeSetLanguage($input: SetLanguageInput!) {
    setLanguage(input: $input) {
      language
      userErrors {
        field
        code
        message
      }
    }
  }
`);
