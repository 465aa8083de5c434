import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './demo';

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

/**
 * Signs a staff user in through the `login` mutation and returns the access token (valid for minutes;
 * sign in again in a long test). The refresh cookie lands in `request`'s cookie jar, not the page's.
 */
export async function apiLogin(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const data = await gql<{
    login: { accessToken: string | null; userErrors: Array<{ code: string }> };
  }>(
    request,
    null,
    `mutation ($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }`,
    { input: { username, password } },
  );
  expect(data.login.userErrors, `login of ${username}`).toEqual([]);
  return data.login.accessToken!;
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
