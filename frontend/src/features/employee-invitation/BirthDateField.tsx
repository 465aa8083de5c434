import { useId, useRef, type ChangeEvent, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';
import { splitDutchDate, type DatePart, type DateParts } from './birthDate';
import styles from './BirthDateField.module.css';

export interface BirthDateFieldProps {
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The message under the field, when the date is not right; `errorPart` gets the focus ring. */
  error?: string | null;
  errorPart?: DatePart | null;
  /** Receives the inputs, so the page can focus the one that needs attention. */
  inputRefs?: RefObject<Partial<Record<DatePart, HTMLInputElement | null>>>;
}

const PARTS: Array<{ part: DatePart; maxLength: number; autoComplete: string; labelId: MessageId }> = [
  { part: 'day', maxLength: 2, autoComplete: 'bday-day', labelId: 'employeeInvitation.birthDate.day' },
  { part: 'month', maxLength: 2, autoComplete: 'bday-month', labelId: 'employeeInvitation.birthDate.month' },
  { part: 'year', maxLength: 4, autoComplete: 'bday-year', labelId: 'employeeInvitation.birthDate.year' },
];

/**
 * Geboortedatum as dag / maand / jaar (dd-mm-jjjj), three fields with the phone's number keyboard.
 * Forgiving: typing a separator or the last digit of a part moves on to the next part, and a whole
 * date typed or pasted into any part ("17-03-1985", "17031985") fills all three.
 */
export function BirthDateField({ value, onChange, error, errorPart, inputRefs }: BirthDateFieldProps) {
  const intl = useIntl();
  const id = useId();
  const own = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  const refs = inputRefs ?? own;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const focusPart = (part: DatePart | undefined) => {
    if (!part) return;
    const input = refs.current[part];
    input?.focus();
    input?.select();
  };
  const nextOf = (part: DatePart) => PARTS[PARTS.findIndex((p) => p.part === part) + 1]?.part;

  const takeWholeDate = (text: string): boolean => {
    const whole = splitDutchDate(text);
    if (!whole) return false;
    onChange(whole);
    focusPart('year');
    return true;
  };

  const handleChange = (part: DatePart, maxLength: number) => (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.currentTarget.value;
    if (takeWholeDate(raw)) return;
    // A separator after the day or month means "next part".
    const separator = /[-/. ]$/.test(raw) && part !== 'year';
    const digitsOnly = raw.replace(/\D/g, '').slice(0, maxLength);
    onChange({ ...value, [part]: digitsOnly });
    const typedLast = (event.nativeEvent as InputEvent).inputType === 'insertText' && digitsOnly.length === maxLength;
    if ((separator && digitsOnly) || (typedLast && part !== 'year')) focusPart(nextOf(part));
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (takeWholeDate(event.clipboardData.getData('text'))) event.preventDefault();
  };

  const handleKeyDown = (part: DatePart) => (event: KeyboardEvent<HTMLInputElement>) => {
    // Backspace in an empty part goes back to the previous one.
    if (event.key === 'Backspace' && event.currentTarget.value === '' && part !== 'day') {
      event.preventDefault();
      focusPart(PARTS[PARTS.findIndex((p) => p.part === part) - 1]?.part);
    }
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className={styles.legend}>{intl.formatMessage({ id: 'employeeInvitation.birthDate.label' })}</legend>
      <p id={hintId} className={styles.hint}>
        {intl.formatMessage({ id: 'employeeInvitation.birthDate.hint' })}
      </p>
      <div className={styles.parts}>
        {PARTS.map(({ part, maxLength, autoComplete, labelId }) => {
          const inputId = `${id}-${part}`;
          return (
            <div key={part} className={styles.part} data-part={part}>
              <label htmlFor={inputId} className={styles.partLabel}>
                {intl.formatMessage({ id: labelId })}
              </label>
              <input
                id={inputId}
                ref={(element) => {
                  refs.current[part] = element;
                }}
                name={`birthDate-${part}`}
                className={styles.input}
                type="text"
                inputMode="numeric"
                autoComplete={autoComplete}
                // Room for a pasted or typed whole date; handleChange keeps only the part's digits.
                maxLength={10}
                size={maxLength + 1}
                value={value[part]}
                onChange={handleChange(part, maxLength)}
                onPaste={handlePaste}
                onKeyDown={handleKeyDown(part)}
                aria-invalid={error && (errorPart === part || !errorPart) ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                data-invalid={error && (errorPart === part || !errorPart) ? true : undefined}
              />
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
