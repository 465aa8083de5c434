import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { LOCALES, type Locale } from './locale';
import { useLocale } from './LocaleProvider';
import styles from './LanguageSwitcher.module.css';

/** Offers the other language, labelled in that language (“English” on a Dutch page and vice versa). */
export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const other: Locale = LOCALES.find((l) => l !== locale) ?? 'nl';

  return (
    <Button className={styles.switcher} lang={other} onPress={() => void setLocale(other)}>
      {intl.formatMessage({ id: `language.${other}` })}
    </Button>
  );
}
