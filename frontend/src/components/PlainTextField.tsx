import { useId, type Ref } from 'react';
import forms from './forms.module.css';

export interface PlainTextFieldProps {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'email';
  autoComplete?: string;
  isRequired?: boolean;
  /** Usernames, codes and e-mail addresses: no auto-capitalisation, correction or spell check. */
  verbatim?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  value?: string;
  onChange?: (value: string) => void;
  /** The field's error, shown under it and announced with it (aria-describedby); none when valid. */
  errorMessage?: string | undefined;
}

/**
 * TextInputField's look and semantics without React Aria, for the pages whose JavaScript budget
 * counts (the employee sign-in page, R24: React Aria's field, form and interaction code is some
 * 15 KB gzip there). What React Aria's TextField gives is kept: the label names the input
 * (for + aria-labelledby), a required field says so (aria-required, no native bubble), and the error
 * is tied to the field (aria-invalid, aria-describedby). Pages with richer fields use TextInputField.
 */
export function PlainTextField({
  name,
  label,
  type = 'text',
  autoComplete,
  isRequired = false,
  verbatim = false,
  inputRef,
  value,
  onChange,
  errorMessage,
}: PlainTextFieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  return (
    <div className={forms.field} data-invalid={errorMessage ? true : undefined}>
      <label id={labelId} htmlFor={id} className={forms.label}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        className={forms.input}
        autoComplete={autoComplete}
        aria-labelledby={labelId}
        aria-required={isRequired || undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={errorMessage ? errorId : undefined}
        data-invalid={errorMessage ? true : undefined}
        {...(verbatim ? { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } : {})}
        {...(value !== undefined ? { value } : {})}
        onChange={(event) => onChange?.(event.currentTarget.value)}
      />
      {errorMessage && (
        <span id={errorId} className={forms.fieldError}>
          {errorMessage}
        </span>
      )}
    </div>
  );
}
