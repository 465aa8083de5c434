import { useIntl } from 'react-intl';
import { LOCALES, type Locale } from './locale';
import { useLocale } from './LocaleProvider';
import styles from './LanguageSwitcher.module.css';

export interface LanguageSwitcherProps {
  /** Called with the language the user chose, after the page switched to it (e.g. to save it). */
  onChange?: ((locale: Locale) => void) | undefined;
}

/**
 * Offers the other language, labelled in that language (“English” on a Dutch page and vice versa).
 * A plain button: it is in the header of every page, so it is in the entry chunk, and React Aria's
 * press handling would add its weight to the sign-in pages' budget for nothing a button lacks.
 */
export function LanguageSwitcher({ onChange }: LanguageSwitcherProps) {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const other: Locale = LOCALES.find((l) => l !== locale) ?? 'nl';

  const choose = async () => {
    await setLocale(other);
    onChange?.(other);
  };

  return (
    <button type="button" className={styles.switcher} lang={other} onClick={() => void choose()}>
      {intl.formatMessage({ id: `language.${other}` })}
    </button>
  );
}
