import { useIntl } from 'react-intl';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { SearchIcon } from './icons';
import styles from './ui.module.css';

export interface SearchInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  placeholder?: string;
  /** Hide the label visually (it stays the accessible name). */
  hideLabel?: boolean;
}

/** A React Aria SearchField with a search icon and a clear button (Escape clears too). */
export function SearchInput({ label, value, onChange, description, placeholder, hideLabel }: SearchInputProps) {
  const intl = useIntl();
  return (
    <SearchField className={styles.searchField} value={value} onChange={onChange} maxLength={100}>
      <Label className={hideLabel ? styles.visuallyHidden : styles.label}>{label}</Label>
      <div className={styles.searchBox}>
        <SearchIcon className={styles.searchIcon} />
        <Input className={styles.searchInput} placeholder={placeholder} autoComplete="off" spellCheck={false} />
        <Button className={styles.searchClear} aria-label={intl.formatMessage({ id: 'adminUi.search.clear' })}>
          ×
        </Button>
      </div>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
    </SearchField>
  );
}
