import { graphql } from '../../gql';

/** What a row of a document list shows. */
export const documentFields = graphql(`
  fragment AdminDocumentFields on Document {
    id
    title
    category
    fileName
    contentType
    sizeBytes
    createdAt
    visibleToEmployee
    regulation
    downloadUrl
  }
`);

/** Documents about one person, newest first (person page, tab Documenten). */
export const personDocumentsQuery = graphql(`
  query AdminPersonDocuments($personId: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $personId) {
      ... on Person {
        id
        documents(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            node {
              ...AdminDocumentFields
            }
          }
        }
      }
    }
  }
`);

/** Documents for all employees of the employer, newest first (employer page Documenten). */
export const employerDocumentsQuery = graphql(`
  query AdminEmployerDocuments($employerId: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    employer(id: $employerId) {
      id
      documents(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          node {
            ...AdminDocumentFields
          }
        }
      }
    }
  }
`);

/**
 * Uploads a document (R26). `input.file` is a File: urql then sends the GraphQL multipart request
 * (operations + map + the file), with only the persisted hash in `operations`.
 */
export const addDocumentMutation = graphql(`
  mutation AdminAddDocument($input: AddDocumentInput!) {
    addDocument(input: $input) {
      document {
        ...AdminDocumentFields
      }
      notifiedCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Shows a document to employees or hides it again; the first time it shows, opted-in employees get a mail (R26). */
export const setDocumentVisibilityMutation = graphql(`
  mutation AdminSetDocumentVisibility($input: SetDocumentVisibilityInput!) {
    setDocumentVisibility(input: $input) {
      document {
        ...AdminDocumentFields
      }
      notifiedCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Removes a document and its file from the dossier; the audit trail keeps what it was. */
export const deleteDocumentMutation = graphql(`
  mutation AdminDeleteDocument($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      deletedDocumentId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Marks a PDF for all employees as a regulation for the regulations assistant, or unmarks it (R42). */
export const setDocumentRegulationMutation = graphql(`
  mutation AdminSetDocumentRegulation($input: SetDocumentRegulationInput!) {
    setDocumentRegulation(input: $input) {
      document {
        ...AdminDocumentFields
      }
      passageCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);
