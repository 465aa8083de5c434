import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

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
    name: 'werkportaal:area-preloads',
    apply: 'build',
    generateBundle(_options, bundle: OutputBundle) {
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      /** The chunk and every chunk it imports statically, transitively. */
      const closure = (start: OutputChunk) => {
        const seen = new Set<string>();
        const visit = (c: OutputChunk) => {
          if (seen.has(c.fileName)) return;
          seen.add(c.fileName);
          for (const f of c.imports) {
            const next = byFile.get(f);
            if (next) visit(next);
          }
        };
        visit(start);
        return seen;
      };
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error('area-preloads: the build has no entry chunk');
      const loadedByIndex = closure(entry);
      const out: Record<string, AreaPreload> = {};
      for (const [prefix, modules] of Object.entries(areas)) {
        const wanted = new Set<string>();
        for (const module of [modules].flat()) {
          const id = resolve(root, module);
          const area = chunks.find((c) => c.facadeModuleId === id);
          if (!area) throw new Error(`area-preloads: no chunk for ${module} (is it still a lazy import?)`);
          for (const f of closure(area)) wanted.add(f);
        }
        const files = [...wanted].filter((f) => !loadedByIndex.has(f));
        const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
        out[prefix] = { js: files.map((f) => `/${f}`), css: [...new Set(css)].map((f) => `/${f}`) };
      }
      this.emitFile({ type: 'asset', fileName: AREA_PRELOADS_FILE, source: `${JSON.stringify(out, null, 2)}\n` });
    },
  };
}
