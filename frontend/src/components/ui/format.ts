import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * A GraphQL `Date` (YYYY-MM-DD, a calendar day without zone) as a local Date at midnight, so that
 * formatting never shifts it a day (new Date('2026-01-31') would be UTC midnight).
 */
export function parseCalendarDate(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** Date and time formatting in the user's language (Dutch: 24 november 2026, 14:05). */
export function useFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      /** A calendar day (`Date` scalar): 24 november 2026. */
      day: (value: string) => intl.formatDate(parseCalendarDate(value), { day: 'numeric', month: 'long', year: 'numeric' }),
      /** A calendar day, short: 24-11-2026. */
      dayShort: (value: string) => intl.formatDate(parseCalendarDate(value), { day: '2-digit', month: '2-digit', year: 'numeric' }),
      /** A point in time (`Time` scalar): 24 nov 2026, 14:05. */
      moment: (value: string) => intl.formatDate(new Date(value), { dateStyle: 'medium', timeStyle: 'short' }),
      /** A point in time with the weekday: dinsdag 24 november 2026 om 14:05. */
      momentLong: (value: string) => intl.formatDate(new Date(value), { dateStyle: 'full', timeStyle: 'short' }),
      /** Only the clock time: 14:05. */
      time: (value: string) => intl.formatTime(new Date(value), { timeStyle: 'short' }),
      number: (value: number) => intl.formatNumber(value),
    }),
    [intl],
  );
}
