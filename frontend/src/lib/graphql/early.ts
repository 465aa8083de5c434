/**
 * What the inline script of the built index.html (frontend/vite/earlyRestore.ts) leaves for the app
 * on the employee's home: the answer of the refreshSession it sent before the app was loaded and,
 * when that restored a session, the answers of the home's first queries, by document hash. Answers
 * are unread Responses; each is taken once. The session store takes the refresh (here, in the area's
 * chunk); the signed-in client the queries (earlyAnswers.ts, in the signed-in chunk, which a visitor
 * without a session never loads).
 */
export interface EarlyRestore {
  refresh?: Promise<Response>;
  /** The access token the queries were sent with. */
  token?: string;
  answers: Record<string, Promise<Response> | undefined>;
}

declare global {
  var __werkportaalEarly: EarlyRestore | undefined;
}

/**
 * The refreshSession the page already sent, once; null when it sent none (every page but the
 * employee's home, the Vite dev server) or it was taken. The session store must take it instead of
 * refreshing itself: the server rotates the refresh token, so a second refresh with the same cookie
 * while this one is under way would be refused as reuse and end the session.
 */
export function takeEarlyRefresh(): Promise<Response> | null {
  const early = globalThis.__werkportaalEarly;
  const refresh = early?.refresh;
  if (!early || !refresh) return null;
  delete early.refresh;
  return refresh;
}

/** The operation context that answers an operation with `response` instead of fetching. */
export function answeredBy(response: Promise<Response>): { fetch: typeof fetch } {
  return { fetch: () => response };
}

