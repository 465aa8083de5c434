import { describe, expect, it } from 'vitest';
import { leaveYears, yearParam } from './years';

describe('leave years', () => {
  it('go back to the start of the oldest employment, at most six years', () => {
    expect(leaveYears(2026, 2026, ['2024-03-01'])).toEqual([2026, 2025, 2024]);
    expect(leaveYears(2026, 2026, ['2015-08-12'])).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(leaveYears(2026, null, [])).toEqual([2026]);
  });

  it('include a newer year that has balances', () => {
    expect(leaveYears(2026, 2027, ['2026-01-01'])).toEqual([2027, 2026]);
  });

  it('read the year from the address', () => {
    expect(yearParam('2025')).toBe(2025);
    expect(yearParam('25')).toBeNull();
    expect(yearParam('2025x')).toBeNull();
    expect(yearParam(null)).toBeNull();
  });
});
