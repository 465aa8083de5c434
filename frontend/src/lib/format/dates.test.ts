import { describe, expect, it } from 'vitest';
import { daysBetween, isAfterToday, todayIso } from './dates';

describe('calendar days', () => {
  it('counts whole days, also across the change to summer and winter time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('reads today from the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 10, 4, 23, 59))).toBe('2026-11-04');
  });

  it('tells whether a day is still to come', () => {
    expect(isAfterToday('2026-11-24', '2026-11-23')).toBe(true);
    expect(isAfterToday('2026-11-23', '2026-11-23')).toBe(false);
  });
});
