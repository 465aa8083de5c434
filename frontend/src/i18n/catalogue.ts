/**
 * The message catalogue is split by folder: every feature (and the shared folders components/, lib/*,
 * i18n/) keeps its own `messages.nl.json` (Dutch, the source) and `messages.en.json`, next to a
 * `messages.ts` that registers the Dutch file's ids here for the type checker:
 *
 *     import type nl from './messages.nl.json';
 *     declare module '../../i18n/catalogue' {
 *       interface MessageCatalogues { 'employee-auth': typeof nl }
 *     }
 *
 * So two people adding texts to different features never edit the same file. Ids are global and must
 * not collide; by convention they start with the feature's prefix (`employeeAuth.…`, `admin.…`).
 * catalogue.test.ts checks collisions, the English counterparts and their placeholders.
 */

// Augmented by every messages.ts; the key is only a name for the catalogue.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty on purpose: declaration merging fills it
export interface MessageCatalogues {}

type Catalogue = Record<string, string>;

/** Every message id of every catalogue. */
export type MessageId = {
  [Name in keyof MessageCatalogues]: keyof MessageCatalogues[Name] & string;
}[keyof MessageCatalogues];

export type Messages = Record<MessageId, string>;

/*
 * Which catalogues this module merges: those every page may need — the shared folders (i18n/,
 * components/, lib/) and the employee sign-in (features/employee-auth). Dutch ships with the entry
 * chunk (it is the source language and the default); English is fetched when someone chooses it.
 *
 * Every other text travels with the lazy chunk that shows it, so the employee sign-in page downloads
 * only its own (R24: its JavaScript budget, scripts/bundle-report.mjs):
 * - the staff area (features/auth): auth/StaffMessages.tsx, auth/recovery/RecoveryMessages.tsx and
 *   auth/secondfactor/SecondFactorMessages.tsx;
 * - the admin area (every other feature folder): admin/AdminMessages.tsx;
 * - the portal's content pages and the account page (employee-content, employee-portal):
 *   employee-content/ContentMessages.tsx;
 * - the employee's public pages behind the sign-in page's links: employee-invitation/
 *   InvitationMessages.tsx and employee-recovery/RecoveryMessages.tsx;
 * - shared pieces only those chunks show (components/password, components/calendar, lib/download,
 *   employee-username) come with each chunk that uses them, and so do the error texts of the signed-in
 *   pages' own codes (lib/graphql/domain: leave, absence, claims, admin tasks …).
 * catalogue.test.ts checks all catalogues, wherever they are loaded.
 */
const dutchCatalogues = import.meta.glob<Catalogue>(
  [
    './messages.nl.json',
    '../components/**/messages.nl.json',
    '../lib/**/messages.nl.json',
    '../features/employee-auth/messages.nl.json',
    '!../components/password/**',
    '!../components/calendar/**',
    '!../lib/download/**',
    '!../lib/graphql/domain/**',
  ],
  { eager: true, import: 'default' },
);
const englishCatalogues = import.meta.glob<Catalogue>(
  [
    './messages.en.json',
    '../components/**/messages.en.json',
    '../lib/**/messages.en.json',
    '../features/employee-auth/messages.en.json',
    '!../components/password/**',
    '!../components/calendar/**',
    '!../lib/download/**',
    '!../lib/graphql/domain/**',
  ],
  { import: 'default' },
);

/** Merges catalogues; an id defined twice is a bug (catalogue.test.ts fails on it too). */
export function mergeCatalogues(catalogues: Record<string, Catalogue>): Record<string, string> {
  const merged: Record<string, string> = {};
  const origin: Record<string, string> = {};
  for (const [path, catalogue] of Object.entries(catalogues)) {
    for (const [id, text] of Object.entries(catalogue)) {
      if (Object.hasOwn(merged, id) && import.meta.env.DEV) {
        console.error(`message id "${id}" is defined in ${origin[id]} and in ${path}`);
      }
      merged[id] = text;
      origin[id] = path;
    }
  }
  return merged;
}

export const dutchMessages = mergeCatalogues(dutchCatalogues) as Messages;

export async function loadEnglishMessages(): Promise<Partial<Messages>> {
  const entries = await Promise.all(
    Object.entries(englishCatalogues).map(async ([path, load]) => [path, await load()] as const),
  );
  return mergeCatalogues(Object.fromEntries(entries));
}

/** The catalogue files merged here (the entry's share), for catalogue.test.ts. */
export const entryCatalogueFilesForTest = { nl: dutchCatalogues, en: englishCatalogues };
