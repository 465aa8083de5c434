#!/usr/bin/env node
// Bundle report, run by `npm run build` after `vite build`.
//
// From Vite's manifest (frontend/build/manifest.json; moved out of dist/ so it is never served) it
// works out which JavaScript each kind of first visit downloads — the entry chunk, the area chunk the
// route loads, and everything they import statically — and prints the sizes in KB gzip.
//
// It fails (exit 1) when the employee sign-in page (/werknemer/inloggen):
//   - needs more than 120 KB gzip of JavaScript (R24: phones on mobile networks), or
//   - loads the admin chunk, or any chunk of the staff side (features/admin, features/auth), or
//   - loads more than 5 JavaScript files: on HTTP/1.1 a browser opens six connections to a host, and
//     files beyond them wait a round trip (vite.config.ts, codeSplitting);
// or when dist/index.html links a style sheet that blocks the first paint (the entry's are inline,
// frontend/vite/inlineEntryCss.ts), or has inline code the server's Content-Security-Policy refuses
// (server/app/headers.go: no event-handler attribute or style attribute, and no inline script or
// style sheet but a plain <script> or <style> without attributes, which the server allows by its
// sha256 hash, frontend/embed.go InlineScriptSources and InlineStyleSources: the early session
// restore, frontend/vite/earlyRestore.ts, and the entry's CSS, frontend/vite/inlineEntryCss.ts).
//
// Usage: node frontend/scripts/bundle-report.mjs [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const frontend = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = join(frontend, 'build', 'manifest.json');
const distDir = join(frontend, 'dist');

export const EMPLOYEE_LIMIT_KB = 120;
export const EMPLOYEE_FILES_LIMIT = 5;
export const ENTRY = 'index.html';
export const EMPLOYEE_AREA = 'src/features/employee-auth/EmployeeArea.tsx';
export const STAFF_AREA = 'src/features/auth/StaffArea.tsx';
export const ADMIN_AREA = 'src/features/admin/AdminArea.tsx';
const STAFF_SOURCES = /^src\/features\/(admin|auth)\//;

/** @typedef {{ file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[] }} Chunk */

export function readManifest(path = manifestPath) {
  /** @type {Record<string, Chunk>} */
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  return manifest;
}

/** The chunk keys a visit to `roots` loads: the roots and, recursively, their static imports. */
export function staticClosure(manifest, roots) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    if (!manifest[key]) throw new Error(`bundle report: ${key} is not in the Vite manifest`);
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return [...seen];
}

const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => `${kb(bytes).toFixed(1).padStart(6)} KB`;

function sizes(file) {
  const data = readFileSync(join(distDir, file));
  return { raw: data.length, gzip: gzipSync(data).length };
}

function group(manifest, keys) {
  const chunks = keys
    .map((key) => ({ key, file: manifest[key].file, ...sizes(manifest[key].file) }))
    .filter((chunk) => chunk.file.endsWith('.js'));
  const total = chunks.reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip }), { raw: 0, gzip: 0 });
  return { chunks, total };
}

/**
 * What in an HTML page a policy without 'unsafe-inline' for scripts and <style> would refuse; the
 * server hashes exactly the scripts and style sheets that open with a bare `<script>` or `<style>`,
 * so only those may be inline.
 */
export function inlineCode(html) {
  const found = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const hashed = m[0].startsWith('<script>');
    if (!hashed && (!/\bsrc\s*=/i.test(m[1]) || m[2].trim() !== '')) found.push(`inline <script>: ${m[0].slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<style\b([^>]*)>/gi)) if (m[1] !== '') found.push(`a <style> element with attributes: ${m[0]}`);
  if (/<[^>]+\sstyle\s*=/i.test(html)) found.push('a style attribute');
  for (const m of html.matchAll(/<[^>]+\s(on[a-z]+)\s*=/gi)) found.push(`an event-handler attribute ${m[1]}`);
  if (/(href|src)\s*=\s*["']?\s*javascript:/i.test(html)) found.push('a javascript: URL');
  return found;
}

/** The <link rel="stylesheet"> tags of an HTML page that the browser fetches before it paints. */
export function blockingSheets(html) {
  return [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /\brel="stylesheet"/i.test(tag) && !/\sdisabled\b/i.test(tag));
}

function main() {
  const manifest = readManifest();
  const employee = group(manifest, staticClosure(manifest, [ENTRY, EMPLOYEE_AREA]));
  const staff = group(manifest, staticClosure(manifest, [ENTRY, STAFF_AREA]));
  const staffKeys = new Set(staff.chunks.map((c) => c.key));
  const admin = group(
    manifest,
    staticClosure(manifest, [ADMIN_AREA]).filter((key) => !staffKeys.has(key)),
  );
  const adminFile = manifest[ADMIN_AREA].file;

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ employee, staff, admin, adminFile }, null, 2));
  }

  const lines = ['', 'Bundle report (JavaScript, KB gzip; raw in brackets)'];
  const section = (title, { chunks, total }) => {
    lines.push(`  ${title}: ${fmt(total.gzip).trim()} gzip (${kb(total.raw).toFixed(1)} KB raw)`);
    for (const c of chunks) lines.push(`    ${fmt(c.gzip)}  ${c.file}${c.key.startsWith('_') ? '' : `  ← ${c.key}`}`);
  };
  section(`employee sign-in page /werknemer/inloggen (limit ${EMPLOYEE_LIMIT_KB} KB)`, employee);
  section('staff sign-in page /inloggen', staff);
  section(`admin chunk, on top of the staff pages (${adminFile})`, admin);
  console.log(lines.join('\n'));

  const problems = [];
  if (kb(employee.total.gzip) > EMPLOYEE_LIMIT_KB) {
    problems.push(`the employee sign-in page needs ${kb(employee.total.gzip).toFixed(1)} KB gzip of JavaScript; the limit is ${EMPLOYEE_LIMIT_KB} KB`);
  }
  for (const c of employee.chunks) {
    const src = manifest[c.key].src ?? '';
    if (c.file === adminFile || STAFF_SOURCES.test(src)) {
      problems.push(`the employee sign-in page loads ${c.file} (${src || c.key}), which belongs to the staff side`);
    }
  }
  if (employee.chunks.length > EMPLOYEE_FILES_LIMIT) {
    problems.push(`the employee sign-in page loads ${employee.chunks.length} JavaScript files; the limit is ${EMPLOYEE_FILES_LIMIT} (a module the staff and employee areas share belongs in vite.config.ts's shared list)`);
  }
  const index = readFileSync(join(distDir, 'index.html'), 'utf8');
  for (const what of inlineCode(index)) {
    problems.push(`dist/index.html has ${what}, which the Content-Security-Policy refuses`);
  }
  for (const link of blockingSheets(index)) {
    problems.push(`dist/index.html links a style sheet that blocks the first paint: ${link}`);
  }
  if (problems.length) {
    console.error(`\nBundle report FAILED:\n  - ${problems.join('\n  - ')}\n`);
    process.exit(1);
  }
  console.log(
    `\nBundle report OK: employee sign-in page ${kb(employee.total.gzip).toFixed(1)} KB gzip ≤ ${EMPLOYEE_LIMIT_KB} KB in ${employee.chunks.length} files ≤ ${EMPLOYEE_FILES_LIMIT}, no admin chunk, no blocking style sheet.\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
