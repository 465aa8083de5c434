import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import type { CacheConfig } from '../graphql/cache';
import { createDataClient } from '../graphql/client';
import { loadSignedInExchanges, loadedSignedInExchanges } from '../graphql/signedInExchanges';
import type { SessionState, SessionStore } from './SessionStore';

const SessionContext = createContext<SessionStore<unknown> | null>(null);

export interface SessionAreaProviderProps<V> {
  store: SessionStore<V>;
  /** The area's graphcache additions; keep the object stable (a module constant). */
  cache?: CacheConfig;
  children: ReactNode;
}

/**
 * Mounts one app area's session (staff or employee) and the urql client for its data. The client is
 * made anew for every signed-in viewer (and on sign-out), so no cached data outlives a session.
 */
export function SessionAreaProvider<V>({ store, cache, children }: SessionAreaProviderProps<V>) {
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const viewer = session.status === 'signedIn' ? session.viewer : null;
  // The store loads the signed-in exchanges before it reports a sign-in (SessionStore); `use` only
  // covers a session that started otherwise, and suspends until they are there.
  const signedIn = viewer ? (loadedSignedInExchanges() ?? use(loadSignedInExchanges())) : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `viewer` is a deliberate extra dependency: a fresh client and cache per signed-in viewer
  const client = useMemo(() => createDataClient({ session: store, cache, signedIn }), [store, cache, signedIn, viewer]);
  return (
    <SessionContext value={store}>
      <GraphqlProvider value={client}>{children}</GraphqlProvider>
    </SessionContext>
  );
}

/** The store of the mounted area, for actions (logout, signIn); null outside an area. */
export function useOptionalSessionStore<V = unknown>(): SessionStore<V> | null {
  return use(SessionContext) as SessionStore<V> | null;
}

export function useSessionStore<V = unknown>(): SessionStore<V> {
  const store = useOptionalSessionStore<V>();
  if (!store) throw new Error('useSessionStore must be used inside <SessionAreaProvider>');
  return store;
}

/** The current session state of the mounted area; re-renders when it changes. */
export function useSession<V = unknown>(): SessionState<V> {
  const store = useSessionStore<V>();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
