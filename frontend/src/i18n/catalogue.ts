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
 * Which catalogues this module merges: the shared folders, the sign-in pages (features/auth) and the
 * employee area (features/employee-*). Dutch ships with the entry chunk (it is the source language
 * and the default); English is fetched when someone chooses it. The portal's content pages
 * (features/employee-content) are the exception: only signed-in employees need their texts, so that
 * folder's chunk brings them (employee-content/ContentMessages.tsx). Every other feature folder belongs
 * to the admin area, whose lazily loaded chunk brings its own catalogues (features/admin/
 * AdminMessages.tsx), so the employee pages never download admin texts (bundle budget).
 * catalogue.test.ts checks all catalogues, wherever they are loaded.
 */
const dutchCatalogues = import.meta.glob<Catalogue>(
  [
    './messages.nl.json',
    '../components/**/messages.nl.json',
    '../lib/**/messages.nl.json',
    '../features/auth/**/messages.nl.json',
    '../features/employee-*/**/messages.nl.json',
    // The content pages bring their own texts in their chunk (employee-content/ContentMessages.tsx),
    // and so do the staff's password pages (auth/recovery/RecoveryMessages.tsx) and the second factor
    // (auth/secondfactor/SecondFactorMessages.tsx).
    '!../features/employee-content/**',
    '!../features/auth/recovery/**',
    '!../features/auth/secondfactor/**',
  ],
  { eager: true, import: 'default' },
);
const englishCatalogues = import.meta.glob<Catalogue>(
  [
    './messages.en.json',
    '../components/**/messages.en.json',
    '../lib/**/messages.en.json',
    '../features/auth/**/messages.en.json',
    '../features/employee-*/**/messages.en.json',
    '!../features/employee-content/**',
    '!../features/auth/recovery/**',
    '!../features/auth/secondfactor/**',
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
