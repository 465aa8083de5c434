import { describe, expect, it } from 'vitest';
import { daysLeft } from './deadline';

describe('daysLeft (R31: the handler sees the deadline counting down)', () => {
  const now = new Date(2026, 2, 2, 10, 0);
  it('counts calendar days', () => {
    expect(daysLeft(new Date(2026, 2, 7, 9, 0).toISOString(), now)).toBe(5);
    expect(daysLeft(new Date(2026, 2, 16, 10, 0).toISOString(), now)).toBe(14);
  });
  it('is 0 on the day itself and negative once passed', () => {
    expect(daysLeft(new Date(2026, 2, 2, 18, 0).toISOString(), now)).toBe(0);
    expect(daysLeft(new Date(2026, 2, 2, 9, 0).toISOString(), now)).toBe(-1);
  });
});
