import { createContext, use, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { INTL_LOCALE, loadMessages, persistLocale, type Locale, type Messages } from './locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}

interface LocaleProviderProps {
  initialLocale: Locale;
  initialMessages: Messages;
  children: ReactNode;
}

export function LocaleProvider({ initialLocale, initialMessages, children }: LocaleProviderProps) {
  const [current, setCurrent] = useState({ locale: initialLocale, messages: initialMessages });

  // A layout effect, not a passive one: <html lang> changes in the same commit as the text, so a screen
  // reader (or a test) never meets English words under lang="nl".
  useLayoutEffect(() => {
    document.documentElement.lang = current.locale;
  }, [current.locale]);

  const setLocale = useCallback(async (locale: Locale) => {
    const messages = await loadMessages(locale);
    persistLocale(locale);
    setCurrent({ locale, messages });
  }, []);

  const value = useMemo(() => ({ locale: current.locale, setLocale }), [current.locale, setLocale]);

  return (
    <LocaleContext value={value}>
      <IntlProvider
        locale={INTL_LOCALE[current.locale]}
        defaultLocale={INTL_LOCALE.nl}
        messages={current.messages}
      >
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}
