import { vi } from 'vitest';

/** One GraphQL request as it left the app, seen at the fetch boundary. */
export interface CapturedRequest {
  url: string;
  method: string;
  credentials: RequestCredentials | undefined;
  headers: Headers;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What a handler answers: a GraphQL response body, or `networkError` to make fetch reject. */
export type Reply = { data?: unknown; errors?: unknown[] } | 'networkError';

export type Handler = (request: CapturedRequest) => Reply | Promise<Reply>;

/**
 * Replaces the global fetch with a fake GraphQL endpoint. Handlers are keyed by operation name
 * (Login, RefreshSession, Logout); an operation without a handler fails the test loudly.
 */
export function mockGraphqlServer(handlers: Partial<Record<string, Handler>>) {
  const requests: CapturedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body ?? '{}')) as {
      operationName?: string;
      query: string;
      variables?: Record<string, unknown>;
    };
    const request: CapturedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      credentials: init.credentials,
      headers: new Headers(init.headers),
      operationName: body.operationName ?? '',
      query: body.query,
      variables: body.variables ?? {},
    };
    requests.push(request);
    const handler = handlers[request.operationName];
    if (!handler) throw new Error(`no mock for GraphQL operation ${request.operationName}`);
    const reply = await handler(request);
    if (reply === 'networkError') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply), {
      status: 200,
      headers: { 'Content-Type': 'application/graphql-response+json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    calls: (operationName: string) => requests.filter((r) => r.operationName === operationName),
  };
}

/** A promise you resolve from the test, to hold a request "in flight". */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export const providerViewer = {
  __typename: 'Viewer',
  id: 'usr_01JDEMO0000000000000000001',
  kind: 'STAFF_USER',
  displayName: 'Anna de Vries',
  username: 'ak-beheerder',
  scope: 'PROVIDER',
  provider: { __typename: 'Provider', id: 'prv_01JDEMO00000000000000000001', name: 'Loonadvies Noord B.V.' },
  employer: null,
  rights: ['VIEW_EMPLOYEES', 'MANAGE_PORTAL_ACCESS', 'VIEW_AUDIT_LOG'],
};

export function sessionPayload(
  typename: 'LoginPayload' | 'RefreshSessionPayload',
  viewer: Record<string, unknown> = providerViewer,
) {
  return {
    __typename: typename,
    accessToken: 'access-token-1',
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    viewer,
    userErrors: [],
  };
}

export function userErrorPayload(typename: string, code: string, message = 'English text from the server') {
  return {
    __typename: typename,
    accessToken: null,
    accessTokenExpiresAt: null,
    viewer: null,
    userErrors: [{ __typename: 'UserError', field: null, code, message }],
  };
}

export const noSession: Handler = () => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') },
});
