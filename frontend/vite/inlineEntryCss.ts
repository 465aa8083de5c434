import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { ChunkGraph } from './chunkGraph.ts';

/**
 * Writes the entry's style sheets into the built index.html as <style> elements instead of
 * <link rel="stylesheet">.
 *
 * Why: a style sheet in the <head> blocks the first paint until it has arrived, one more round trip
 * after the page itself, and on HTTP/1.1 (six connections a host) the entry's sheets took two of the
 * connections the entry's scripts were waiting for (Lighthouse's simulated phone: the React chunk
 * started 300 ms after the page had arrived). Inline they come with the page: some 6 KB, 2 KB
 * compressed. Only the entry's: every page has them, while an area's sheets stay files that only its
 * pages load.
 *
 * Vite's preload helper loads a lazy chunk's sheets before the chunk (its lists name the entry's
 * sheets too, and Vite has no option to leave them out), and skips a sheet when a <link
 * rel="stylesheet"> to it is in the document. An inlined sheet would have none, so the helper would
 * fetch it again, on the path to the first render. So each <style> is followed by a *disabled* link
 * to its file: a browser does not fetch a disabled style sheet (HTML, the link element's disabled
 * attribute), and the helper finds it there. The e2e test delivery.spec.ts checks that no page
 * asks for the entry's sheets. The server allows the <style> elements by their hashes
 * (frontend.InlineStyleSources), as it does the early-restore script.
 */
export function inlineEntryCss(): Plugin {
  /** The entry's sheets (file names as in the bundle, `assets/index-….css`), known after chunking. */
  const entryCss = new Set<string>();
  return {
    name: 'werkportaal:inline-entry-css',
    apply: 'build',
    generateBundle: {
      // First: before Vite's HTML plugin writes index.html. The entry's sheets are those of the entry
      // chunk and its static imports, transitively.
      order: 'pre',
      handler(_options, bundle: OutputBundle) {
        const graph = new ChunkGraph(bundle);
        for (const css of graph.css(graph.closure(graph.entry('inline-entry-css')))) entryCss.add(css);
      },
    },
    transformIndexHtml: {
      // After Vite has written the <link> tags of the entry's sheets.
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const sheet = bundle[file];
          if (!sheet || sheet.type !== 'asset' || !entryCss.has(file)) return tag;
          // A sheet holding "</style" would end the element early: refuse it rather than ship a
          // broken page.
          const source = typeof sheet.source === 'string' ? sheet.source : new TextDecoder().decode(sheet.source);
          if (/<\/style/i.test(source)) throw new Error(`inline-entry-css: ${file} contains "</style"`);
          // The disabled link is never fetched; it is there for Vite's preload helper (see above).
          return `<style>${source.trim()}</style><link rel="stylesheet" href="/${file}" disabled>`;
        });
      },
    },
  };
}
