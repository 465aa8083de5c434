import { graphql } from '../../gql';

/** Saves the language the signed-in staff user switched to; the mails to staff follow it (R46). */
export const staffSetLanguageMutation = graphql(`
  mutation StaffSetLanguage($input: SetLanguageInput!) {
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
