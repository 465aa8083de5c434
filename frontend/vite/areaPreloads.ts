import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { ChunkGraph } from './chunkGraph.ts';

const PLUGIN = 'area-preloads';

/** The file the server reads (frontend/embed.go); a dot-file, so it is embedded but never served. */
export const AREA_PRELOADS_FILE = '.area-preloads.json';

/** What the server adds to index.html for the paths under one prefix. */
export interface AreaPreload {
  /** Module chunks, as `<link rel="modulepreload">`. */
  js: string[];
  /** Their style sheets, as `<link rel="stylesheet">`. */
  css: string[];
}

/**
 * Writes, for each app area, the chunks its lazy route needs beyond what index.html already loads,
 * so that the server can name them in the index.html it serves for that area's paths.
 *
 * Why: an area (EmployeeArea, StaffArea) is a lazy chunk (app/routes.tsx). Without a hint the
 * browser learns of it only after the entry has run, then of its imports only after it arrived: two
 * round trips one after the other before the sign-in page can render, the largest part of the LCP on
 * a phone's network. Named up front, everything loads in parallel with the entry. The chunks stay
 * lazy (other areas never download them), and index.html itself stays one file for every path.
 *
 * `areas` maps a path prefix (`/werknemer`) to the module of the area's chunk, relative to root, or
 * to several: a public page that is a lazy chunk inside its area (the invitation, the help page) lists
 * the area and the page, so a visitor from a mail link gets the page's chunks in the first round trip
 * too (Lighthouse's LCP on a phone). The server uses the longest prefix that matches (frontend/embed.go).
 */
export function areaPreloads({ root, areas }: { root: string; areas: Record<string, string | string[]> }): Plugin {
  return {
    name: `werkportaal:${PLUGIN}`,
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const graph = new ChunkGraph(bundle);
      const loadedByIndex = graph.closure(graph.entry(PLUGIN));
      const out: Record<string, AreaPreload> = {};
      for (const [prefix, modules] of Object.entries(areas)) {
        const wanted = graph.closure(...[modules].flat().map((m) => graph.chunkOf(PLUGIN, root, m)));
        const files = [...wanted].filter((f) => !loadedByIndex.has(f));
        out[prefix] = { js: files.map((f) => `/${f}`), css: graph.css(files).map((f) => `/${f}`) };
      }
      this.emitFile({ type: 'asset', fileName: AREA_PRELOADS_FILE, source: `${JSON.stringify(out, null, 2)}\n` });
    },
  };
}
