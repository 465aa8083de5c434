import type { SessionStore } from '../session/SessionStore';

/**
 * Downloads (payslip and annual-statement PDFs, documents) are plain GET requests that the server
 * authorises with the same bearer token as /graphql, so a URL on its own opens nothing. A link cannot
 * carry that header, hence fetch → blob → save.
 */

export type DownloadOutcome = 'saved' | 'notFound' | 'signedOut' | 'tooMany' | 'failed';

/** The message id the SPA shows for an outcome other than 'saved'. */
export const downloadMessageId = {
  notFound: 'download.notFound',
  signedOut: 'download.signedOut',
  tooMany: 'download.tooMany',
  failed: 'download.failed',
} as const satisfies Record<Exclude<DownloadOutcome, 'saved'>, string>;

export interface DownloadDeps {
  fetch?: typeof globalThis.fetch;
  save?: (blob: Blob, fileName: string) => void;
}

type TokenSource = Pick<SessionStore<unknown>, 'getAccessToken' | 'isAccessTokenExpired' | 'refreshAfterAuthError'>;

/**
 * Fetches `path` with the session's token and saves it under the server's file name (Content-Disposition),
 * or `fallbackName`. An expired token is renewed first; a 401 renews once and retries, like the data client.
 */
export async function downloadFile(
  session: TokenSource,
  path: string,
  fallbackName: string,
  { fetch = globalThis.fetch.bind(globalThis), save = saveBlob }: DownloadDeps = {},
): Promise<DownloadOutcome> {
  const get = () => {
    const token = session.getAccessToken();
    return fetch(path, {
      credentials: 'same-origin',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  };
  try {
    if (session.isAccessTokenExpired()) await session.refreshAfterAuthError();
    if (!session.getAccessToken()) return 'signedOut';
    let response = await get();
    if (response.status === 401) {
      await session.refreshAfterAuthError();
      if (!session.getAccessToken()) return 'signedOut';
      response = await get();
    }
    if (response.status === 401) return 'signedOut';
    if (response.status === 404 || response.status === 403) return 'notFound';
    if (response.status === 429) return 'tooMany';
    if (!response.ok) return 'failed';
    const blob = await response.blob();
    save(blob, fileNameFrom(response.headers.get('Content-Disposition')) ?? fallbackName);
    return 'saved';
  } catch {
    return 'failed';
  }
}

/** The file name of a Content-Disposition header: filename* (RFC 5987) wins over filename. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return sanitize(decodeURIComponent(extended[2].trim()));
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? sanitize(name) : null;
}

function sanitize(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? null : base;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
