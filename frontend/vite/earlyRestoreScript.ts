/*
 * The inline script of the built index.html and what it sends; no Node APIs, so the SPA's tests run
 * the very text the build writes (src/features/employee-auth/earlyRestore.test.tsx). The plugin that
 * writes it is earlyRestore.ts.
 */

/** A persisted GraphQL document as the inline script sends it: operation name and hash. */
export interface EarlyDocument {
  name: string;
  hash: string;
}

export interface EarlyRestoreDocuments {
  /** The path the script acts on (and the same path with a trailing slash). */
  path: string;
  /** `refreshSession(input: {area: EMPLOYEE})`, the same document the app's session store sends. */
  refresh: EarlyDocument;
  /** The queries the page at `path` sends first, sent with the refreshed access token. */
  queries: EarlyDocument[];
  /**
   * The chunks the page at `path` needs once signed in beyond those index.html and the server name
   * for it, asked for when the refresh has restored a session.
   */
  chunks: EarlyChunks;
}

/** Files of the build, as absolute paths: module chunks and their style sheets. */
export interface EarlyChunks {
  js: string[];
  css: string[];
}

/**
 * Where the build starts the session early, and with which documents: the employee's home, where an
 * employee returns signed in, and the documents the app sends there first (EmployeeArea's session
 * store; PortalLayout's menu and PortalHome). Not the sign-in page or a page a mail links to: most
 * visitors there have no session, and their first paint must not share the phone's network with it.
 */
export const EMPLOYEE_HOME_EARLY = {
  path: '/werknemer',
  refresh: 'EmployeeRefreshSession',
  queries: ['EmployeePortalMenu', 'EmployeePortalHome'],
  // The lazy modules the signed-in home needs after the area's chunk: the signed-in client's
  // exchanges and the portal's frame with the home (EmployeeArea's usePreloadWhileRestoring).
  modules: ['src/lib/graphql/signedIn.ts', 'src/features/employee-content/portalFrame.ts'],
} as const;

/** The Accept header of urql's fetch exchange, so the server answers the script as it answers the app. */
const ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

/**
 * The inline script index.html starts with (see earlyRestore below). Plain ES2017 and no helpers:
 * it is the literal text of the <script> element, which the server's Content-Security-Policy allows
 * by its sha256 hash (frontend/embed.go), so it runs before the entry chunk has even been requested.
 *
 * On the employee's home only, it sends refreshSession at once, and on a session the home's first
 * queries with the new access token, and leaves the answers, unread, in `window.__werkportaalEarly`
 * for the app (src/lib/graphql/early.ts): the session store takes the refresh's answer instead of
 * sending a refresh of its own (the refresh token is used once: a second refresh with the same
 * cookie would be reuse), and the data client answers the home's queries with theirs. `refresh`
 * resolves only after the queries have been sent, so the app, which waits for it, always finds them.
 * Everywhere else the script does nothing and the app restores the session as before.
 *
 * On a session it also names the signed-in home's chunks (`<link rel="modulepreload">`, its sheets as
 * `<link rel="preload" as="style">`). Without them the browser learnt of them one after another: the
 * area's chunk had to arrive and render before it asked for the signed-in chunks, and those to arrive
 * before their imports (Lighthouse's LCP of the home on a phone). Only on a session: a visitor without
 * one is sent to the sign-in page, whose first paint must not share the phone's network with them.
 * Crossorigin as Vite's preload helper asks for them, so the browser uses what these fetched; a sheet
 * is only preloaded, as the helper applies it and waits for it before the chunk that needs it runs.
 */
export function earlyRestoreScript({ path, refresh, queries, chunks }: EarlyRestoreDocuments): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `(function (w) {
  var p = w.location.pathname;
  if (p !== ${json(path)} && p !== ${json(`${path}/`)}) return;
  function post(doc, token) {
    var headers = { accept: ${json(ACCEPT)}, 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify({ operationName: doc.name, variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: doc.hash } } })
    });
  }
  var early = (w.__werkportaalEarly = { answers: {} });
  early.refresh = post(${json(refresh)}).then(function (r) {
    return r.clone().json().then(function (b) {
      var t = b && b.data && b.data.refreshSession && b.data.refreshSession.accessToken;
      if (!t) return;
      early.token = t;
      ${json(queries)}.forEach(function (q) {
        var answer = post(q, t);
        answer.catch(function () {});
        early.answers[q.hash] = answer;
      });
      function link(rel, href, as) {
        var l = w.document.createElement('link');
        l.rel = rel;
        if (as) l.setAttribute('as', as);
        l.crossOrigin = '';
        l.href = href;
        w.document.head.appendChild(l);
      }
      ${json(chunks.js)}.forEach(function (f) { link('modulepreload', f); });
      ${json(chunks.css)}.forEach(function (f) { link('preload', f, 'style'); });
    }, function () {}).then(function () { return r; });
  });
})(window);`.replace(/\n\s*/g, ''); // every statement ends in ; or }: one line, a third fewer bytes
}

/**
 * The hash codegen gave the document of operation `name`, read from the text of src/gql/graphql.ts
 * (`export const <Name>Document = {"__meta__":{"hash":"…"}, …}`): the hash the app sends for it.
 */
export function documentHashIn(graphqlTs: string, name: string): string {
  const match = new RegExp(`^export const ${name}Document = \\{"__meta__":\\{"hash":"([0-9a-f]{64})"\\}`, 'm').exec(graphqlTs);
  if (!match) throw new Error(`early-restore: no generated document ${name} in src/gql/graphql.ts — run \`npm run codegen\``);
  return match[1]!;
}
