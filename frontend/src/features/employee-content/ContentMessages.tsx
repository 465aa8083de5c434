import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { mergeCatalogues } from '../../i18n/catalogue';
import { useLocale } from '../../i18n/LocaleProvider';

type Catalogue = Record<string, string>;

/*
 * The texts of the portal's content pages (this folder and its subfolders). Unlike the other
 * features/employee-* texts they are not in the entry chunk (i18n/catalogue.ts leaves this folder
 * out): the employee sign-in page has a budget of 170 KB gzip (scripts/bundle-report.mjs), and these
 * texts are only needed once someone is signed in. Imported here, the Dutch catalogues land in the
 * chunk the content pages share; English is fetched when chosen. catalogue.test.ts checks them like
 * every other catalogue (English twin, placeholders, collisions, messages.ts).
 */
const dutch = mergeCatalogues(import.meta.glob<Catalogue>('./**/messages.nl.json', { eager: true, import: 'default' }));
const englishFiles = import.meta.glob<Catalogue>('./**/messages.en.json', { import: 'default' });

let english: Catalogue | null = null;
let englishLoading: Promise<Catalogue> | null = null;
function loadEnglish(): Promise<Catalogue> {
  englishLoading ??= Promise.all(Object.entries(englishFiles).map(async ([path, load]) => [path, await load()] as const)).then(
    (entries) => (english = mergeCatalogues(Object.fromEntries(entries))),
  );
  return englishLoading;
}

/** The content pages' catalogues merged over the app's, in the chosen language (Dutch until English arrives). */
function useContentMessages(): Record<string, string> {
  const intl = useIntl();
  const { locale } = useLocale();
  const [loaded, setLoaded] = useState<Catalogue | null>(english);
  useEffect(() => {
    if (locale !== 'en' || loaded) return;
    let current = true;
    void loadEnglish().then((messages) => current && setLoaded(messages));
    return () => {
      current = false;
    };
  }, [locale, loaded]);
  const parent = intl.messages as Record<string, string>;
  return useMemo(() => ({ ...parent, ...dutch, ...(locale === 'en' && loaded ? loaded : {}) }), [parent, locale, loaded]);
}

/** Provides the content pages' texts to everything inside it. */
export function ContentMessages({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const messages = useContentMessages();
  return (
    <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
      {children}
    </IntlProvider>
  );
}
