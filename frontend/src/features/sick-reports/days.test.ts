import { describe, expect, it } from 'vitest';
import { sickDays } from './days';

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
