import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, TOTP_USERS } from './demo';
import { freshTotp, skipUsedSteps } from './totp';

/*
 * Talking to the API from a test, the way an integrator does: full query text (no persisted hash),
 * a bearer token, POST /graphql on the e2e server (baseURL). Use it to set up or check state; walk
 * what the user does through the page.
 */

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Runs a query or mutation and returns `data`; fails the test on any top-level error. */
export async function gql<T = Record<string, unknown>>(
  request: APIRequestContext,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { data, errors } = await gqlRaw<T>(request, token, query, variables);
  expect(errors ?? [], `GraphQL errors for ${query.trim().split('\n')[0]}`).toEqual([]);
  return data as T;
}

/** Like gql(), but hands back the errors too (for testing refusals). */
export async function gqlRaw<T = Record<string, unknown>>(
  request: APIRequestContext,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data: T | null; errors?: GraphQLError[] }> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
  return { status: response.status(), data: body.data ?? null, ...(body.errors ? { errors: body.errors } : {}) };
}

/** The staff refresh cookie (server/httpapi StaffRefreshCookie). */
export const STAFF_REFRESH_COOKIE = 'wp_refresh';

/**
 * The API sessions of the demo's users in this worker: the access token and the refresh token of its
 * session. Each sign-in of a provider user spends a TOTP step (R43, replay refused: the next sign-in
 * may have to wait up to 30 s), and the journeys ask for a token far more often than once per step;
 * so a token is reused while it lasts, and then renewed with the session's refresh token, as the SPA
 * renews its own session. Only when that fails (the session ended) does the user sign in again.
 */
const apiSessions = new Map<string, { token: string; expiresAt: number; refresh: string | null }>();

type LoginPayload = {
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  secondFactor?: { token: string; step: string } | null;
  userErrors: Array<{ code: string }>;
};

/** A staff mutation of the sign-in; also hands back the refresh token the answer sets as cookie. */
async function authMutation<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  refreshCookie?: string,
): Promise<{ data: T; errors: GraphQLError[]; refresh: string | null }> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    // An explicit Cookie header replaces whatever refresh cookie the request context holds.
    headers: refreshCookie === undefined ? {} : { Cookie: `${STAFF_REFRESH_COOKIE}=${refreshCookie}` },
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLError[] };
  let refresh: string | null = null;
  for (const header of response.headersArray()) {
    if (header.name.toLowerCase() !== 'set-cookie') continue;
    const match = new RegExp(`^${STAFF_REFRESH_COOKIE}=([^;]*)`).exec(header.value);
    if (match) refresh = match[1] || null;
  }
  return { data: body.data as T, errors: body.errors ?? [], refresh };
}

/** A new access token of the session of `refresh`, or null when that session has ended. */
async function renewApiSession(request: APIRequestContext, refresh: string) {
  const { data, errors, refresh: next } = await authMutation<{ refreshSession: LoginPayload } | null>(
    request,
    `mutation { refreshSession(input: { area: STAFF }) { accessToken accessTokenExpiresAt userErrors { code } } }`,
    {},
    refresh,
  );
  const payload = data?.refreshSession;
  if (errors.length > 0 || !payload || payload.userErrors.length > 0 || !payload.accessToken || !payload.accessTokenExpiresAt) return null;
  return { token: payload.accessToken, expiresAt: Date.parse(payload.accessTokenExpiresAt), refresh: next };
}

/**
 * Signs a staff user in through the `login` mutation and returns the access token (valid for minutes;
 * sign in again in a long test). A demo provider user completes the second factor with a code of the
 * demo secret (R43). The refresh cookie lands in `request`'s cookie jar, not the page's.
 */
