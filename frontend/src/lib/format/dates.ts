/*
 * Calendar arithmetic on GraphQL `Date` values (YYYY-MM-DD, a day without a zone), for the staff and
 * the employee pages. Days are counted on UTC midnights so that summer time never makes a day 23 or
 * 25 hours long.
 */

function dayNumber(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

/** Today in the browser's own calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** True when the day `value` is after today (e.g. a payslip the employee does not see yet). */
export function isAfterToday(value: string, today: string): boolean {
  return daysBetween(today, value) > 0;
}
