import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { mergeCatalogues } from './catalogue';
import { useLocale } from './LocaleProvider';

type Catalogue = Record<string, string>;

/**
 * Texts that travel with a lazy chunk instead of the entry bundle (the admin area, the portal's content
 * pages): pass the chunk's `import.meta.glob` of Dutch catalogues (eager) and of English ones (lazy).
 * The Dutch texts are merged over the app's at once; English is fetched the first time someone chooses
 * it, and until it arrives the Dutch text shows.
 */
export function chunkMessages(dutchFiles: Record<string, Catalogue>, englishFiles: Record<string, () => Promise<Catalogue>>) {
  const dutch = mergeCatalogues(dutchFiles);
  let english: Catalogue | null = null;
  let englishLoading: Promise<Catalogue> | null = null;
  const loadEnglish = () =>
    (englishLoading ??= Promise.all(Object.entries(englishFiles).map(async ([path, load]) => [path, await load()] as const)).then(
      (entries) => (english = mergeCatalogues(Object.fromEntries(entries))),
    ));

  /** The chunk's catalogues merged over the app's, in the chosen language. */
  function useMessages(): Record<string, string> {
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

  /** Provides the chunk's texts to everything inside it. */
  function Messages({ children }: { children: ReactNode }) {
    const intl = useIntl();
    const messages = useMessages();
    return (
      <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
        {children}
      </IntlProvider>
    );
  }

  return { Messages, useMessages };
}
