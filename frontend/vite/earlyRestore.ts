import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ChunkGraph } from './chunkGraph.ts';
import { documentHashIn, earlyRestoreScript, type EarlyDocument } from './earlyRestoreScript.ts';

export { EMPLOYEE_HOME_EARLY } from './earlyRestoreScript.ts';

const PLUGIN = 'early-restore';

/**
 * Puts earlyRestoreScript at the top of the built index.html's <head>.
 *
 * Why: after a reload of the employee's home the data waited for four steps one after the other:
 * the entry and area chunks, refreshSession (the access token lives in memory only), the home's
 * queries, then the render. With the refresh and the queries sent by the page itself while the
 * chunks load, only the chunks are left on that path (Lighthouse's LCP of the home on a phone).
 * Build only: the Vite dev server sends full query texts to a Go server that may not know the
 * current hashes, and has no Content-Security-Policy to allow the script by.
 *
 * `modules` (relative to root) are the lazy modules the signed-in page needs; the script names their
 * chunks but those index.html loads anyway and those the server names for the path (`named`, the
 * area's modules as given to areaPreloads).
 */
export function earlyRestore({
  root,
  gqlDir,
  path,
  refresh,
  queries,
  modules,
  named,
}: {
  root: string;
  gqlDir: string;
  path: string;
  refresh: string;
  queries: readonly string[];
  modules: readonly string[];
  named: readonly string[];
}): Plugin {
  return {
    name: `werkportaal:${PLUGIN}`,
    apply: 'build',
    transformIndexHtml(html, ctx) {
      if (!ctx.bundle) throw new Error(`${PLUGIN}: the build gave no bundle to name the chunks from`);
      const graph = new ChunkGraph(ctx.bundle);
      const loaded = graph.closure(graph.entry(PLUGIN), ...named.map((m) => graph.chunkOf(PLUGIN, root, m)));
      const files = [...graph.closure(...modules.map((m) => graph.chunkOf(PLUGIN, root, m)))].filter((f) => !loaded.has(f));
      const loadedCss = new Set(graph.css(loaded));
      const chunks = {
        js: files.map((f) => `/${f}`),
        css: graph
          .css(files)
          .filter((f) => !loadedCss.has(f))
          .map((f) => `/${f}`),
      };
      const graphqlTs = readFileSync(join(gqlDir, 'graphql.ts'), 'utf8');
      const doc = (name: string): EarlyDocument => ({ name, hash: documentHashIn(graphqlTs, name) });
      const script = earlyRestoreScript({ path, refresh: doc(refresh), queries: queries.map(doc), chunks });
      // After the charset and viewport (the charset must be in the first 1024 bytes), before the
      // stylesheet and the entry: the requests go out as early as the page can send them.
      const viewport = /<meta name="viewport"[^>]*>/.exec(html);
      if (!viewport) throw new Error(`${PLUGIN}: index.html has no <meta name="viewport"> to put the script after`);
      const at = viewport.index + viewport[0].length;
      return `${html.slice(0, at)}\n    <script>${script}</script>${html.slice(at)}`;
    },
  };
}
