import { graphql } from '../../../gql';

/**
 * Assistent bedrijfsregelingen (R42): one question, the best passages of the employer's regulations the
 * employee may see, each with document and page. Nothing of the question is stored.
 */
export const askRegulationsMutation = graphql(`
  mutation EmployeeAskRegulations($input: AskRegulationsInput!) {
    askRegulations(input: $input) {
      answer {
        matched
        passages {
          documentId
          documentTitle
          page
          text
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
