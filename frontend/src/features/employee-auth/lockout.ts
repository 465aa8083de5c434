/*
 * R13: three wrong passwords in a row lock an account for an hour. The server answers every failed
 * sign-in with the same INVALID_CREDENTIALS (wrong username, wrong password, locked, blocked), so it
 * never says "locked". This browser counts the failures per username the way the server does, so that
 * after the third one the sign-in page can explain the lock instead of repeating "wrong password".
 *
 * Usernames are case-sensitive (R13) and are not kept in storage: only a short hash of each.
 */

export const MAX_FAILED_LOGINS = 3;
export const LOCK_DURATION_MS = 60 * 60 * 1000;
/** Counts older than this are forgotten, so storage does not collect stale entries. */
const FORGET_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
export const LOGIN_ATTEMPTS_STORAGE_KEY = 'wp.employee.loginAttempts';

interface Entry {
  /** Wrong passwords in a row since the last success or lock. */
  failures: number;
  /** End of the lock (ms since epoch), while locked. */
  lockedUntil?: number;
  /** Last change (ms since epoch). */
  at: number;
}

type Entries = Record<string, Entry>;

export interface LoginAttemptStatus {
  locked: boolean;
  /** When the lock ends (ms since epoch); null when not locked. */
  lockedUntil: number | null;
  failures: number;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** FNV-1a, 32 bits, hex: enough to tell usernames apart in one browser, without storing them. */
export function usernameKey(username: string): string {
  let hash = 0x811c9dc5;
  for (const char of username) {
    const code = char.codePointAt(0) ?? 0;
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= code >>> 8;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}${username.length.toString(36)}`;
}

export class LoginAttempts {
  private readonly storage: KeyValueStorage | null;
  private readonly now: () => number;

  constructor({ storage = defaultStorage(), now = () => Date.now() }: { storage?: KeyValueStorage | null; now?: () => number } = {}) {
    this.storage = storage;
    this.now = now;
  }

  /** Where this username stands now. */
  status(username: string): LoginAttemptStatus {
    return this.view(this.read()[usernameKey(username)]);
  }

  /**
   * Counts a failed sign-in. As the server: failures while locked do not count, and the third
   * failure in a row starts a lock of an hour and resets the count.
   */
  recordFailure(username: string): LoginAttemptStatus {
    const entries = this.read();
    const key = usernameKey(username);
    const now = this.now();
    const current = this.live(entries[key]);
    let next: Entry;
    if (current?.lockedUntil !== undefined) {
      next = current;
    } else {
      const failures = (current?.failures ?? 0) + 1;
      next =
        failures >= MAX_FAILED_LOGINS ? { failures: 0, lockedUntil: now + LOCK_DURATION_MS, at: now } : { failures, at: now };
    }
    entries[key] = next;
    this.write(entries);
    return this.view(next);
  }

  /** A successful sign-in (or a new password through a reset link, which lifts the lock) clears the count. */
  recordSuccess(username: string): void {
    const entries = this.read();
    const key = usernameKey(username);
    if (!(key in entries)) return;
    delete entries[key];
    this.write(entries);
  }

  private view(entry: Entry | undefined): LoginAttemptStatus {
    const live = this.live(entry);
    if (live?.lockedUntil !== undefined) return { locked: true, lockedUntil: live.lockedUntil, failures: 0 };
    return { locked: false, lockedUntil: null, failures: live?.failures ?? 0 };
  }

  /** The entry as it stands now: an ended lock is gone, and so is a very old count. */
  private live(entry: Entry | undefined): Entry | undefined {
    if (!entry) return undefined;
    const now = this.now();
    if (entry.lockedUntil !== undefined) return entry.lockedUntil > now ? entry : undefined;
    return now - entry.at > FORGET_AFTER_MS ? undefined : entry;
  }

  private read(): Entries {
    try {
      const raw = this.storage?.getItem(LOGIN_ATTEMPTS_STORAGE_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      const entries: Entries = {};
      for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
        const e = value as Partial<Entry> | null;
        if (e && typeof e.failures === 'number' && typeof e.at === 'number') {
          entries[key] = { failures: e.failures, at: e.at, ...(typeof e.lockedUntil === 'number' ? { lockedUntil: e.lockedUntil } : {}) };
        }
      }
      return entries;
    } catch {
      return {};
    }
  }

  private write(entries: Entries): void {
    const kept = Object.fromEntries(Object.entries(entries).filter(([, e]) => this.live(e)));
    try {
      if (Object.keys(kept).length === 0) this.storage?.removeItem(LOGIN_ATTEMPTS_STORAGE_KEY);
      else this.storage?.setItem(LOGIN_ATTEMPTS_STORAGE_KEY, JSON.stringify(kept));
    } catch {
      // Storage blocked or full: the page then simply shows the usual message.
    }
  }
}
