import { parseDate, type CalendarDate } from '@internationalized/date';
import { useId, useImperativeHandle, useRef, useState, type ChangeEvent, type ClipboardEvent, type KeyboardEvent, type Ref, type RefObject } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  Dialog,
  DialogTrigger,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import { useIntl } from 'react-intl';
import { datePartsValue, isoDateParts, splitDutchDate, type DatePart, type DateParts } from './dateParts';
import styles from './dateInput.module.css';

const PARTS: Array<{ part: DatePart; maxLength: number; autoComplete: string }> = [
  { part: 'day', maxLength: 2, autoComplete: 'day' },
  { part: 'month', maxLength: 2, autoComplete: 'month' },
  { part: 'year', maxLength: 4, autoComplete: 'year' },
];

export interface DatePartsFieldProps {
  /** The legend: what date this is ("Geboortedatum", "Eerste ziektedag"). */
  label: string;
  /** The line under the legend; default: "dag, maand en jaar in cijfers". */
  hint?: string;
  /** The boxes are named `${name}-day`, `${name}-month`, `${name}-year`. */
  name: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** The message under the field, when the date is not right; `errorPart` gets the red border. */
  error?: string | null;
  errorPart?: DatePart | null;
  /** Receives the boxes, so the page can focus the one that needs attention. */
  inputRefs?: RefObject<Partial<Record<DatePart, HTMLInputElement | null>>>;
  /** Autofill of a birth date ("bday-day", …). */
  birthDate?: boolean;
  /** A calendar button beside the boxes (where picking helps: a day near today), within these bounds (YYYY-MM-DD). */
  calendar?: { min?: string | undefined; max?: string | undefined } | false;
}

/**
 * The one date input of the product (staff and employee alike): dag / maand / jaar (dd-mm-jjjj)
 * in three boxes with the phone's number keyboard, whatever the browser's locale. Forgiving:
 * a separator or the last digit of a part moves on to the next part, and a whole date typed or
 * pasted into any box ("17-03-1985", "17031985", "1985-03-17") fills all three. Optionally a
 * calendar (React Aria) to pick the day instead.
 */
export function DatePartsField({ label, hint, name, value, onChange, error, errorPart, inputRefs, birthDate, calendar }: DatePartsFieldProps) {
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

  const iso = datePartsValue(value);
  const picked = safeParse(iso);

  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className={styles.legend}>{label}</legend>
      <p id={hintId} className={styles.hint}>
        {hint ?? intl.formatMessage({ id: 'dateInput.hint' })}
      </p>
      <div className={styles.parts}>
        {PARTS.map(({ part, maxLength, autoComplete }) => {
          const inputId = `${id}-${part}`;
          const invalid = error && (errorPart === part || !errorPart) ? true : undefined;
          return (
            <div key={part} className={styles.part} data-part={part}>
              <label htmlFor={inputId} className={styles.partLabel}>
                {intl.formatMessage({ id: `dateInput.${part}` })}
              </label>
              <input
                id={inputId}
                ref={(element) => {
                  refs.current[part] = element;
                }}
                name={`${name}-${part}`}
                className={styles.input}
                type="text"
                inputMode="numeric"
                autoComplete={birthDate ? `bday-${autoComplete}` : 'off'}
                // Room for a pasted or typed whole date; handleChange keeps only the part's digits.
                maxLength={10}
                size={maxLength + 1}
                value={value[part]}
                onChange={handleChange(part, maxLength)}
                onPaste={handlePaste}
                onKeyDown={handleKeyDown(part)}
                aria-invalid={invalid}
                aria-describedby={error ? errorId : undefined}
                data-invalid={invalid}
              />
            </div>
          );
        })}
        {calendar && (
          <DialogTrigger>
            <Button className={styles.calendarButton} aria-label={intl.formatMessage({ id: 'dateInput.calendar' }, { label })}>
              <CalendarIcon />
            </Button>
            <Popover className={styles.popover} placement="bottom end">
              <Dialog className={styles.dialog} aria-label={intl.formatMessage({ id: 'dateInput.calendar' }, { label })}>
                {({ close }) => (
                  <I18nProvider locale={intl.locale}>
                    <Calendar
                      className={styles.calendar}
                      {...(picked ? { defaultValue: picked } : {})}
                      {...(safeParse(calendar.min ?? '') ? { minValue: safeParse(calendar.min ?? '')! } : {})}
                      {...(safeParse(calendar.max ?? '') ? { maxValue: safeParse(calendar.max ?? '')! } : {})}
                      onChange={(date) => {
                        onChange(isoDateParts(date.toString()));
                        close();
                        focusPart('year');
                      }}
                    >
                      <header className={styles.calendarHeader}>
                        <Button slot="previous" className={styles.calendarNav}>
                          ‹
                        </Button>
                        <Heading className={styles.calendarTitle} />
                        <Button slot="next" className={styles.calendarNav}>
                          ›
                        </Button>
                      </header>
                      <CalendarGrid className={styles.calendarGrid}>{(date) => <CalendarCell date={date} className={styles.calendarCell} />}</CalendarGrid>
                    </Calendar>
                  </I18nProvider>
                )}
              </Dialog>
            </Popover>
          </DialogTrigger>
        )}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function safeParse(iso: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

const CalendarIcon = () => (
  <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
    <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

export interface DateInputProps extends Omit<DatePartsFieldProps, 'value' | 'onChange' | 'errorPart' | 'inputRefs'> {
  /** The date as YYYY-MM-DD, or '' for none. */
  value: string;
  /**
   * Called with the ISO date when the boxes hold one that exists, '' when they are empty, and what
   * was typed in Dutch order otherwise (no ISO check accepts it: the form calls it invalid).
   */
  onChange: (value: string) => void;
  /** The day box, so the form can put the focus there when the date is wrong. */
  inputRef?: Ref<HTMLInputElement | null>;
}

/** DatePartsField for a form that keeps the date as YYYY-MM-DD. */
export function DateInput({ value, onChange, inputRef, ...rest }: DateInputProps) {
  const [parts, setParts] = useState<DateParts>(() => isoDateParts(value));
  const [seen, setSeen] = useState(value);
  const refs = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  // A new value from outside (a reset, a correction) replaces what the boxes hold; the value the
  // boxes themselves gave back does not, and a form that keeps only whole dates leaves them alone.
  if (value !== seen) {
    setSeen(value);
    if (datePartsValue(parts) !== value) setParts(isoDateParts(value));
  }
  useImperativeHandle<HTMLInputElement | null, HTMLInputElement | null>(inputRef, () => refs.current.day ?? null, []);
  return (
    <DatePartsField
      {...rest}
      value={parts}
      inputRefs={refs}
      onChange={(next) => {
        setParts(next);
        onChange(datePartsValue(next));
      }}
    />
  );
}
