import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';
import forms from './forms.module.css';

export interface TextInputFieldProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  /** Help text under the field, linked with aria-describedby. */
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Usernames, codes and e-mail addresses: no auto-capitalisation, correction or spell check. */
  verbatim?: boolean;
}

/**
 * A labelled text field (React Aria) in the shared form style. Errors come from the surrounding
 * <Form validationErrors> or the field's own `validate`, and are announced with the field.
 */
export function TextInputField({ label, description, inputRef, verbatim = false, ...props }: TextInputFieldProps) {
  return (
    <TextField {...props} className={forms.field}>
      <Label className={forms.label}>{label}</Label>
      <Input
        ref={inputRef}
        className={forms.input}
        {...(verbatim ? { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } : {})}
      />
      {description && (
        <Text slot="description" className={forms.description}>
          {description}
        </Text>
      )}
      <FieldError className={forms.fieldError} />
    </TextField>
  );
}
