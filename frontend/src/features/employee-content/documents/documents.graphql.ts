import { graphql } from '../../../gql';

/** Documenten: what the employer made visible (R26), newest first, and the new-document mail switch. */
export const documentsQuery = graphql(`
  query EmployeeDocuments($first: Int!) {
    me {
      documents(first: $first) {
        totalCount
        edges {
          node {
            id
            title
            category
            createdAt
            fileName
            contentType
            sizeBytes
            downloadUrl
          }
        }
      }
      documentNotifications
    }
  }
`);

/** R26: mail me when a new document becomes visible, or not. */
export const setDocumentNotificationsMutation = graphql(`
  mutation EmployeeSetDocumentNotifications($input: SetDocumentNotificationsInput!) {
    setDocumentNotifications(input: $input) {
      enabled
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** R26: the employee opened Documenten, so the home counts only documents shown after now as new. */
export const markDocumentsSeenMutation = graphql(`
  mutation EmployeeMarkDocumentsSeen {
    markDocumentsSeen {
      seenAt
      userErrors {
        field
        code
        message
      }
    }
  }
`);
