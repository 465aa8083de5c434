import type { PersonalDataField, UserErrorCode } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { daysBetween } from '../../../lib/format/dates';
import {
  compactIban,
  FIELD_PARTS,
  isValidEmail,
  isValidIban,
  isValidPhone,
  normalizePostcode,
  type DataPart,
  type DataValues,
} from '../../../lib/format/personalData';
import { messageIdForUserErrorCode } from '../../../lib/graphql/errors';

/** The inputs of the change form; `form` is a problem of the request as a whole. */
export type FormField = DataPart | 'effectiveDate' | 'currentPassword' | 'form';

export type FormErrors = Partial<Record<FormField, MessageId>>;

/** How far ahead a change may take effect (server/datachange maxAhead). */
export const MAX_DAYS_AHEAD = 366;

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The message of a part that is missing or not well formed (also for the server's INVALID_DATA_CHANGE on that part). */
function partMessage(part: DataPart): MessageId {
  switch (part) {
    case 'postalCode':
      return 'error.INVALID_POSTCODE';
    case 'iban':
      return 'error.INVALID_IBAN';
    default:
      return `employeePersonalData.error.${part}`;
  }
}

/** The values as the server will store them, to tell "nothing changes" before it is sent. */
function normalized(field: PersonalDataField, v: DataValues): string[] {
  return FIELD_PARTS[field].map((part) => {
    const text = v[part].trim();
    if (part === 'postalCode') return normalizePostcode(text) ?? text;
    if (part === 'iban') return compactIban(text);
    if (part === 'email') return text.toLowerCase();
    return text;
  });
}

/**
 * The form's problems before it is sent, as server/datachange would find them: a Dutch postcode, a
 * SEPA IBAN (ISO 13616), a phone number, an e-mail address, the date today or within a year, the
 * password for an IBAN, and something that actually changes.
 */
export function checkChange(
  field: PersonalDataField,
  values: DataValues,
  current: DataValues,
  effectiveDate: string,
  password: string,
  today: string,
): FormErrors {
  const errors: FormErrors = {};
  for (const part of FIELD_PARTS[field]) {
    const text = values[part].trim();
    const ok =
      part === 'postalCode'
        ? normalizePostcode(text) !== null
        : part === 'iban'
          ? isValidIban(text)
          : part === 'phone'
            ? isValidPhone(text)
            : part === 'email'
              ? isValidEmail(text)
              : text !== '';
    if (!ok) errors[part] = partMessage(part);
  }
  if (effectiveDate !== '') {
    if (!WHOLE_DATE.test(effectiveDate)) errors.effectiveDate = 'employeePersonalData.error.dateFormat';
    else {
      const ahead = daysBetween(today, effectiveDate);
      if (ahead < 0 || ahead > MAX_DAYS_AHEAD) errors.effectiveDate = 'employeePersonalData.error.date';
    }
  }
  if (field === 'IBAN' && password === '') errors.currentPassword = 'employeePersonalData.error.password';
  if (Object.keys(errors).length === 0 && normalized(field, values).join('\n') === normalized(field, current).join('\n')) {
    errors.form = 'employeePersonalData.error.same';
  }
  return errors;
}

/** Where the server's refusal belongs in the form, and its words. */
export function serverError(code: UserErrorCode, path: readonly string[] | null | undefined): { field: FormField; message: MessageId } {
  const at = path?.at(-1);
  switch (code) {
    case 'INVALID_POSTCODE':
      return { field: 'postalCode', message: 'error.INVALID_POSTCODE' };
    case 'INVALID_IBAN':
      return { field: 'iban', message: 'error.INVALID_IBAN' };
    case 'CURRENT_PASSWORD_WRONG':
      return { field: 'currentPassword', message: 'error.CURRENT_PASSWORD_WRONG' };
    // R13, R37: too many password attempts (or the account locked): the password was not checked.
    case 'PASSWORD_ATTEMPTS_EXCEEDED':
      return { field: 'currentPassword', message: 'error.PASSWORD_ATTEMPTS_EXCEEDED' };
    case 'INVALID_DATA_CHANGE':
      if (at === 'effectiveDate') return { field: 'effectiveDate', message: 'employeePersonalData.error.date' };
      if (at === 'street' || at === 'city' || at === 'phone' || at === 'email' || at === 'name') return { field: at, message: partMessage(at) };
      if (at === 'field') return { field: 'form', message: 'employeePersonalData.error.same' };
      return { field: 'form', message: 'error.INVALID_DATA_CHANGE' };
    default:
      return { field: 'form', message: messageIdForUserErrorCode(code) };
  }
}
