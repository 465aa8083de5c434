import nl from './nl.json';

/** Dutch is the source language; every id exists in nl.json. */
export type MessageId = keyof typeof nl;
export type Messages = Record<MessageId, string>;

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
 * The catalogue for a locale. Dutch ships in the entry chunk; other languages are loaded on demand
 * and fall back to Dutch for any id they do not translate yet.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'nl':
      return nl;
    case 'en': {
      const en: Partial<Messages> = (await import('./en.json')).default;
      return { ...nl, ...en };
    }
  }
}