export async function apiLogin(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const demo = password === DEMO_PASSWORD;
  const cached = demo ? apiSessions.get(username) : undefined;
  if (cached && cached.expiresAt - Date.now() > 120_000) return cached.token;
  if (cached?.refresh) {
    const renewed = await renewApiSession(request, cached.refresh);
    if (renewed) {
      apiSessions.set(username, renewed);
      return renewed.token;
    }
    apiSessions.delete(username);
  }
  const login = await authMutation<{ login: LoginPayload }>(
    request,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt secondFactor { token step } userErrors { code } } }`,
    { input: { username, password } },
  );
  expect(login.errors, `GraphQL errors of the login of ${username}`).toEqual([]);
  expect(login.data.login.userErrors, `login of ${username}`).toEqual([]);
  let result: LoginPayload = login.data.login;
  let refresh = login.refresh;
  const challenge = result.secondFactor;
  if (challenge) {
    expect(TOTP_USERS.has(username) && challenge.step, `second factor of ${username}`).toBe('VERIFY');
    for (let attempt = 0; ; attempt++) {
      const code = await freshTotp(username, DEMO_TOTP_SECRET);
      const verified = await authMutation<{ verifySecondFactor: LoginPayload }>(
        request,
        `mutation ($input: VerifySecondFactorInput!) { verifySecondFactor(input: $input) { accessToken accessTokenExpiresAt userErrors { code } } }`,
        { input: { challenge: challenge.token, code } },
      );
      expect(verified.errors, `GraphQL errors of the second factor of ${username}`).toEqual([]);
      if (verified.data.verifySecondFactor.userErrors[0]?.code === 'INVALID_SECOND_FACTOR' && attempt === 0) {
        skipUsedSteps(username);
        continue;
      }
      expect(verified.data.verifySecondFactor.userErrors, `second factor of ${username}`).toEqual([]);
      result = verified.data.verifySecondFactor;
      refresh = verified.refresh;
      break;
    }
  }
  const token = result.accessToken!;
  if (demo && result.accessTokenExpiresAt) {
    apiSessions.set(username, { token, expiresAt: Date.parse(result.accessTokenExpiresAt), refresh });
  }
  return token;
}

export interface DevMail {
  id: string;
  createdAt: string;
  to: string;
  kind: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: string;
}

/**
 * The newest mails to `to` in the dev mailbox (APP_ENV=dev only), newest first. Mail is queued in the
 * same transaction as the change that causes it, so it is there as soon as that mutation answered.
 */
export async function readDevMailbox(request: APIRequestContext, to: string, first = 20): Promise<DevMail[]> {
  const data = await gql<{ devMailbox: DevMail[] | null }>(
    request,
    null,
    `query ($to: String, $first: Int) {
      devMailbox(to: $to, first: $first) { id createdAt to kind subject textBody htmlBody status }
    }`,
    { to, first },
  );
  return data.devMailbox ?? [];
}

/**
 * The first link in a mail's text whose path starts with `pathPrefix`, as a path with its hash,
 * e.g. linkInMail(mail, '/werknemer/uitnodiging') → '/werknemer/uitnodiging#k3J…'. Fails if absent.
 */
export function linkInMail(mail: DevMail, pathPrefix: string): string {
  for (const match of mail.textBody.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return url.pathname + url.search + url.hash;
  }
  throw new Error(`no link to ${pathPrefix} in mail "${mail.subject}":\n${mail.textBody}`);
}

/** An integrator's bearer token by the client-credentials grant (POST /oauth/token). */
export async function integratorToken(request: APIRequestContext, clientId: string, clientSecret: string): Promise<string> {
  const answer = await request.post('/oauth/token', {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { access_token: string }).access_token;
}

export interface FeedChange {
  kind: string;
  subjectId: string;
  values: Array<{ field: string; value: string }>;
}

/** The whole change feed (R45) as the integrator reads it, page by page from the start. */
export async function allChanges(request: APIRequestContext, token: string): Promise<FeedChange[]> {
  const changes: FeedChange[] = [];
  for (let cursor: string | null = null, more = true; more; ) {
    const feed: { changesSince: { cursor: string; hasMore: boolean; changes: FeedChange[] } } = await gql(
      request,
      token,
      `query ($c: String) { changesSince(cursor: $c, first: 500) { cursor hasMore changes { kind subjectId values { field value } } } }`,
      { c: cursor },
    );
    changes.push(...feed.changesSince.changes);
    cursor = feed.changesSince.cursor;
    more = feed.changesSince.hasMore;
  }
  return changes;
}
