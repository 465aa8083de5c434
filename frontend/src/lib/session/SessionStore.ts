import type { Client, CombinedError } from '@urql/core';
import type { UserErrorCode } from '../../gql/graphql';
import { GENERIC_ERROR, isAuthError, messageIdForMutationFailure, type ErrorMessageId } from '../graphql/errors';
import { loadSignedInExchanges } from '../graphql/signedInExchanges';
import { logoutMutation } from './session.graphql';

/** The schema's SessionArea: which refresh cookie `refreshSession(input: {area})` uses. */
export type SessionArea = 'STAFF' | 'EMPLOYEE';

export type SignedOutReason = 'initial' | 'loggedOut' | 'expired';

export type SessionState<V> =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason: SignedOutReason }
  | { status: 'signedIn'; viewer: V };

/**
 * What a sign-in or refresh mutation answered, in the common shape of LoginPayload,
 * RefreshSessionPayload and EmployeeSessionPayload (with the viewer fragment already unmasked).
 */
export interface SessionPayload<V> {
  accessToken?: string | null;
  /** Time scalar (RFC 3339). */
  accessTokenExpiresAt?: string | null;
  viewer?: V | null;
  userErrors: ReadonlyArray<{ code: UserErrorCode }>;
}

export interface SessionMutationResult<V> {
  error?: CombinedError | undefined;
  payload?: SessionPayload<V> | null | undefined;
}

/** Runs one session mutation (sign-in, registration, reset, refresh) on the session client. */
export type SessionMutation<V> = (client: Client) => Promise<SessionMutationResult<V>>;

export type SignInResult<V> = { ok: true; viewer: V } | { ok: false; messageId: ErrorMessageId; code: UserErrorCode | null };

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
/** Treat a token as expired this long before its expiry, so it does not die on the way. */
const EXPIRY_MARGIN_MS = 5_000;

export interface SessionStoreOptions<V> {
  /** STAFF (cookie wp_refresh) or EMPLOYEE (cookie wp_refresh_emp). */
  area: SessionArea;
  /** The client for session calls only: no cache and no auth exchange (see createSessionClient). */
  client: Client;
  /** `refreshSession(input: {area})` with this area's viewer fragment, unmasked. */
  refresh: SessionMutation<V>;
  clock?: Clock;
}

/**
 * The signed-in state of one app area (staff or employee) in this tab.
 *
 * - The access token is kept in memory only, never in storage; the refresh token is an httpOnly
 *   cookie per area, so after a reload `restore()` calls `refreshSession` exactly once.
 * - Before the access token expires it is renewed in the background; the data client's auth exchange
 *   also calls `refreshAfterAuthError()` when the server answers UNAUTHENTICATED, then retries once.
 * - Every call that could race (restore, refresh, sign-in, logout) is tagged with a generation, so an
 *   answer that arrives after a logout cannot sign the user back in.
 */
export class SessionStore<V> {
  readonly area: SessionArea;
  private state: SessionState<V> = { status: 'restoring' };
  private readonly listeners = new Set<() => void>();
  private readonly client: Client;
  private readonly refreshMutation: SessionMutation<V>;
  private readonly clock: Clock;
  private accessToken: string | null = null;
  private accessTokenExpiresAt = Number.NaN;
  private generation = 0;
  private restoring: Promise<void> | null = null;
  private refreshing: Promise<RefreshOutcome> | null = null;
  private refreshTimer: unknown = null;

