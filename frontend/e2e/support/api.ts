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

/** Access tokens of the demo's staff users, reused while they last: each sign-in of a provider user
 * spends a TOTP step (R43, replay refused), and the journeys sign in far more often than once per step. */
const tokenCache = new Map<string, { token: string; expiresAt: number }>();

/**
 * Signs a staff user in through the `login` mutation and returns the access token (valid for minutes;
 * sign in again in a long test). A demo provider user completes the second factor with a code of the
 * demo secret (R43). The refresh cookie lands in `request`'s cookie jar, not the page's.
 */
export async function apiLogin(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const cached = password === DEMO_PASSWORD ? tokenCache.get(username) : undefined;
  if (cached && cached.expiresAt - Date.now() > 120_000) return cached.token;
  type Payload = {
    accessToken: string | null;
    accessTokenExpiresAt: string | null;
    secondFactor: { token: string; step: string } | null;
    userErrors: Array<{ code: string }>;
  };
  const data = await gql<{ login: Payload }>(
    request,
    null,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt secondFactor { token step } userErrors { code } } }`,
    { input: { username, password } },
  );
  expect(data.login.userErrors, `login of ${username}`).toEqual([]);
  let result: Payload = data.login;
  if (result.secondFactor) {
    expect(TOTP_USERS.has(username) && result.secondFactor.step, `second factor of ${username}`).toBe('VERIFY');
    for (let attempt = 0; ; attempt++) {
      const code = await freshTotp(username, DEMO_TOTP_SECRET);
      const verified = await gql<{ verifySecondFactor: Payload }>(
        request,
        null,
        `mutation ($input: VerifySecondFactorInput!) { verifySecondFactor(input: $input) { accessToken accessTokenExpiresAt userErrors { code } } }`,
        { input: { challenge: result.secondFactor.token, code } },
      );
      if (verified.verifySecondFactor.userErrors[0]?.code === 'INVALID_SECOND_FACTOR' && attempt === 0) {
        skipUsedSteps(username);
        continue;
      }
      expect(verified.verifySecondFactor.userErrors, `second factor of ${username}`).toEqual([]);
      result = { ...verified.verifySecondFactor, secondFactor: result.secondFactor };
      break;
    }
  }
  const token = result.accessToken!;
  if (password === DEMO_PASSWORD && result.accessTokenExpiresAt) {
    tokenCache.set(username, { token, expiresAt: Date.parse(result.accessTokenExpiresAt) });
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
