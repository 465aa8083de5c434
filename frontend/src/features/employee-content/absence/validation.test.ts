import { describe, expect, it } from 'vitest';
import { firstSickDayProblem, parseHours, recoveryDateProblem } from './validation';

describe('hours worked', () => {
  it('are optional', () => {
    expect(parseHours('')).toEqual({ ok: true, hours: null });
    expect(parseHours('   ')).toEqual({ ok: true, hours: null });
  });

  it('take a decimal comma or point', () => {
    expect(parseHours('4')).toEqual({ ok: true, hours: 4 });
    expect(parseHours('2,5')).toEqual({ ok: true, hours: 2.5 });
    expect(parseHours('2.5')).toEqual({ ok: true, hours: 2.5 });
    expect(parseHours(',5')).toEqual({ ok: true, hours: 0.5 });
    expect(parseHours(' 7,25 ')).toEqual({ ok: true, hours: 7.25 });
    expect(parseHours('0')).toEqual({ ok: true, hours: 0 });
    expect(parseHours('24')).toEqual({ ok: true, hours: 24 });
  });

  it('are 0 to 24', () => {
    expect(parseHours('24,01')).toEqual({ ok: false, problem: 'range' });
    expect(parseHours('25')).toEqual({ ok: false, problem: 'range' });
    expect(parseHours('100')).toEqual({ ok: false, problem: 'range' });
  });

  it('refuse what is not a number of hours', () => {
    for (const text of ['-1', 'twee', '2,555', '1.000,5', '2,', ',', '2:30', '1e1']) {
      expect(parseHours(text), text).toEqual({ ok: false, problem: 'format' });
    }
  });
});

describe('first sick day', () => {
  const today = '2026-11-24';
  it('is today or earlier', () => {
    expect(firstSickDayProblem('2026-11-24', today)).toBeNull();
    expect(firstSickDayProblem('2026-11-20', today)).toBeNull();
    expect(firstSickDayProblem('2026-11-25', today)).toBe('future');
    expect(firstSickDayProblem('2027-01-01', today)).toBe('future');
  });

  it('is a real date', () => {
    expect(firstSickDayProblem('', today)).toBe('required');
    expect(firstSickDayProblem('2026-02-30', today)).toBe('invalid');
    expect(firstSickDayProblem('gisteren', today)).toBe('invalid');
  });
});

describe('recovery date', () => {
  const first = '2026-11-20';
  it('is not before the first sick day', () => {
    expect(recoveryDateProblem('2026-11-20', first)).toBeNull();
    expect(recoveryDateProblem('2026-11-24', first)).toBeNull();
    expect(recoveryDateProblem('2026-11-19', first)).toBe('beforeFirstSickDay');
    expect(recoveryDateProblem('', first)).toBe('required');
    expect(recoveryDateProblem('2026-13-01', first)).toBe('invalid');
  });
});