  constructor({ area, client, refresh, clock = systemClock }: SessionStoreOptions<V>) {
    this.area = area;
    this.client = client;
    this.refreshMutation = refresh;
    this.clock = clock;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState<V> => this.state;

  /** The bearer token for API calls, or null when signed out. */
  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** True when a token is held but has (almost) expired, e.g. after the laptop slept. */
  isAccessTokenExpired(): boolean {
    return this.accessToken !== null && this.clock.now() >= this.accessTokenExpiresAt - EXPIRY_MARGIN_MS;
  }

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

  /**
   * Signs in through any mutation that answers with a session (login, employeeLogin,
   * completeRegistration, resetPassword). On failure the result carries the catalogue message.
   */
  async signIn(mutation: SessionMutation<V>): Promise<SignInResult<V>> {
    const generation = ++this.generation;
    this.cancelRefresh();
    // The signed-in client's exchanges are a lazy chunk: fetched beside the sign-in, there when it answers.
    const exchangesReady = loadSignedInExchanges().catch(() => undefined);
    let outcome: SessionMutationResult<V>;
    try {
      outcome = await mutation(this.client);
    } catch {
      outcome = {};
    }
    await exchangesReady;
    if (generation !== this.generation) return { ok: false, messageId: GENERIC_ERROR, code: null };
    const { payload, error } = outcome;
    const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (!failure && payload && this.accept(payload)) return { ok: true, viewer: payload.viewer! };
    const code = !error ? (payload?.userErrors[0]?.code ?? null) : null;
    return { ok: false, messageId: failure ?? GENERIC_ERROR, code };
  }

  /**
   * Ends the session on the server (which clears the area's cookie) and forgets it here, whatever the
   * answer. The server finds the session through the bearer token, so an expired token is refreshed first.
   */
  async logout(): Promise<void> {
    const generation = ++this.generation;
    this.cancelRefresh();
    try {
      if (this.isAccessTokenExpired()) await this.refresh(generation);
      let result = await this.sendLogout();
      if (result.error && isAuthError(result.error) && (await this.refresh(generation)) === 'ok') {
        result = await this.sendLogout();
      }
    } catch {
      // The local session ends regardless.
    } finally {
      this.generation++;
      this.signOutLocally('loggedOut');
    }
  }

  /**
   * For the auth exchange: the server said UNAUTHENTICATED (or the token expired). Renews the token;
   * when the session is gone the area shows its sign-in page with the "session expired" notice.
   */
  async refreshAfterAuthError(): Promise<void> {
    if (this.state.status !== 'signedIn') return;
    const generation = this.generation;
    const outcome = await this.refresh();
    if (outcome === 'rejected' && generation === this.generation) this.signOutLocally('expired');
  }

  /** Stops background timers (tests, hot reload). */
  dispose(): void {
    this.generation++;
    this.cancelRefresh();
    this.listeners.clear();
  }

  private sendLogout() {
    const token = this.accessToken;
    return this.client
      .mutation(
        logoutMutation,
        {},
        {
          fetchOptions: {
            credentials: 'same-origin',
            headers: token ? { Authorization: `Bearer ${token}` } : {},
          },
        },
      )
      .toPromise();
  }

  private setState(next: SessionState<V>): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private signOutLocally(reason: SignedOutReason): void {
    this.cancelRefresh();
    this.accessToken = null;
    this.accessTokenExpiresAt = Number.NaN;
    this.setState({ status: 'signedOut', reason });
  }

  /** Takes a sign-in/refresh answer; false when it carries no usable session. */
  private accept(payload: SessionPayload<V>): boolean {
    const { accessToken, viewer } = payload;
    if (!accessToken || !viewer) return false;
    this.accessToken = accessToken;
    this.accessTokenExpiresAt = payload.accessTokenExpiresAt ? Date.parse(payload.accessTokenExpiresAt) : Number.NaN;
    this.setState({ status: 'signedIn', viewer });
    this.scheduleRefresh();
    return true;
  }

  /**
   * One `refreshSession` at a time: the server rotates the cookie, so parallel calls would collide.
   * `generation` is the one the caller started in (a logout refreshes inside its own generation).
   */
  private refresh(generation = this.generation): Promise<RefreshOutcome> {
    this.refreshing ??= (async (): Promise<RefreshOutcome> => {
      try {
        const { error, payload } = await this.refreshMutation(this.client);
        // A restored session needs the signed-in client's exchanges (a lazy chunk); fetched only then,
        // so a visitor without a session never downloads them.
        if (payload?.accessToken && payload.viewer) await loadSignedInExchanges().catch(() => undefined);
        if (generation !== this.generation) return 'rejected';
        if (error?.networkError) return 'unreachable';
        return !error && payload && this.accept(payload) ? 'ok' : 'rejected';
      } catch {
        return 'unreachable';
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private scheduleRefresh(): void {
    this.cancelRefresh();
    if (Number.isNaN(this.accessTokenExpiresAt)) return;
    const remaining = this.accessTokenExpiresAt - this.clock.now();
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
