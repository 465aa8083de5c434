import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]messages\.[a-z]{2}\.json$/;
const PARSER = '@formatjs/icu-messageformat-parser';

/**
 * Ships the message catalogues (every `messages.<lang>.json`) parsed: each ICU text becomes the AST
 * react-intl would otherwise build in the browser, and the ICU parser is replaced by formatjs's
 * `no-parser` build, which has the types and helpers but no parser.
 *
 * Why: the parser (with its number and date skeleton parser) is some 7 KB gzip of the JavaScript
 * every page needs before it renders — the employee sign-in page too (R24, scripts/bundle-report.mjs)
 * — and parsing every text again on each phone is work done at build time once. This is formatjs's
 * own recipe ("precompile messages", `formatjs compile --ast`) without its CLI.
 *
 * Build only: the dev server and vitest keep the texts as strings and the full parser, so a test
 * still reads a catalogue as text. All texts the app formats come from these files, so no string
 * reaches the missing parser; an unparsable text fails the build here instead of on a phone.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'werkportaal:precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    config() {
      return { resolve: { alias: [{ find: new RegExp(`^${PARSER}$`), replacement: `${PARSER}/no-parser.js` }] } };
    },
    transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const catalogue = JSON.parse(code) as Record<string, string>;
      const parsed: Record<string, unknown> = {};
      for (const [messageId, text] of Object.entries(catalogue)) {
        try {
          parsed[messageId] = parse(text);
        } catch (error) {
          this.error(`${id}: message "${messageId}" is no valid ICU message: ${String(error)}`);
        }
      }
      // Still JSON: Vite's JSON plugin turns it into the module as before.
      return { code: JSON.stringify(parsed), map: null };
    },
  };
}
