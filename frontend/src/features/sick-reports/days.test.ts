import { describe, expect, it } from 'vitest';
import { daysBetween, isAfterToday, sickDays, todayIso } from './days';

describe('calendar days', () => {
  it('counts whole days, also across the change to summer and winter time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('reads today from the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('tells whether a day is still to come', () => {
    expect(isAfterToday('2026-11-24', '2026-11-23')).toBe(true);
    expect(isAfterToday('2026-11-23', '2026-11-23')).toBe(false);
  });
});

describe('the duration of a sick report', () => {
  it('runs up to the day before the recovery date', () => {
    // Sick on Monday, fully back on Thursday: Monday, Tuesday, Wednesday.
    expect(sickDays({ firstSickDay: '2026-11-16', recoveryDate: '2026-11-19' }, '2026-11-30')).toBe(3);
    expect(sickDays({ firstSickDay: '2026-10-20', recoveryDate: '2026-11-03' }, '2026-11-30')).toBe(14);
  });

  it('counts today while the report is open', () => {
    expect(sickDays({ firstSickDay: '2026-11-21', recoveryDate: null }, '2026-11-23')).toBe(3);
    expect(sickDays({ firstSickDay: '2026-11-23' }, '2026-11-23')).toBe(1);
  });

  it('is never less than the first sick day itself', () => {
    expect(sickDays({ firstSickDay: '2026-11-23', recoveryDate: '2026-11-23' }, '2026-11-30')).toBe(1);
  });
});
