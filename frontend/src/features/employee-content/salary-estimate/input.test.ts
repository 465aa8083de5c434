import { describe, expect, it } from 'vitest';
import { parseEuroCents, parseWeekHours } from './input';

describe('parseWeekHours (R39, as server/portal/salary.go)', () => {
  it.each([
    ['', null],
    ['32', 32],
    ['32,5', 32.5],
    [' 36.25 ', 36.25],
    ['60', 60],
  ])('%j is %j', (text, hours) => {
    expect(parseWeekHours(text)).toEqual({ ok: true, value: hours });
  });
  it.each([
    ['0', 'range'],
    ['60,5', 'range'],
    ['veertig', 'format'],
    ['32,555', 'format'],
    ['-4', 'format'],
  ])('%j is refused (%s)', (text, problem) => {
    expect(parseWeekHours(text)).toEqual({ ok: false, problem });
  });
});

describe('parseEuroCents', () => {
  it.each([
    ['', null],
    ['3.250,50', 325050],
    ['3250,5', 325050],
    ['3250.50', 325050],
    ['€ 3.250', 325000],
    ['3.250', 325000],
    ['1.000.000', 100000000],
  ])('%j is %j cents', (text, cents) => {
    expect(parseEuroCents(text)).toEqual({ ok: true, value: cents });
  });
  it.each([
    ['0', 'range'],
    ['1.000.000,01', 'range'],
    ['3,250,50', 'format'],
    ['drieduizend', 'format'],
    ['32.50.0', 'format'],
  ])('%j is refused (%s)', (text, problem) => {
    expect(parseEuroCents(text)).toEqual({ ok: false, problem });
  });
});
