import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { documentHashIn, earlyRestoreScript, type EarlyDocument } from './earlyRestoreScript.ts';

export { EMPLOYEE_HOME_EARLY } from './earlyRestoreScript.ts';

/**
 * Puts earlyRestoreScript at the top of the built index.html's <head>.
 *
 * Why: after a reload of the employee's home the data waited for four steps one after the other:
 * the entry and area chunks, refreshSession (the access token lives in memory only), the home's
 * queries, then the render. With the refresh and the queries sent by the page itself while the
 * chunks load, only the chunks are left on that path (Lighthouse's LCP of the home on a phone).
 * Build only: the Vite dev server sends full query texts to a Go server that may not know the
 * current hashes, and has no Content-Security-Policy to allow the script by.
 */
export function earlyRestore({
  gqlDir,
  path,
  refresh,
  queries,
}: {
  gqlDir: string;
  path: string;
  refresh: string;
  queries: readonly string[];
}): Plugin {
  return {
    name: 'werkportaal:early-restore',
    apply: 'build',
    transformIndexHtml(html) {
      const graphqlTs = readFileSync(join(gqlDir, 'graphql.ts'), 'utf8');
      const doc = (name: string): EarlyDocument => ({ name, hash: documentHashIn(graphqlTs, name) });
      const script = earlyRestoreScript({ path, refresh: doc(refresh), queries: queries.map(doc) });
      // After the charset and viewport (the charset must be in the first 1024 bytes), before the
      // stylesheet and the entry: the requests go out as early as the page can send them.
      const viewport = /<meta name="viewport"[^>]*>/.exec(html);
      if (!viewport) throw new Error('early-restore: index.html has no <meta name="viewport"> to put the script after');
      const at = viewport.index + viewport[0].length;
      return `${html.slice(0, at)}\n    <script>${script}</script>${html.slice(at)}`;
    },
  };
}
