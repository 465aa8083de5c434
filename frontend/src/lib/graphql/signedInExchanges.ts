import type { signedInExchanges } from './signedIn';

export type SignedInExchanges = typeof signedInExchanges;

/*
 * graphcache (the normalised cache, with the schema's keyless and possible types) and the auth
 * exchange are a chunk of their own, some 11 KB gzip, that only a signed-in viewer's client uses
 * (signedIn.ts). Signed out there is no token to add or refresh, and the pages send only mutations
 * and network-only queries (sign-in, invitation, password reset), which need no cache; so the
 * employee sign-in page stays within its JavaScript budget (R24, scripts/bundle-report.mjs).
 * The session store loads the chunk beside the sign-in request, so it is there when the session starts.
 */
let loaded: SignedInExchanges | null = null;
let loading: Promise<SignedInExchanges> | null = null;

/** Loads the chunk once; a failed load (e.g. a new release while the tab was open) may be retried. */
export function loadSignedInExchanges(): Promise<SignedInExchanges> {
  loading ??= import('./signedIn').then(
    (module) => (loaded = module.signedInExchanges),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The chunk's exchanges if it has been loaded, else null. */
export function loadedSignedInExchanges(): SignedInExchanges | null {
  return loaded;
}
