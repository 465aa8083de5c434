import { Client, fetchExchange, type Exchange } from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { SessionStore } from '../session/SessionStore';
import { cacheOptions, type CacheConfig } from './cache';
import { isAuthError } from './errors';
import { persistedDocumentsExchange } from './persisted';

export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Persisted documents everywhere except on the Vite dev server: there the Go server may be older
 * than the document you just wrote, so the full text is sent (the server accepts any full query).
 * Unit tests and the built app always send hashes only.
 */
const SEND_PERSISTED = import.meta.env.MODE !== 'development';

function transportExchanges(persisted: boolean): Exchange[] {
  return persisted ? [persistedDocumentsExchange(), fetchExchange] : [fetchExchange];
}

const sameOrigin = (): RequestInit => ({ credentials: 'same-origin' });

export interface ClientOptions {
  url?: string;
  /** Send hashes only (default: everywhere but the Vite dev server). */
  persisted?: boolean;
}

/**
 * The client a session store uses for its own calls (sign-in, refreshSession, logout): no cache, no
 * auth exchange — a refresh must never carry a dead bearer token (the server answers 401 to that).
 */
export function createSessionClient({ url = GRAPHQL_ENDPOINT, persisted = SEND_PERSISTED }: ClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: transportExchanges(persisted),
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: sameOrigin,
  });
}

export interface DataClientOptions extends ClientOptions {
  /** The session of the area this client serves; its access token goes in the Authorization header. */
  session: Pick<SessionStore<unknown>, 'getAccessToken' | 'isAccessTokenExpired' | 'refreshAfterAuthError'>;
  /** The area's graphcache additions (updates, optimistic results, extra keys). */
  cache?: CacheConfig;
}

/**
 * The client for an area's data: POST /graphql on the same origin with
 * graphcache → auth (bearer token; on UNAUTHENTICATED refresh once and retry) → persisted → fetch.
 * Areas make a new one per signed-in viewer, so no cached data survives a logout.
 */
export function createDataClient({
  session,
  cache,
  url = GRAPHQL_ENDPOINT,
  persisted = SEND_PERSISTED,
}: DataClientOptions): Client {
  const auth = authExchange((utils) =>
    Promise.resolve({
      addAuthToOperation(operation) {
        const token = session.getAccessToken();
        return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
      },
      willAuthError: () => session.isAccessTokenExpired(),
      didAuthError: (error) => isAuthError(error),
      refreshAuth: () => session.refreshAfterAuthError(),
    }),
  );
  return new Client({
    url,
    exchanges: [cacheExchange(cacheOptions(cache)), auth, ...transportExchanges(persisted)],
    preferGetMethod: false,
    fetchOptions: sameOrigin,
  });
}
