import { Button } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { LOCALES, type Locale } from './locale';
import { useLocale } from './LocaleProvider';
import styles from './LanguageSwitcher.module.css';

export interface LanguageSwitcherProps {
  /** Called with the language the user chose, after the page switched to it (e.g. to save it). */
  onChange?: ((locale: Locale) => void) | undefined;
}

/** Offers the other language, labelled in that language (“English” on a Dutch page and vice versa). */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const other: Locale = LOCALES.find((l) => l !== locale) ?? 'nl';

  const choose = async () => {
    await setLocale(other);
    onChange?.(other);
  };

  return (
    <Button className={styles.switcher} lang={other} onPress={() => void choose()}>
      {intl.formatMessage({ id: `language.${other}` })}
    </Button>
  );
}
