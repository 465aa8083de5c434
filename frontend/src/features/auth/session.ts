import type { Client } from 'urql';
import { setAccessToken } from '../../lib/graphql/accessToken';
import { GENERIC_ERROR, messageIdForMutationFailure, type ErrorMessageId } from '../../lib/graphql/errors';
import {
  LoginMutation,
  LogoutMutation,
  RefreshSessionMutation,
  type LoginInput,
  type SessionPayload,
  type Viewer,
} from './auth.graphql';

export type SignedOutReason = 'initial' | 'loggedOut' | 'expired';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; viewer: Viewer };

export type LoginResult = { ok: true; viewer: Viewer } | { ok: false; messageId: ErrorMessageId };

type RefreshOutcome = 'ok' | 'rejected' | 'unreachable';

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Refresh when this share of the access token's lifetime has passed. */
const REFRESH_AT_SHARE = 0.8;
const MIN_REFRESH_DELAY_MS = 5_000;
const RETRY_UNREACHABLE_MS = 30_000;
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The signed-in state of this tab.
 *
 * - The access token is kept in memory only (lib/graphql/accessToken); the refresh token is an
 *   httpOnly cookie, so after a reload `restore()` calls `refreshSession` exactly once.
 * - Before the access token expires it is renewed in the background with `refreshSession`.
 * - Every call that could race (restore, background refresh, login, logout) is tagged with a
 *   generation, so an answer that arrives after a logout cannot sign the user back in.
 */
export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private readonly listeners = new Set<() => void>();
  private readonly client: Client;
  private readonly clock: Clock;
  private generation = 0;
  private restoring: Promise<void> | null = null;
  private refreshing: Promise<RefreshOutcome> | null = null;
  private refreshTimer: unknown = null;

  constructor(client: Client, clock: Clock = systemClock) {
    this.client = client;
    this.clock = clock;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  /** Restores the session from the refresh cookie. Safe to call repeatedly: the server is asked once. */
  restore(): Promise<void> {
    this.restoring ??= (async () => {
      const generation = this.generation;
      const outcome = await this.refresh();
      if (outcome !== 'ok' && generation === this.generation && this.state.status === 'restoring') {
        this.signOutLocally('initial');
      }
    })();
    return this.restoring;
  }

  async login(input: LoginInput): Promise<LoginResult> {
    const generation = ++this.generation;
    let outcome: { payload: SessionPayload | undefined; failure: ErrorMessageId | null };
    try {
      const result = await this.client.mutation(LoginMutation, { input }).toPromise();
      const payload = result.data?.login;
      outcome = { payload, failure: messageIdForMutationFailure({ error: result.error, userErrors: payload?.userErrors }) };
    } catch {
      outcome = { payload: undefined, failure: GENERIC_ERROR };
    }
    if (generation !== this.generation) return { ok: false, messageId: GENERIC_ERROR };
    const { payload, failure } = outcome;
    if (!failure && payload?.viewer && this.accept(payload)) return { ok: true, viewer: payload.viewer };
    return { ok: false, messageId: failure ?? GENERIC_ERROR };
  }

  /** Ends the session on the server (which clears the cookie) and forgets it here, whatever the answer. */
  async logout(): Promise<void> {
    this.generation++;
    this.cancelRefresh();
    try {
      await this.client.mutation(LogoutMutation, {}).toPromise();
    } catch {
      // The local session ends regardless.
    } finally {
      this.signOutLocally('loggedOut');
    }
  }

  /** Stops background timers (tests, hot reload). */
  dispose(): void {
    this.generation++;
    this.cancelRefresh();
    this.listeners.clear();
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private signOutLocally(reason: SignedOutReason): void {
    this.cancelRefresh();
    setAccessToken(null);
    this.setState({ status: 'signedOut', reason });
  }

  /** Takes a login/refresh answer; false when it carries no usable session. */
  private accept(payload: SessionPayload): boolean {
    const { accessToken, viewer } = payload;
    if (!accessToken || !viewer) return false;
    setAccessToken(accessToken);
    this.setState({ status: 'signedIn', viewer });
    this.scheduleRefresh(payload.accessTokenExpiresAt);
    return true;
  }

  /** One `refreshSession` at a time: the server rotates the cookie, so parallel calls would collide. */
  private refresh(): Promise<RefreshOutcome> {
    this.refreshing ??= (async (): Promise<RefreshOutcome> => {
      const generation = this.generation;
      try {
        const result = await this.client.mutation(RefreshSessionMutation, {}).toPromise();
        if (generation !== this.generation) return 'rejected';
        if (result.error?.networkError) return 'unreachable';
        const payload = result.data?.refreshSession;
        return !result.error && payload && this.accept(payload) ? 'ok' : 'rejected';
      } catch {
        return 'unreachable';
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private scheduleRefresh(expiresAt: string | null): void {
    this.cancelRefresh();
    const expiry = expiresAt ? Date.parse(expiresAt) : Number.NaN;
    if (Number.isNaN(expiry)) return;
    const remaining = expiry - this.clock.now();
    const delay = Math.min(MAX_TIMER_MS, Math.max(MIN_REFRESH_DELAY_MS, remaining * REFRESH_AT_SHARE));
    this.startTimer(delay);
  }

  private startTimer(delay: number): void {
    const generation = this.generation;
    this.refreshTimer = this.clock.setTimeout(() => {
      this.refreshTimer = null;
      void this.refreshInBackground(generation);
    }, delay);
  }

  private async refreshInBackground(generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const outcome = await this.refresh();
    if (generation !== this.generation || outcome === 'ok') return;
    if (outcome === 'unreachable') {
      // Offline for a moment: keep the session and try again; the cookie outlives the access token.
      this.startTimer(RETRY_UNREACHABLE_MS);
      return;
    }
    this.signOutLocally('expired');
  }

  private cancelRefresh(): void {
    if (this.refreshTimer !== null) {
      this.clock.clearTimeout(this.refreshTimer);
      this.refreshTimer = null;
    }
  }
}
