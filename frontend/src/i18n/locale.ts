import { dutchMessages, loadEnglishMessages, type MessageId, type Messages } from './catalogue';

export type { MessageId, Messages };

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** localStorage key holding the user's language choice. */
export const LOCALE_STORAGE_KEY = 'wp.locale';

/** BCP 47 tag used for number and date formatting (`<html lang>` uses the short code). */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be blocked (privacy settings); the app then simply starts in Dutch.
    return null;
  }
}

/** The stored choice if it is a supported locale, otherwise Dutch. */
export function getInitialLocale(storage: KeyValueStorage | null = defaultStorage()): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function persistLocale(locale: Locale, storage: KeyValueStorage | null = defaultStorage()): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice is not worth bothering the user with.
  }
}

/**
 * The catalogue for a locale: every feature's messages merged (see catalogue.ts). Dutch ships in the
 * entry chunk; English is loaded on demand and falls back to Dutch for any id it does not translate.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'nl':
      return dutchMessages;
    case 'en':
      return { ...dutchMessages, ...(await loadEnglishMessages()) };
  }
}
