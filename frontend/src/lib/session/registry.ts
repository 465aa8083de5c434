import type { SessionArea, SessionStore } from './SessionStore';

/**
 * One session store per area for the life of the tab: leaving the employee area and coming back does
 * not ask the server again, and the staff and employee sessions never share a token.
 */
const stores = new Map<SessionArea, SessionStore<unknown>>();

/** The area's store, made (and restored from its refresh cookie) on first use. */
export function areaSession<V>(area: SessionArea, create: () => SessionStore<V>): SessionStore<V> {
  let store = stores.get(area) as SessionStore<V> | undefined;
  if (!store) {
    store = create();
    stores.set(area, store);
    void store.restore();
  }
  return store;
}

/** Forgets every store (tests; after each test the next one starts signed out). */
export function disposeAreaSessions(): void {
  for (const store of stores.values()) store.dispose();
  stores.clear();
}
