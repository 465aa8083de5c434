/// <reference types="vitest/config" />
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { areaPreloads } from './vite/areaPreloads.ts';
import { EMPLOYEE_HOME_EARLY, earlyRestore } from './vite/earlyRestore.ts';
import { graphqlDocuments } from './vite/graphqlDocuments.ts';
import { inlineEntryCss } from './vite/inlineEntryCss.ts';
import { precompiledMessages } from './vite/precompiledMessages.ts';

// The SPA lives in frontend/: index.html here, sources in src/, output in dist/.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(root, 'dist');
/** Build facts for scripts/bundle-report.mjs and the e2e tests; outside dist/, so never embedded or served. */
const manifestFile = join(root, 'build', 'manifest.json');

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

/**
 * Vite writes its manifest to dist/.vite/manifest.json; the binary embeds all of dist/ and its SPA
 * handler would serve that file. Move it to frontend/build/ (gitignored) instead.
 */
function moveManifestOutOfDist(): Plugin {
  return {
    name: 'werkportaal:move-manifest',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? outDir;
      const written = join(dir, '.vite', 'manifest.json');
      if (!existsSync(written)) return;
      mkdirSync(dirname(manifestFile), { recursive: true });
      renameSync(written, manifestFile);
      rmSync(join(dir, '.vite'), { recursive: true, force: true });
    },
  };
}

/**
 * The libraries of every page: React, the router, react-intl and urql. Not
 * graphcache and the auth exchange: only a signed-in viewer's client uses them, a lazy chunk
 * (lib/graphql/signedInExchanges.ts).
 */
const vendor =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-intl|intl-messageformat|@formatjs[\\/][^\\/]+|urql|wonka|@urql[\\/](?!exchange-graphcache|exchange-auth)[^\\/]+|@0no-co[\\/]graphql\.web)[\\/]/;

/**
 * The modules of src/ that the staff area and the employee area both load (sign-in, session,
 * GraphQL client, form texts, the sign-out button), by path up to the extension's dot: one chunk
 * instead of the four small ones the automatic split made of them. A module both areas start to use lands in a
 * small chunk of its own until it is added here (the bundle report counts the sign-in page's files).
 */
const shared = [
  'lib/graphql/errors.',
  'lib/graphql/persisted.',
  'lib/graphql/client.',
  'lib/graphql/signedInExchanges.',
  'lib/session/registry.',
  'lib/session/SessionContext.',
  'lib/session/session.graphql.',
  'lib/session/SessionStore.',
  'lib/forms/useFieldErrors.',
  'lib/forms/formText.',
  'i18n/chunkMessages.',
  'gql/fragment-masking.',
  'components/LogoutButton.',
  'components/BusyButton.',
  'components/useDocumentTitle.',
  'components/forms.module.',
];

/** The lazy area chunks that index.html should name for their paths (frontend/embed.go). */
const areas: Record<string, string | string[]> = {
  '/werknemer': 'src/features/employee-auth/EmployeeArea.tsx',
  // The public pages a mail or the sign-in page links to are lazy chunks of their own.
  '/werknemer/uitnodiging': ['src/features/employee-auth/EmployeeArea.tsx', 'src/features/employee-invitation/InvitationPage.tsx'],
  '/werknemer/problemen-met-inloggen': ['src/features/employee-auth/EmployeeArea.tsx', 'src/features/employee-recovery/LoginHelpPage.tsx'],
  '/werknemer/wachtwoord-herstellen': ['src/features/employee-auth/EmployeeArea.tsx', 'src/features/employee-recovery/ResetPasswordPage.tsx'],
  '/inloggen': 'src/features/auth/StaffArea.tsx',
  '/beheer': 'src/features/auth/StaffArea.tsx',
};

export default defineConfig({
  root,
  plugins: [
    graphqlDocuments({ gqlDir: join(root, 'src', 'gql') }),
    precompiledMessages(),
    react(),
    areaPreloads({ root, areas }),
    // After a reload of the employee's home, index.html itself asks for the session and the home's data
    // while the chunks load.
    earlyRestore({ root, gqlDir: join(root, 'src', 'gql'), ...EMPLOYEE_HOME_EARLY, named: [areas[EMPLOYEE_HOME_EARLY.path] ?? []].flat() }),
    // The entry's style sheets inline in index.html.
    inlineEntryCss(),
    keepDistDir(),
    moveManifestOutOfDist(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    manifest: true,
    // No polyfill for <link rel="modulepreload">: every browser of the build target but Safari 16 and
    // Firefox before 115 knows it, and there it only means a later fetch. Its half KB is in the entry
    // chunk of every page, the employee sign-in page too (R24, scripts/bundle-report.mjs).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Few, larger chunks for what every page loads first. On HTTP/1.1 a browser opens six
        // connections to a host; the sign-in page's first round was fourteen files (the entry, the
        // area, four library chunks, three small shared ones, the runtime, four style sheets), so
        // the React chunk waited for a free connection (Lighthouse's simulated phone: 1.95 s to the
        // first paint; as two chunks and the entry's style sheets inline, 1.65 s). Libraries only some pages use
        // (react-aria-components) are left to the automatic split, so admin-only parts stay out of
        // the employee pages. Each group takes the modules it names and, unless a group of higher
        // priority has them, what they import.
        codeSplitting: {
          groups: [
            { name: 'vendor', priority: 2, test: (id) => vendor.test(id) },
            { name: 'app', priority: 1, test: (id) => shared.some((m) => id.replaceAll('\\', '/').includes(`/frontend/src/${m}`)) },
          ],
        },
      },
    },
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
    // Room for the 5 s waits of setup.ts on a loaded machine.
    testTimeout: 20_000,
    // Vitest would otherwise keep its cache in frontend/node_modules; cacheDir above is the one place.
    cache: false,
    // react-aria-components is some five hundred small ES modules; loaded one by one they cost
    // 1.5 s in every test file that shows a form. Pre-bundled once per run, 0.15 s.
    deps: { optimizer: { client: { enabled: true, include: ['react-aria-components'] } } },
    // The test files of a worker share one module graph and one jsdom: a fresh environment and
    // module graph per file cost four times the CPU of the tests themselves (364 s against 83 s of
    // CPU for the 99 files), and make test runs on two cores. The price is that no file may leave
    // state behind: setup.ts clears the body, focus, storage and sessions after every test, there
    // is no vi.mock (it would be module-wide), and the files pass in shuffled order
    // (--sequence.shuffle.files).
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
