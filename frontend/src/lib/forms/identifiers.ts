/*
 * Identifiers of the preboarding checklist (R38) checked in the browser before they are sent, with the
 * rules of the server that checks them again: server/preboarding NormalBSN and server/payroll
 * NormalIBAN (any country, spaces only). Persoonsgegevens wijzigen (R37) checks IBANs by
 * server/datachange's stricter SEPA rule instead (lib/format/personalData.ts, which also groups them).
 */

/**
 * The BSN without spaces, dots and dashes when it passes the eleven test (elfproef): nine digits
 * with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 a multiple of 11 and not 0. Eight digits get a leading zero,
 * as on older documents. Null when it is no BSN.
 */
export function normalBsn(input: string): string | null {
  let s = input.trim().replace(/[ .-]/g, '');
  if (s.length === 8) s = `0${s}`;
  if (!/^\d{9}$/.test(s)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (i === 8 ? -1 : 9 - i) * Number(s[i]);
  return sum !== 0 && sum % 11 === 0 ? s : null;
}

/**
 * The IBAN in capitals without spaces when its check digits are right (ISO 13616): 15 to 34
 * letters and digits; the first four characters moved to the end, letters read as 10–35, the
 * number modulo 97 is 1. Null when it is no IBAN.
 */
export function normalIban(input: string): string | null {
  const s = input.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return null;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = Number(`${rest}${value}`) % 97;
  }
  return rest === 1 ? s : null;
}
