import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces every `graphql(`…`)` call in the SPA's sources with the generated document itself (the
 * JSON AST from src/gql/graphql.ts, with its `__meta__.hash`), inlined at the call site.
 *
 * Why: the runtime `graphql()` looks documents up in one map of *all* documents (src/gql/gql.ts),
 * and graphql.ts is one module holding all of them; a bundler cannot split a module, so whichever
 * chunk used them would carry every document of the app — admin ones in the employee chunk too.
 * Inlined, each document lives in the chunk of the feature that declares it. (The client-preset's
 * Babel plugin does a similar rewrite; this build has no Babel.) Types are unaffected: TypeScript
 * still sees the `graphql()` overloads.
 *
 * The source text → document mapping is read from the generated gql.ts and graphql.ts, the same
 * lookup the runtime function does. A call whose text is not there fails the build or test run with
 * "run `npm run codegen`".
 *
 * For the same reason an import of the generated index (`from '../../gql'`, for readFragment and
 * friends) is pointed at src/gql/fragment-masking.ts: the index would also pull in gql.ts and with it
 * every document.
 */
export function graphqlDocuments({ gqlDir }: { gqlDir: string }): Plugin {
  const gqlFile = `${gqlDir}/gql.ts`;
  const graphqlFile = `${gqlDir}/graphql.ts`;
  let cache: { stamp: string; documents: Map<string, string> } | null = null;

  /** Source text of each graphql() call → the JSON of its document. */
  function documents(): Map<string, string> {
    const stamp = `${statSync(gqlFile).mtimeMs}:${statSync(graphqlFile).mtimeMs}`;
    if (cache?.stamp === stamp) return cache.documents;

    const json = new Map<string, string>();
    for (const match of readFileSync(graphqlFile, 'utf8').matchAll(
      /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
    )) {
      json.set(match[1]!, match[2]!);
    }
    const gql = readFileSync(gqlFile, 'utf8');
    const map = new Map<string, string>();
    for (const match of gql.slice(gql.indexOf('const documents')).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
      const document = json.get(match[2]!);
      if (document) map.set(JSON.parse(match[1]!) as string, document);
    }
    cache = { stamp, documents: map };
    return map;
  }

  const gqlIndex = new Set([gqlDir, `${gqlDir}/index`, `${gqlDir}/index.js`, `${gqlDir}/index.ts`]);

  return {
    name: 'werkportaal:graphql-documents',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || importer.startsWith(gqlDir) || !source.startsWith('.') || !source.includes('gql')) return null;
      return gqlIndex.has(resolve(dirname(importer), source)) ? `${gqlDir}/fragment-masking.ts` : null;
    },
    transform(code, id) {
      // Only the modules themselves, not `?raw` and other derived imports of them.
      if (id.includes('?') || !/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const where = relative(process.cwd(), id);
      const known = documents();
      let replaced = false;
      const transformed = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, text: string) => {
        if (text.includes('\\') || text.includes('${')) {
          this.error(`${where}: graphql() documents may not contain escapes or \${…}`);
        }
        const document = known.get(text);
        if (!document) {
          this.error(`${where}: no generated document for "${text.trim().split('\n')[0]}" — run \`npm run codegen\``);
        }
        replaced = true;
        // One line, so the lines below keep their numbers.
        return `(${document})`;
      });
      if (!replaced) return null;
      // The calls are gone, so is the need for the runtime graphql() and its map of every document.
      const withoutImport = transformed.replace(
        /^import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql(?:\/index(?:\.js)?)?['"];?[ \t]*$/m,
        '',
      );
      return { code: withoutImport, map: null };
    },
  };
}
