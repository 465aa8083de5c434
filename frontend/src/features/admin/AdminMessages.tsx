import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { mergeCatalogues } from '../../i18n/catalogue';
import { useLocale } from '../../i18n/LocaleProvider';

type Catalogue = Record<string, string>;

/*
 * The texts of the admin area: every feature folder except the sign-in pages (features/auth) and
 * the employee area (features/employee-*), whose texts ship in the entry chunk (i18n/catalogue.ts).
 * Imported here, the Dutch catalogues land in the admin chunk; English is fetched when chosen.
 */
const dutch = mergeCatalogues(
  import.meta.glob<Catalogue>(['../**/messages.nl.json', '!../auth/**', '!../employee-*/**'], { eager: true, import: 'default' }),
);
const englishFiles = import.meta.glob<Catalogue>(['../**/messages.en.json', '!../auth/**', '!../employee-*/**'], {
  import: 'default',
});

let englishLoaded: Promise<Catalogue> | null = null;
function loadEnglish(): Promise<Catalogue> {
  englishLoaded ??= Promise.all(Object.entries(englishFiles).map(async ([path, load]) => [path, await load()] as const)).then(
    (entries) => mergeCatalogues(Object.fromEntries(entries)),
  );
  return englishLoaded;
}

/** The admin area's catalogues merged over the app's, in the chosen language (Dutch until English arrives). */
export function useAdminMessages(): Record<string, string> {
  const intl = useIntl();
  const { locale } = useLocale();
  const [english, setEnglish] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (locale !== 'en' || english) return;
    let current = true;
    void loadEnglish().then((messages) => current && setEnglish(messages));
    return () => {
      current = false;
    };
  }, [locale, english]);
  const parent = intl.messages as Record<string, string>;
  return useMemo(() => ({ ...parent, ...dutch, ...(locale === 'en' && english ? english : {}) }), [parent, locale, english]);
}

/** Provides the admin area's texts to everything inside it. */
export function AdminMessages({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const messages = useAdminMessages();
  return (
    <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
      {children}
    </IntlProvider>
  );
}
