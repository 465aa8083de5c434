/*
 * The checks of Salaris berekenen's fields, the same as the server's (server/portal/salary.go): hours
 * per week more than 0 and at most 60, a gross per period more than € 0 and at most € 1.000.000.
 * Amounts are typed the Dutch way (3.250,50 or 3250,50) or with a decimal point (3250.50).
 */

export const MAX_HOURS = 60;
export const MAX_GROSS_CENTS = 1_000_000_00;

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: 'format' | 'range' };

/** Hours per week as typed: "" (none), "32", "32,5", "36.25". */
export function parseWeekHours(text: string): Parsed<number> {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return { ok: true, value: null };
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return { ok: false, problem: 'format' };
  const hours = Number(`${match[1]}.${match[2] ?? '0'}`);
  if (hours <= 0 || hours > MAX_HOURS) return { ok: false, problem: 'range' };
  return { ok: true, value: hours };
}

/** A gross amount in euros as typed, in cents: "3.250,50", "3250,5", "3250.50", "€ 3.250". */
export function parseEuroCents(text: string): Parsed<number> {
  let value = text.trim().replace(/^€/, '').replace(/\s+/g, '');
  if (value === '') return { ok: true, value: null };
  // A comma is the decimal separator and dots group thousands (3.250,50); without a comma a point
  // followed by one or two digits at the end is a decimal point (3250.50), any other point groups.
  let decimals = '';
  const comma = /^(.*),(\d{1,2})$/.exec(value);
  const point = /^([^,]*)\.(\d{1,2})$/.exec(value);
  if (comma) [value, decimals] = [comma[1]!, comma[2]!];
  else if (point && !value.includes(',')) [value, decimals] = [point[1]!, point[2]!];
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(value)) return { ok: false, problem: 'format' };
  const cents = Number(value.replace(/\./g, '')) * 100 + Number(decimals.padEnd(2, '0') || '0');
  if (cents <= 0 || cents > MAX_GROSS_CENTS) return { ok: false, problem: 'range' };
  return { ok: true, value: cents };
}
