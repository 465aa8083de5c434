import { Client, fetchExchange, type Exchange } from '@urql/core';
import type { CacheConfig } from './cache';
import { persistedDocumentsExchange } from './persisted';
import type { SignedInSession } from './signedIn';
import type { SignedInExchanges } from './signedInExchanges';

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
  session: SignedInSession;
  /** The area's graphcache additions (updates, optimistic results, extra keys). */
  cache?: CacheConfig;
  /**
   * graphcache and auth (signedIn.ts), for a signed-in viewer. Without them the client has no cache
   * and adds no token: signed out there is none, and the pages send only mutations and network-only
   * queries.
   */
  signedIn?: SignedInExchanges | null;
}

/**
 * The client for an area's data: POST /graphql on the same origin with, for a signed-in viewer,
 * graphcache → auth (bearer token; on UNAUTHENTICATED refresh once and retry), then persisted → fetch.
 * Areas make a new one per signed-in viewer, so no cached data survives a logout.
 */
export function createDataClient({
  session,
  cache,
  signedIn,
  url = GRAPHQL_ENDPOINT,
  persisted = SEND_PERSISTED,
}: DataClientOptions): Client {
  return new Client({
    url,
    exchanges: [...(signedIn ? signedIn(session, cache) : []), ...transportExchanges(persisted)],
    preferGetMethod: false,
    fetchOptions: sameOrigin,
  });
}
