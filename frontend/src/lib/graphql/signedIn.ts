import type { Exchange } from '@urql/core';
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { SessionStore } from '../session/SessionStore';
import { cacheOptions, type CacheConfig } from './cache';
import { earlyAnswersExchange } from './earlyAnswers';
import { isAuthError } from './errors';

export type SignedInSession = Pick<SessionStore<unknown>, 'getAccessToken' | 'isAccessTokenExpired' | 'refreshAfterAuthError'>;

/**
 * What a signed-in viewer's client has in front of the transport: graphcache (the area's additions
 * over the base keys), then auth (bearer token; on UNAUTHENTICATED refresh once and retry), then the
 * answers the page fetched before the app had loaded (earlyAnswers.ts; after auth, whose token they
 * are checked against).
 * A lazy chunk (signedInExchanges.ts): a signed-out visitor needs neither.
 */
export function signedInExchanges(session: SignedInSession, cache?: CacheConfig): Exchange[] {
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
  return [cacheExchange(cacheOptions(cache)), auth, earlyAnswersExchange()];
}
