import type { PersonalDataField } from '../../gql/graphql';

/*
 * Personal data as *Persoonsgegevens wijzigen* (R37) shows and checks it, on the employee's page and
 * the staff's queue alike. The checks mirror server/datachange (check.go, normalize): the page can
 * point at a mistake before anything is sent, and the server stays the authority — its error codes
 * (INVALID_POSTCODE, INVALID_IBAN, INVALID_DATA_CHANGE with the field) say the same.
 */

/** A field's values as the API gives them; only the parts of the field are set. */
export interface DataValues {
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  iban: string;
  name: string;
}

export type DataPart = keyof DataValues;

/** The parts of each field, in the order of the form. */
export const FIELD_PARTS: Record<PersonalDataField, readonly DataPart[]> = {
  ADDRESS: ['street', 'postalCode', 'city'],
  PHONE: ['phone'],
  PRIVATE_EMAIL: ['email'],
  IBAN: ['iban'],
  EMERGENCY_CONTACT: ['name', 'phone'],
};

/** The IBAN length of every SEPA country (ISO 13616's registry), as server/datachange's sepaLengths. */
const SEPA_LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20,
  ES: 24, FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26,
  IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28,
  PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

/** An IBAN in its electronic format: upper case, without spaces, dashes or dots. */
export function compactIban(text: string): string {
  return text.replace(/[\s.-]/g, '').toUpperCase();
}

/** True when `text` is an IBAN of a SEPA country with the right length and ISO 13616 check digits (mod 97 = 1). */
export function isValidIban(text: string): boolean {
  const iban = compactIban(text);
  const length = SEPA_LENGTHS[iban.slice(0, 2)];
  if (!length || iban.length !== length || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return false;
  // Country and check digits to the end, letters as 10..35, the remainder taken digit by digit.
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** An IBAN in groups of four, as people read it: NL91 ABNA 0417 1643 00. */
export function groupIban(iban: string): string {
  return compactIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/** A Dutch postcode as 1234 AB, or null when `text` is not one (SA, SD and SS are never used). */
export function normalizePostcode(text: string): string | null {
  const m = /^([1-9][0-9]{3}) ?([A-Z]{2})$/.exec(text.trim().toUpperCase());
  if (!m || ['SA', 'SD', 'SS'].includes(m[2]!)) return null;
  return `${m[1]} ${m[2]}`;
}

/** Digits, spaces, dashes and brackets with an optional leading +, 9 to 20 characters (server/datachange validPhone). */
export function isValidPhone(text: string): boolean {
  return /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/.test(text.trim());
}

/** The server's rough check of a private e-mail address: one @, a dot after it, no spaces or separators. */
export function isValidEmail(text: string): boolean {
  const address = text.trim().toLowerCase();
  const at = address.indexOf('@');
  return (
    address.length <= 254 && at > 0 && address.indexOf('@', at + 1) < 0 && address.slice(at).includes('.') && !/[\s<>,;]/.test(address)
  );
}

/** The lines a field's values are shown in (empty when nothing is registered). */
export function valueLines(field: PersonalDataField, v: DataValues): string[] {
  switch (field) {
    case 'ADDRESS':
      return [v.street, [v.postalCode, v.city].filter(Boolean).join(' ')].filter(Boolean);
    case 'PHONE':
      return [v.phone].filter(Boolean);
    case 'PRIVATE_EMAIL':
      return [v.email].filter(Boolean);
    case 'IBAN':
      return v.iban ? [groupIban(v.iban)] : [];
    case 'EMERGENCY_CONTACT':
      return [v.name, v.phone].filter(Boolean);
  }
}
