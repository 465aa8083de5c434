import type { Key } from 'react-aria-components';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import styles from './ui.module.css';

export interface SelectOption<K extends string> {
  id: K;
  label: string;
}

export interface SelectFieldProps<K extends string> {
  label: string;
  options: ReadonlyArray<SelectOption<K>>;
  value: K;
  onChange: (value: K) => void;
  description?: string;
  isDisabled?: boolean;
}

/** A React Aria Select with a visible label and a list of plain options. */
export function SelectField<K extends string>({ label, options, value, onChange, description, isDisabled }: SelectFieldProps<K>) {
  return (
    <Select
      className={styles.field}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
      isDisabled={isDisabled ?? false}
    >
      <Label className={styles.label}>{label}</Label>
      <Button className={styles.selectButton}>
        <SelectValue className={styles.selectValue} />
        <span aria-hidden="true">▾</span>
      </Button>
      {description && (
        <Text slot="description" className={styles.description}>
          {description}
        </Text>
      )}
      <Popover className={styles.popover}>
        <ListBox className={styles.listBox} items={options}>
          {(option) => (
            <ListBoxItem className={styles.option} id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
