import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';

/**
 * The bundle's chunks as the build plugins that name files for index.html see them (areaPreloads,
 * inlineEntryCss, earlyRestore): which chunks a chunk needs before it can run, its static imports,
 * transitively. A dynamic import is a chunk that is loaded later, so it is not followed.
 */
export class ChunkGraph {
  private readonly byFile: Map<string, OutputChunk>;

  constructor(bundle: OutputBundle) {
    this.byFile = new Map(
      Object.values(bundle)
        .filter((o): o is OutputChunk => o.type === 'chunk')
        .map((c) => [c.fileName, c]),
    );
  }

  /** The entry chunk, the one index.html loads. */
  entry(plugin: string): OutputChunk {
    const entry = [...this.byFile.values()].find((c) => c.isEntry);
    if (!entry) throw new Error(`${plugin}: the build has no entry chunk`);
    return entry;
  }

  /** The chunk whose facade is `module` (a path relative to root): a lazily imported module. */
  chunkOf(plugin: string, root: string, module: string): OutputChunk {
    const id = resolve(root, module);
    const chunk = [...this.byFile.values()].find((c) => c.facadeModuleId === id);
    if (!chunk) throw new Error(`${plugin}: no chunk for ${module} (is it still a lazy import?)`);
    return chunk;
  }

  /** The file names of the chunks and every chunk they import statically, transitively. */
  closure(...start: OutputChunk[]): Set<string> {
    const seen = new Set<string>();
    const visit = (c: OutputChunk | undefined) => {
      if (!c || seen.has(c.fileName)) return;
      seen.add(c.fileName);
      for (const f of c.imports) visit(this.byFile.get(f));
    };
    for (const c of start) visit(c);
    return seen;
  }

  /** The style sheets the chunks of `files` import, each once, in order. */
  css(files: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const f of files) for (const css of this.byFile.get(f)?.viteMetadata?.importedCss ?? []) out.add(css);
    return [...out];
  }
}
