import { describe, expect, it } from 'vitest';
import { staffLogin, staffRefresh, staffSession } from '../../features/auth/staffSession';
import {
  deferred,
  mockGraphqlServer,
  noSession,
  sessionPayload,
  unauthenticated,
  userErrorPayload,
  type Reply,
} from '../../test/graphqlServer';
import { createSessionClient } from '../graphql/client';
import { SessionStore, type Clock } from './SessionStore';

function manualClock(start = Date.parse('2026-03-02T09:00:00Z')) {
  let now = start;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  return {
    clock,
    pending: () => [...timers.values()].map((t) => t.at - now),
    /** Moves time forward and fires due timers. */
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.run();
        }
      }
    },
  };
}

const expiringIn = (clockNow: number, minutes: number, token = 'access-token-1') => ({
  ...sessionPayload('RefreshSessionPayload'),
  accessToken: token,
  accessTokenExpiresAt: new Date(clockNow + minutes * 60_000).toISOString(),
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A store like the staff area's, on a manual clock. */
function staffStore(clock: Clock) {
  return new SessionStore({ area: 'STAFF', client: createSessionClient(), refresh: staffRefresh, clock });
}

describe('SessionStore', () => {
  it('asks the server once, however often restore is called, for its own area', async () => {
    const server = mockGraphqlServer({ StaffRefreshSession: noSession });
    const store = staffSession();

    await Promise.all([store.restore(), store.restore(), store.restore()]);

    expect(server.calls('StaffRefreshSession')).toHaveLength(1);
    // graphql 16 prints `{area: STAFF}`, graphql 17 `{ area: STAFF }`.
    expect(server.calls('StaffRefreshSession')[0]?.query).toMatch(/refreshSession\(input: \{ ?area: STAFF ?\}\)/);
    expect(server.calls('StaffRefreshSession')[0]?.headers.has('Authorization')).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'initial' });
  });

  it('keeps the access token in memory and refreshes it before it expires', async () => {
    const time = manualClock();
    const server = mockGraphqlServer({
      StaffRefreshSession: () => {
        const n = server.calls('StaffRefreshSession').length;
        return { data: { refreshSession: expiringIn(time.clock.now(), 10, `access-token-${n}`) } };
      },
    });
    const store = staffStore(time.clock);

    await store.restore();
    expect(store.getSnapshot().status).toBe('signedIn');
    expect(store.getAccessToken()).toBe('access-token-1');
    expect(time.pending()).toEqual([8 * 60_000]);

    time.advance(8 * 60_000);
    await settle();

    expect(server.calls('StaffRefreshSession')).toHaveLength(2);
    // The refresh goes by cookie only: a dead bearer token would make the server answer 401.
    expect(server.calls('StaffRefreshSession')[1]?.headers.has('Authorization')).toBe(false);
    expect(store.getAccessToken()).toBe('access-token-2');
    store.dispose();
  });

  it('signs out as expired when the background refresh is refused', async () => {
    const time = manualClock();
    let refused = false;
    mockGraphqlServer({
      StaffRefreshSession: (request) =>
        refused ? noSession(request) : { data: { refreshSession: expiringIn(time.clock.now(), 5) } },
    });
    const store = staffStore(time.clock);
    await store.restore();

    refused = true;
    time.advance(4 * 60_000);
    await settle();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(store.getAccessToken()).toBeNull();
    expect(time.pending()).toEqual([]);
  });

  it('keeps the session and retries when the server is briefly unreachable', async () => {
    const time = manualClock();
    let offline = false;
    const server = mockGraphqlServer({
      StaffRefreshSession: () =>
        offline ? 'networkError' : { data: { refreshSession: expiringIn(time.clock.now(), 5) } },
    });
    const store = staffStore(time.clock);
    await store.restore();

    offline = true;
    time.advance(4 * 60_000);
    await settle();

    expect(store.getSnapshot().status).toBe('signedIn');
    expect(time.pending()).toEqual([30_000]);

    offline = false;
    time.advance(30_000);
    await settle();
    expect(server.calls('StaffRefreshSession')).toHaveLength(3);
    expect(store.getSnapshot().status).toBe('signedIn');
    store.dispose();
  });

  it('does not let a late refresh answer undo a logout', async () => {
    const time = manualClock();
    const late = deferred<Reply>();
    let calls = 0;
    mockGraphqlServer({
      StaffRefreshSession: () =>
        ++calls === 1 ? { data: { refreshSession: expiringIn(time.clock.now(), 5) } } : late.promise,
      Logout: () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
    });
    const store = staffStore(time.clock);
    await store.restore();

    time.advance(4 * 60_000); // background refresh now in flight
    await store.logout();
    late.resolve({ data: { refreshSession: expiringIn(time.clock.now(), 5, 'stolen-back') } });
    await settle();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'loggedOut' });
    expect(store.getAccessToken()).toBeNull();
  });

  it('keeps a sign-in made while the restore was pending: the restore’s late “no session” does not sign out', async () => {
    // The sign-in pages show their form while the session is restored, so a quick hand can sign in first.
    const restore = deferred<Reply>();
    mockGraphqlServer({
      StaffRefreshSession: () => restore.promise,
      Login: () => ({ data: { login: sessionPayload('LoginPayload') } }),
    });
    const store = staffSession();
    const restored = store.restore();

    const result = await store.signIn(staffLogin({ username: 'ak-beheerder', password: 'Werkportaal-demo-2026' }));
    expect(result.ok).toBe(true);
    restore.resolve({ data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') } });
    await restored;

    expect(store.getSnapshot().status).toBe('signedIn');
    expect(store.getAccessToken()).not.toBeNull();
  });

  it('ends the local session even when the logout request fails', async () => {
    mockGraphqlServer({
      StaffRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload') } }),
      Logout: () => 'networkError',
    });
    const store = staffSession();
    await store.restore();

    await store.logout();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'loggedOut' });
    expect(store.getAccessToken()).toBeNull();
  });

  it('refreshes an expired token before logging out, so the server finds the session', async () => {
    const time = manualClock();
    let n = 0;
    const server = mockGraphqlServer({
      StaffRefreshSession: () => ({ data: { refreshSession: expiringIn(time.clock.now(), 5, `access-token-${++n}`) } }),
      Logout: (request) =>
        request.headers.get('Authorization') === 'Bearer access-token-2'
          ? { data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }
          : unauthenticated,
    });
    const store = staffStore(time.clock);
    await store.restore();
    store.dispose(); // no background refresh: let the token expire
    time.advance(6 * 60_000);

    await store.logout();

    expect(server.calls('Logout')).toHaveLength(1);
    expect(server.calls('Logout')[0]?.headers.get('Authorization')).toBe('Bearer access-token-2');
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'loggedOut' });
  });

  it('reports a failed sign-in with the catalogue message and the code', async () => {
    mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => ({ data: { login: userErrorPayload('LoginPayload', 'INVALID_CREDENTIALS') } }),
    });
    const store = staffSession();
    await store.restore();

    const result = await store.signIn(staffLogin({ username: 'ak-beheerder', password: 'fout' }));

    expect(result).toEqual({ ok: false, messageId: 'error.INVALID_CREDENTIALS', code: 'INVALID_CREDENTIALS' });
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'initial' });
  });

  it('reports a sign-in refused as too many (HTTP 429) with its own message', async () => {
    mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => ({
        data: null,
        errors: [{ message: 'too many sign-in attempts', path: ['login'], extensions: { code: 'TOO_MANY_REQUESTS' } }],
      }),
    });
    const store = staffSession();
    await store.restore();

    const result = await store.signIn(staffLogin({ username: 'ak-beheerder', password: 'Werkportaal-demo-2026' }));

    expect(result).toEqual({ ok: false, messageId: 'error.TOO_MANY_REQUESTS', code: null });
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'initial' });
  });
});
