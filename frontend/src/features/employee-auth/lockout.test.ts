import { describe, expect, it } from 'vitest';
import { LOCK_DURATION_MS, LOGIN_ATTEMPTS_STORAGE_KEY, LoginAttempts, usernameKey } from './lockout';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function setup() {
  const storage = memoryStorage();
  let now = Date.UTC(2026, 10, 24, 10, 0);
  const make = () => new LoginAttempts({ storage, now: () => now });
  return { storage, make, advance: (ms: number) => (now += ms), now: () => now };
}

describe('LoginAttempts (R13: three wrong passwords lock for an hour)', () => {
  it('locks at the third failure in a row, for an hour, and says until when', () => {
    const { make, now } = setup();
    const attempts = make();
    expect(attempts.recordFailure('jan.jansen')).toEqual({ locked: false, lockedUntil: null, failures: 1 });
    expect(attempts.recordFailure('jan.jansen')).toEqual({ locked: false, lockedUntil: null, failures: 2 });
    const third = attempts.recordFailure('jan.jansen');
    expect(third.locked).toBe(true);
    expect(third.lockedUntil).toBe(now() + LOCK_DURATION_MS);
  });

  it('is remembered in this browser (a reload does not forget the lock)', () => {
    const { make } = setup();
    for (let i = 0; i < 3; i++) make().recordFailure('jan.jansen');
    expect(make().status('jan.jansen').locked).toBe(true);
  });

  it('does not extend the lock with failures while locked, as the server does not count them', () => {
    const { make, advance } = setup();
    const attempts = make();
    for (let i = 0; i < 3; i++) attempts.recordFailure('jan.jansen');
    const until = attempts.status('jan.jansen').lockedUntil;
    advance(10 * 60_000);
    expect(attempts.recordFailure('jan.jansen').lockedUntil).toBe(until);
  });

  it('ends the lock after the hour and counts from zero again', () => {
    const { make, advance } = setup();
    const attempts = make();
    for (let i = 0; i < 3; i++) attempts.recordFailure('jan.jansen');
    advance(LOCK_DURATION_MS + 1);
    expect(attempts.status('jan.jansen')).toEqual({ locked: false, lockedUntil: null, failures: 0 });
    expect(attempts.recordFailure('jan.jansen').failures).toBe(1);
  });

  it('resets on a successful sign-in', () => {
    const { make, storage } = setup();
    const attempts = make();
    attempts.recordFailure('jan.jansen');
    attempts.recordFailure('jan.jansen');
    attempts.recordSuccess('jan.jansen');
    expect(attempts.recordFailure('jan.jansen').failures).toBe(1);
    attempts.recordSuccess('jan.jansen');
    expect(storage.data.has(LOGIN_ATTEMPTS_STORAGE_KEY)).toBe(false);
  });

  it('counts per username, case-sensitive like the sign-in (R13)', () => {
    const { make } = setup();
    const attempts = make();
    attempts.recordFailure('jan.jansen');
    attempts.recordFailure('jan.jansen');
    expect(attempts.recordFailure('Jan.Jansen').failures).toBe(1);
    expect(attempts.recordFailure('piet').failures).toBe(1);
    expect(attempts.recordFailure('jan.jansen').locked).toBe(true);
  });

  it('keeps no usernames in storage, and survives garbage in it', () => {
    const { make, storage } = setup();
    make().recordFailure('jan.jansen');
    expect(storage.data.get(LOGIN_ATTEMPTS_STORAGE_KEY)).not.toContain('jan');
    expect(storage.data.get(LOGIN_ATTEMPTS_STORAGE_KEY)).toContain(usernameKey('jan.jansen'));
    storage.data.set(LOGIN_ATTEMPTS_STORAGE_KEY, '{not json');
    expect(make().status('jan.jansen')).toEqual({ locked: false, lockedUntil: null, failures: 0 });
  });

  it('works without storage (blocked by privacy settings)', () => {
    const attempts = new LoginAttempts({ storage: null });
    attempts.recordFailure('x');
    attempts.recordFailure('x');
    expect(attempts.recordFailure('x').locked).toBe(false);
  });
});
