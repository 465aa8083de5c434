import { Client, cacheExchange, fetchExchange } from 'urql';
import { getAccessToken } from './accessToken';

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * The one way the SPA talks to the API: POST /graphql on the same origin, the refresh cookie sent
 * along (`credentials: 'same-origin'`) and the in-memory access token as a bearer token.
 */
export function createGraphqlClient(url: string = GRAPHQL_ENDPOINT): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = getAccessToken();
      const headers: Record<string, string> = {};
      if (token) headers['Authorization'] = `Bearer ${token}`;
      return { credentials: 'same-origin', headers };
    },
  });
}
