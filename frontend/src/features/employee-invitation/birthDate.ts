/*
 * The birth date of the invitation's control question (R4), asked in Dutch order: dag, maand, jaar
 * (dd-mm-jjjj), in three number fields that bring up the phone's number keyboard. The server wants
 * YYYY-MM-DD.
 */
import { todayIso } from '../../lib/format/dates';

import type { DatePart, DateParts } from '../../components/ui/dateParts';

export { formatDutchDate, splitDutchDate, type DatePart, type DateParts } from '../../components/ui/dateParts';

export type BirthDateError =
  /** Nothing filled in. */
  | 'required'
  /** Some parts missing. */
  | 'incomplete'
  | 'invalidDay'
  | 'invalidMonth'
  /** Not four digits, or before 1900. */
  | 'invalidYear'
  /** E.g. 31-02-1990. */
  | 'notADate'
  | 'inFuture';

export type BirthDateResult = { ok: true; iso: string } | { ok: false; error: BirthDateError; part: DatePart };

const digits = (s: string) => s.replace(/\s+/g, '');

/** Checks the three parts and gives the ISO date the server wants, or what is wrong and where. */
export function parseBirthDate(parts: DateParts, today: Date = new Date()): BirthDateResult {
  const day = digits(parts.day);
  const month = digits(parts.month);
  const year = digits(parts.year);
  if (!day && !month && !year) return { ok: false, error: 'required', part: 'day' };
  if (!day || !month || !year) return { ok: false, error: 'incomplete', part: !day ? 'day' : !month ? 'month' : 'year' };
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return { ok: false, error: 'invalidDay', part: 'day' };
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return { ok: false, error: 'invalidMonth', part: 'month' };
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) return { ok: false, error: 'invalidYear', part: 'year' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > lastDay) return { ok: false, error: 'notADate', part: 'day' };
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (iso > todayIso(today)) return { ok: false, error: 'inFuture', part: 'year' };
  return { ok: true, iso };
}
