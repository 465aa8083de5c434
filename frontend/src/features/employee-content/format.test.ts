import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatDay, formatEuro, formatMoment, formatWholeEuro, isIsoDate } from './format';

const nl = createIntl({ locale: 'nl-NL' });
const en = createIntl({ locale: 'en-GB' });
const NBSP = '\u00a0';

describe('money', () => {
  it('is written the Dutch way, negative amounts too', () => {
    expect(formatEuro(nl, 123456)).toBe(`€${NBSP}1.234,56`);
    expect(formatEuro(nl, -123456)).toBe(`€${NBSP}-1.234,56`);
    expect(formatEuro(nl, 5)).toBe(`€${NBSP}0,05`);
    expect(formatEuro(nl, 0)).toBe(`€${NBSP}0,00`);
    expect(formatEuro(nl, 324074)).toBe(`€${NBSP}3.240,74`);
  });

  it('follows the language', () => {
    expect(formatEuro(en, 123456)).toBe('€1,234.56');
  });

  it('has whole euros for axes', () => {
    expect(formatWholeEuro(nl, 4000)).toBe(`€${NBSP}4.000`);
  });
});

describe('dates', () => {
  it('writes a calendar date in Dutch, whatever the time zone', () => {
    expect(formatDay(nl, '2026-11-24')).toBe('24 november 2026');
    expect(formatDay(nl, '2026-01-01')).toBe('1 januari 2026');
    expect(formatDay(en, '2026-11-24')).toBe('24 November 2026');
  });

  it('writes a moment in Dutch time', () => {
    expect(formatMoment(nl, '2026-11-24T08:05:00Z')).toBe('24 november 2026 om 09:05');
    expect(formatMoment(nl, '2026-07-24T07:45:00Z')).toBe('24 juli 2026 om 09:45');
  });

  it('knows real dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('24-11-2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
