import { describe, expect, it } from 'vitest';
import { adjustedDays, parseDayHours } from './days';

describe('hours of a day (R29 part days)', () => {
  it('reads Dutch and English decimals between 0 and 24', () => {
    expect(parseDayHours('4')).toBe(4);
    expect(parseDayHours('3,5')).toBe(3.5);
    expect(parseDayHours(' 7.25 ')).toBe(7.25);
    expect(parseDayHours('0')).toBe(0);
    expect(parseDayHours('25')).toBeNull();
    expect(parseDayHours('-1')).toBeNull();
    expect(parseDayHours('vier')).toBeNull();
    expect(parseDayHours('')).toBeNull();
  });

  it('sends only the adjusted days, in date order, and refuses a wrong one', () => {
    expect(adjustedDays({ '2026-04-24': '4', '2026-04-20': '6,5' })).toEqual({
      ok: true,
      days: [
        { date: '2026-04-20', hours: 6.5 },
        { date: '2026-04-24', hours: 4 },
      ],
    });
    expect(adjustedDays({ '2026-04-24': 'x' })).toEqual({ ok: false });
  });
});
