import { useCallback, useMemo, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';

/** A field's message: its id, or its id and the values of its placeholders. */
export type FieldMessage = MessageId | { id: MessageId; values: Record<string, string | number> };

export type FieldErrors<F extends string> = Partial<Record<F, FieldMessage>>;

export interface FieldErrorsState<F extends string> {
  /** The message per field in error. */
  errors: FieldErrors<F>;
  /** The texts for React Aria's `<Form validationErrors>`, in the current language. */
  validationErrors: Record<string, string>;
  /** Replace all errors; `set({})` clears them. */
  set: (errors: FieldErrors<F>) => void;
  /** Replace all errors and put the focus in the first field with one; true when there is one. */
  show: (errors: FieldErrors<F>) => boolean;
  /** Drop the errors of these fields (a "fill this in" goes as soon as the user types there). */
  clear: (...fields: F[]) => void;
}

/**
 * The field errors of one form, kept as message ids so they follow a language switch. `inputs` are
 * the fields' inputs in the order of the form: `show` focuses the first one in error.
 */
export function useFieldErrors<F extends string>(inputs: Partial<Record<F, RefObject<HTMLElement | null>>> = {}): FieldErrorsState<F> {
  const intl = useIntl();
  const [errors, set] = useState<FieldErrors<F>>({});

  const validationErrors = useMemo(() => {
    const texts: Record<string, string> = {};
    for (const [field, message] of Object.entries<FieldMessage | undefined>(errors)) {
      if (typeof message === 'string') texts[field] = intl.formatMessage({ id: message });
      else if (message) texts[field] = intl.formatMessage({ id: message.id }, message.values);
    }
    return texts;
  }, [errors, intl]);

  const clear = useCallback((...fields: F[]) => {
    set((current) => {
      if (!fields.some((field) => current[field])) return current;
      const rest = { ...current };
      for (const field of fields) delete rest[field];
      return rest;
    });
  }, []);

  const show = (next: FieldErrors<F>) => {
    set(next);
    const first = (Object.keys(inputs) as F[]).find((field) => next[field]);
    if (first) inputs[first]?.current?.focus();
    return (Object.keys(next) as F[]).some((field) => next[field]);
  };

  return { errors, validationErrors, set, show, clear };
}
