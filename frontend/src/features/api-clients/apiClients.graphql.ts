import { graphql } from '../../gql';

/** The employer's API clients, newest first (R44). */
export const apiClientsQuery = graphql(`
  query AdminApiClients($employerId: ID) {
    apiClients(employerId: $employerId, first: 200) {
      totalCount
      edges {
        node {
          id
          name
          rights
          createdAt
          lastUsedAt
          disabledAt
          previousSecretExpiresAt
        }
      }
    }
  }
`);

export const createApiClientMutation = graphql(`
  mutation AdminCreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      apiClient {
        id
        name
      }
      clientSecret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const rotateApiClientSecretMutation = graphql(`
  mutation AdminRotateApiClientSecret($input: ApiClientInput!) {
    rotateApiClientSecret(input: $input) {
      apiClient {
        id
        name
        previousSecretExpiresAt
      }
      clientSecret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const disableApiClientMutation = graphql(`
  mutation AdminDisableApiClient($input: ApiClientInput!) {
    disableApiClient(input: $input) {
      apiClient {
        id
        disabledAt
        previousSecretExpiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
