/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The SPA lives in frontend/: index.html here, sources in src/, output in dist/.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, 'dist');

// The Go side talks to the same origin; in development Vite forwards these paths to `go run ./server`.
const backend = process.env.WERKPORTAAL_BACKEND ?? 'http://127.0.0.1:8080';
const proxied = ['/graphql', '/oauth', '/healthz'] as const;

/**
 * The Go binary embeds frontend/dist with `//go:embed all:dist`, so the directory must exist in a
 * fresh clone. dist/.gitkeep is checked in; `vite build` empties dist/ first, so put it back.
 */
function keepDistDir(): Plugin {
  return {
    name: 'werkportaal:keep-dist-dir',
    apply: 'build',
    writeBundle() {
      writeFileSync(join(outDir, '.gitkeep'), '');
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), keepDistDir()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  preview: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Vitest would otherwise keep its cache in frontend/node_modules; cacheDir above is the one place.
    cache: false,
    restoreMocks: true,
    unstubGlobals: true,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
