import { vi } from 'vitest';
import persistedDocuments from '../gql/persisted-documents.json';

/** One GraphQL request as it left the app, seen at the fetch boundary. */
export interface CapturedRequest {
  url: string;
  method: string;
  credentials: RequestCredentials | undefined;
  headers: Headers;
  operationName: string;
  /** The document the server would run: looked up by the persisted hash the app sent. */
  query: string;
  /** The hash sent in extensions.persistedQuery.sha256Hash. */
  hash: string;
  variables: Record<string, unknown>;
  /**
   * True for a GraphQL multipart request (a File in the variables): the files are put back into
   * `variables` at the paths the `map` part names.
   */
  multipart: boolean;
}

/** What a handler answers: a GraphQL response body, or `networkError` to make fetch reject. */
export type Reply = { data?: unknown; errors?: unknown[] } | 'networkError';

export type Handler = (request: CapturedRequest) => Reply | Promise<Reply>;

const documents: Record<string, string> = persistedDocuments;

type Body = {
  operationName?: string;
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: { persistedQuery?: { version?: number; sha256Hash?: string } };
};

/** Puts `value` at a dotted path such as `variables.input.file`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/**
 * The request body as the server reads it: JSON, or the GraphQL multipart request
 * (https://github.com/jaydenseric/graphql-multipart-request-spec): `operations`, `map`, then the files.
 */
function readBody(body: BodyInit | null | undefined): { body: Body; multipart: boolean } {
  if (body instanceof FormData) {
    const part = (name: string) => {
      const value = body.get(name);
      if (typeof value !== 'string') throw new Error(`multipart request: part ${name} is missing or not text`);
      return value;
    };
    const operations = JSON.parse(part('operations')) as Body;
    const map = JSON.parse(part('map')) as Record<string, string[]>;
    for (const [key, paths] of Object.entries(map)) {
      const file = body.get(key);
      if (!(file instanceof Blob)) throw new Error(`multipart request: part ${key} named in the map is not a file`);
      for (const path of paths) setPath(operations, path, file);
    }
    return { body: operations, multipart: true };
  }
  if (body != null && typeof body !== 'string') throw new Error('the fake server reads JSON or multipart request bodies');
  return { body: JSON.parse(body ?? '{}') as Body, multipart: false };
}

/**
 * Replaces the global fetch with a fake GraphQL endpoint. Handlers are keyed by operation name
 * (Login, StaffRefreshSession, EmployeeLogin, Logout, …); an operation without a handler fails the
 * test loudly. Like the real server, it accepts only persisted documents: a request must carry the
 * hash of a document in src/gql/persisted-documents.json and no query text.
 */
export function mockGraphqlServer(handlers: Partial<Record<string, Handler>>) {
  const requests: CapturedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const { body, multipart } = readBody(init.body);
    const hash = body.extensions?.persistedQuery?.sha256Hash ?? '';
    if (body.query !== undefined) throw new Error(`${body.operationName}: the app sent query text instead of a persisted hash`);
    const query = documents[hash];
    if (query === undefined) throw new Error(`${body.operationName}: unknown persisted hash ${hash}; run npm run codegen`);
    const request: CapturedRequest = {
      url: input instanceof Request ? input.url : String(input),
      method: init.method ?? 'GET',
      credentials: init.credentials,
      headers: new Headers(init.headers),
      operationName: body.operationName ?? '',
      query,
      hash,
      variables: body.variables ?? {},
      multipart,
    };
    requests.push(request);
    const handler = handlers[request.operationName];
    if (!handler) throw new Error(`no mock for GraphQL operation ${request.operationName}`);
    const reply = await handler(request);
    if (reply === 'networkError') throw new TypeError('Failed to fetch');
    // The server answers a dead bearer token with HTTP 401 (server/auth/http.go), and a
    // refusal beyond a limit with 429 and Retry-After (server/ratelimit/http.go).
    const codes = ((typeof reply === 'object' && (reply.errors as Array<{ extensions?: { code?: string } }>)) || []).map(
      (e) => e.extensions?.code,
    );
    const tooMany = codes.includes('TOO_MANY_REQUESTS');
    return new Response(JSON.stringify(reply), {
      status: codes.includes('UNAUTHENTICATED') ? 401 : tooMany ? 429 : 200,
      headers: { 'Content-Type': 'application/graphql-response+json', ...(tooMany ? { 'Retry-After': '1' } : {}) },
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

export const employeeViewer = {
  __typename: 'Viewer',
  id: 'acc_01JDEMO0000000000000000001',
  kind: 'EMPLOYEE',
  displayName: 'Jan Jansen',
  username: 'jan.jansen',
  employer: { __typename: 'Employer', id: 'emp_01JDEMO0000000000000000001', name: 'Voorbeeld MKB' },
};

export function sessionPayload(
  typename: 'LoginPayload' | 'RefreshSessionPayload' | 'EmployeeSessionPayload',
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

/** A 401 with UNAUTHENTICATED, as the server answers a request with a dead access token. */
export const unauthenticated: Reply = {
  errors: [{ message: 'the access token is invalid or its session ended', extensions: { code: 'UNAUTHENTICATED' } }],
};

export const noSession: Handler = () => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') },
});
