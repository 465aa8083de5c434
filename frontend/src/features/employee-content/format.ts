import type { IntlShape } from 'react-intl';

/*
 * How the content pages write money, dates and hours, through react-intl so English works
 * too. Dutch: € 1.234,56 and € -12,50 (Intl's nl-NL currency format), 24 november 2026.
 */

type Formatter = Pick<IntlShape, 'formatNumber' | 'formatDate'>;

/** Money is integer euro cents in the API. */
export function formatEuro(intl: Formatter, cents: number): string {
  return intl.formatNumber(cents / 100, { style: 'currency', currency: 'EUR' });
}

/** Whole euros for chart axes: € 4.000. */
export function formatWholeEuro(intl: Formatter, euros: number): string {
  return intl.formatNumber(euros, { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
}

const LONG_DATE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** A calendar date of the API (YYYY-MM-DD): 24 november 2026. */
export function formatDay(intl: Formatter, isoDate: string): string {
  return intl.formatDate(isoDate, LONG_DATE);
}

/** A moment (the API's Time), as the clock in the Netherlands showed it: 24 november 2026 om 09:05. */
export function formatMoment(intl: Formatter, isoTime: string): string {
  return intl.formatDate(isoTime, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

/** The date of a moment in the Netherlands: 24 november 2026. */
export function formatMomentDay(intl: Formatter, isoTime: string): string {
  return intl.formatDate(isoTime, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

/** True for a real calendar date written YYYY-MM-DD (what <input type="date"> gives). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A pay period: november 2026 (a month) or periode 10 2026 (four weeks). */
export interface PeriodLike {
  periodType: 'MONTH' | 'FOUR_WEEKS';
  year: number;
  period: number;
}

type PeriodFormatter = Formatter & Pick<IntlShape, 'formatMessage'>;

export function formatPeriod(intl: PeriodFormatter, p: PeriodLike): string {
  if (p.periodType === 'MONTH' && p.period >= 1 && p.period <= 12) {
    return intl.formatDate(Date.UTC(p.year, p.period - 1, 1), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return intl.formatMessage({ id: 'employeeContent.period.fourWeeks' }, { period: p.period, year: p.year });
}
