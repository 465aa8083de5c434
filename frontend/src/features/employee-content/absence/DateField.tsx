import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import forms from '../../../components/forms.module.css';

interface DateFieldProps {
  name: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A date as the phone's own date picker asks it (<input type="date">, YYYY-MM-DD), in a React Aria
 * TextField so label, help text and error are linked the same way as every other field.
 */
export function DateField({ name, label, description, value, onChange, min, max, inputRef }: DateFieldProps) {
  return (
    <TextField name={name} type="date" value={value} onChange={onChange} isRequired className={forms.field}>
      <Label className={forms.label}>{label}</Label>
      <Input ref={inputRef} className={forms.input} min={min} max={max} />
      {description && (
        <Text slot="description" className={forms.description}>
          {description}
        </Text>
      )}
      <FieldError className={forms.fieldError} />
    </TextField>
  );
}
