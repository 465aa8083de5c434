import { describe, expect, it } from 'vitest';
import { getAccessToken } from '../../lib/graphql/accessToken';
import { createGraphqlClient } from '../../lib/graphql/client';
import {
  deferred,
  mockGraphqlServer,
  noSession,
  sessionPayload,
  type Reply,
} from '../../test/graphqlServer';
import { SessionStore, type Clock } from './session';

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

describe('SessionStore', () => {
  it('asks the server once, however often restore is called', async () => {
    const server = mockGraphqlServer({ RefreshSession: noSession });
    const store = new SessionStore(createGraphqlClient());

    await Promise.all([store.restore(), store.restore(), store.restore()]);

    expect(server.calls('RefreshSession')).toHaveLength(1);
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'initial' });
  });

  it('keeps the access token in memory and refreshes it before it expires', async () => {
    const time = manualClock();
    const server = mockGraphqlServer({
      RefreshSession: () => {
        const n = server.calls('RefreshSession').length;
        return { data: { refreshSession: expiringIn(time.clock.now(), 10, `access-token-${n}`) } };
      },
    });
    const store = new SessionStore(createGraphqlClient(), time.clock);

    await store.restore();
    expect(store.getSnapshot().status).toBe('signedIn');
    expect(getAccessToken()).toBe('access-token-1');
    expect(time.pending()).toEqual([8 * 60_000]);

    time.advance(8 * 60_000);
    await settle();

    expect(server.calls('RefreshSession')).toHaveLength(2);
    expect(server.calls('RefreshSession')[1]?.headers.get('Authorization')).toBe('Bearer access-token-1');
    expect(getAccessToken()).toBe('access-token-2');
    store.dispose();
  });

  it('signs out as expired when the background refresh is refused', async () => {
    const time = manualClock();
    let refused = false;
    mockGraphqlServer({
      RefreshSession: (request) =>
        refused ? noSession(request) : { data: { refreshSession: expiringIn(time.clock.now(), 5) } },
    });
    const store = new SessionStore(createGraphqlClient(), time.clock);
    await store.restore();

    refused = true;
    time.advance(4 * 60_000);
    await settle();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(getAccessToken()).toBeNull();
    expect(time.pending()).toEqual([]);
  });

  it('keeps the session and retries when the server is briefly unreachable', async () => {
    const time = manualClock();
    let offline = false;
    const server = mockGraphqlServer({
      RefreshSession: () => (offline ? 'networkError' : { data: { refreshSession: expiringIn(time.clock.now(), 5) } }),
    });
    const store = new SessionStore(createGraphqlClient(), time.clock);
    await store.restore();

    offline = true;
    time.advance(4 * 60_000);
    await settle();

    expect(store.getSnapshot().status).toBe('signedIn');
    expect(time.pending()).toEqual([30_000]);

    offline = false;
    time.advance(30_000);
    await settle();
    expect(server.calls('RefreshSession')).toHaveLength(3);
    expect(store.getSnapshot().status).toBe('signedIn');
    store.dispose();
  });

  it('does not let a late refresh answer undo a logout', async () => {
    const time = manualClock();
    const late = deferred<Reply>();
    let calls = 0;
    mockGraphqlServer({
      RefreshSession: () => (++calls === 1 ? { data: { refreshSession: expiringIn(time.clock.now(), 5) } } : late.promise),
      Logout: () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
    });
    const store = new SessionStore(createGraphqlClient(), time.clock);
    await store.restore();

    time.advance(4 * 60_000); // background refresh now in flight
    await store.logout();
    late.resolve({ data: { refreshSession: expiringIn(time.clock.now(), 5, 'stolen-back') } });
    await settle();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'loggedOut' });
    expect(getAccessToken()).toBeNull();
  });

  it('ends the local session even when the logout request fails', async () => {
    mockGraphqlServer({
      RefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload') } }),
      Logout: () => 'networkError',
    });
    const store = new SessionStore(createGraphqlClient());
    await store.restore();

    await store.logout();

    expect(store.getSnapshot()).toEqual({ status: 'signedOut', reason: 'loggedOut' });
    expect(getAccessToken()).toBeNull();
  });
});
