import { describe, expect, it } from 'vitest';
import { dutchMessages } from './catalogue';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, getInitialLocale, loadMessages, persistLocale } from './locale';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const brokenStorage = {
  getItem: (): string | null => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('getInitialLocale', () => {
  it('defaults to Dutch', () => {
    expect(DEFAULT_LOCALE).toBe('nl');
    expect(getInitialLocale(memoryStorage())).toBe('nl');
    expect(getInitialLocale(null)).toBe('nl');
  });

  it('uses a stored supported choice', () => {
    expect(getInitialLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' }))).toBe('en');
  });

  it.each(['de', 'EN', 'en-GB', ''])('ignores the unsupported stored value %j', (value) => {
    expect(getInitialLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: value }))).toBe('nl');
  });

  it('survives storage that throws', () => {
    expect(getInitialLocale(brokenStorage)).toBe('nl');
  });

  it('reads window.localStorage by default', () => {
    window.localStorage.setItem('wp.locale', 'en');
    expect(getInitialLocale()).toBe('en');
  });
});

describe('persistLocale', () => {
  it('stores the choice under wp.locale', () => {
    const storage = memoryStorage();
    persistLocale('en', storage);
    expect(storage.values.get('wp.locale')).toBe('en');
    expect(getInitialLocale(storage)).toBe('en');
  });

  it('does not throw when storage is unavailable', () => {
    expect(() => persistLocale('en', brokenStorage)).not.toThrow();
  });
});

describe('loadMessages', () => {
  it('loads English with Dutch as the fallback', async () => {
    const messages = await loadMessages('en');
    expect(messages['employeeAuth.login.submit']).toBe('Sign in');
    expect(messages['error.EMAIL_REQUIRED']).toBe('No e-mail address is known. Enter an e-mail address first.');
    expect(await loadMessages('nl')).toBe(dutchMessages);
  });
});
