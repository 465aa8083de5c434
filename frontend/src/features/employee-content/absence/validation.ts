import { isIsoDate } from '../format';

/*
 * The checks of the sick and recovery forms, the same as the server's (server/sick/sick.go), so the
 * employee hears at once what is wrong: the first sick day is not after today, hours worked are 0–24
 * (a decimal comma or point, at most two decimals), recovery is not before the first sick day.
 */

export type HoursOutcome = { ok: true; hours: number | null } | { ok: false; problem: 'format' | 'range' };

/** Hours worked as typed: "" (none), "4", "2,5", "2.5", ",5". */
export function parseHours(text: string): HoursOutcome {
  const value = text.trim().replace(/\s+/g, '');
  if (value === '') return { ok: true, hours: null };
  const match = /^(\d{1,3})?(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, problem: 'format' };
  const hours = Number(`${match[1] ?? '0'}.${match[2] ?? '0'}`);
  if (hours < 0 || hours > 24) return { ok: false, problem: 'range' };
  return { ok: true, hours };
}

export type FirstSickDayProblem = 'required' | 'invalid' | 'future';

/** What is wrong with a first sick day (YYYY-MM-DD), given today's date; null when nothing. */
export function firstSickDayProblem(value: string, today: string): FirstSickDayProblem | null {
  if (value.trim() === '') return 'required';
  if (!isIsoDate(value)) return 'invalid';
  return value > today ? 'future' : null;
}

export type RecoveryDateProblem = 'required' | 'invalid' | 'beforeFirstSickDay';

/** What is wrong with a recovery date, given the open report's first sick day; null when nothing. */
export function recoveryDateProblem(value: string, firstSickDay: string): RecoveryDateProblem | null {
  if (value.trim() === '') return 'required';
  if (!isIsoDate(value)) return 'invalid';
  return value < firstSickDay ? 'beforeFirstSickDay' : null;
}

export type WorkResumedOutcome =
  | { ok: true; percentage: number; hoursPerWeek?: undefined }
  | { ok: true; hoursPerWeek: number; percentage?: undefined }
  | { ok: false; problem: 'required' | 'format' | 'range' };

/**
 * How much the employee works again after a partial recovery, as typed: a whole percentage of 1–99,
 * or hours a week above 0 and at most 80 (a decimal comma or point) — the server's checks.
 */
export function parseWorkResumed(text: string, unit: 'percentage' | 'hours'): WorkResumedOutcome {
  const value = text.trim().replace(/\s+/g, '').replace(/%$/, '');
  if (value === '') return { ok: false, problem: 'required' };
  if (unit === 'percentage') {
    if (!/^\d{1,3}$/.test(value)) return { ok: false, problem: 'format' };
    const percentage = Number(value);
    return percentage >= 1 && percentage <= 99 ? { ok: true, percentage } : { ok: false, problem: 'range' };
  }
  const match = /^(\d{1,3})?(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, problem: 'format' };
  const hoursPerWeek = Number(`${match[1] ?? '0'}.${match[2] ?? '0'}`);
  return hoursPerWeek > 0 && hoursPerWeek <= 80 ? { ok: true, hoursPerWeek } : { ok: false, problem: 'range' };
}
