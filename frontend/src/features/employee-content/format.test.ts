import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { fileSize, formatDay, formatEuro, formatFileSize, formatMoment, formatWholeEuro, isIsoDate, todayIso } from './format';

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

  it('knows today and real dates', () => {
    expect(todayIso(new Date(2026, 10, 4, 23, 59))).toBe('2026-11-04');
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('24-11-2026')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('file sizes', () => {
  it('pick a unit', () => {
    expect(fileSize(512)).toEqual({ value: 512, unit: 'byte' });
    expect(fileSize(2115)).toEqual({ value: 2.115, unit: 'kilobyte' });
    expect(fileSize(1_400_000)).toEqual({ value: 1.4, unit: 'megabyte' });
    expect(formatFileSize(nl, 2115)).toBe('2,1 kB');
    expect(formatFileSize(nl, 1_400_000)).toBe('1,4 MB');
  });
});
