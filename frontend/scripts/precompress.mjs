#!/usr/bin/env node
// Precompression, run by `npm run build` after `vite build`: every text asset in dist/ that is
// worth it gets a brotli (.br) and a gzip (.gz) twin beside it. The server (frontend/embed.go)
// picks the twin the browser accepts, so phones on mobile networks download a third of the bytes
// (R24) and the server spends no CPU compressing per request.
//
// index.html is left alone: the server writes a fresh CSP nonce into it per response.
import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));
const TEXT = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest', '.map']);
// Below this a compressed answer saves less than its header overhead.
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(distDir)) {
  if (file.endsWith('.br') || file.endsWith('.gz')) {
    // A twin of an earlier build whose original may be gone.
    unlinkSync(file);
    continue;
  }
  if (!TEXT.has(extname(file)) || file.endsWith('index.html')) continue;
  const raw = readFileSync(file);
  if (raw.length < MIN_BYTES) continue;
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  // A twin that is not smaller would only cost the browser a decode.
  if (br.length < raw.length) writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  count++;
  before += raw.length;
  after += br.length;
}
console.log(
  `precompressed ${count} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`,
);
