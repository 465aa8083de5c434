import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * Facts about the built SPA from Vite's manifest (written by `npm run build` to frontend/build/,
 * outside dist/ so it is never served). The e2e server embeds the same build.
 */

const manifestPath = fileURLToPath(new URL('../../build/manifest.json', import.meta.url));

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

function manifest(): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
}

/** URL path of the chunk built from a source file, e.g. '/assets/AdminArea-1a2b3c.js'. */
export function chunkPath(source: string): string {
  const chunk = manifest()[source];
  if (!chunk) throw new Error(`${source} is not a chunk in ${manifestPath}; run npm run build`);
  return `/${chunk.file}`;
}

/** The admin area's chunk: never requested by employee pages. */
export const adminChunkPath = () => chunkPath('src/features/admin/AdminArea.tsx');
/** The staff area's chunk (/inloggen, /beheer): never requested by employee pages either. */
export const staffChunkPath = () => chunkPath('src/features/auth/StaffArea.tsx');
