import { describe, expect, it } from 'vitest';
import { formatDutchDate, parseBirthDate, splitDutchDate } from './birthDate';

const today = new Date(2026, 10, 24); // 24 November 2026

describe('parseBirthDate (dag, maand, jaar → YYYY-MM-DD)', () => {
  it.each([
    [{ day: '17', month: '03', year: '1985' }, '1985-03-17'],
    [{ day: '7', month: '3', year: '1985' }, '1985-03-07'],
    [{ day: ' 01 ', month: '1 ', year: ' 2000' }, '2000-01-01'],
    [{ day: '29', month: '02', year: '2024' }, '2024-02-29'],
    [{ day: '24', month: '11', year: '2026' }, '2026-11-24'],
  ])('%o → %s', (parts, iso) => {
    expect(parseBirthDate(parts, today)).toEqual({ ok: true, iso });
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'required', 'day'],
    [{ day: '17', month: '', year: '1985' }, 'incomplete', 'month'],
    [{ day: '', month: '3', year: '1985' }, 'incomplete', 'day'],
    [{ day: '17', month: '3', year: '' }, 'incomplete', 'year'],
    [{ day: '32', month: '3', year: '1985' }, 'invalidDay', 'day'],
    [{ day: '0', month: '3', year: '1985' }, 'invalidDay', 'day'],
    [{ day: 'a', month: '3', year: '1985' }, 'invalidDay', 'day'],
    [{ day: '17', month: '13', year: '1985' }, 'invalidMonth', 'month'],
    [{ day: '17', month: '3', year: '85' }, 'invalidYear', 'year'],
    [{ day: '17', month: '3', year: '1885' }, 'invalidYear', 'year'],
    [{ day: '31', month: '02', year: '1990' }, 'notADate', 'day'],
    [{ day: '29', month: '02', year: '2023' }, 'notADate', 'day'],
    [{ day: '31', month: '04', year: '1990' }, 'notADate', 'day'],
    [{ day: '25', month: '11', year: '2026' }, 'inFuture', 'year'],
  ] as const)('%o → %s at %s', (parts, error, part) => {
    expect(parseBirthDate(parts, today)).toEqual({ ok: false, error, part });
  });
});

describe('splitDutchDate (a whole date typed or pasted into one part)', () => {
  it.each([
    ['17-03-1985', { day: '17', month: '03', year: '1985' }],
    ['17/3/1985', { day: '17', month: '3', year: '1985' }],
    ['17.03.1985', { day: '17', month: '03', year: '1985' }],
    ['17 03 1985', { day: '17', month: '03', year: '1985' }],
    [' 7-3-1985 ', { day: '7', month: '3', year: '1985' }],
    ['17031985', { day: '17', month: '03', year: '1985' }],
    ['1985-03-17', { day: '17', month: '03', year: '1985' }],
  ])('%s', (text, parts) => {
    expect(splitDutchDate(text)).toEqual(parts);
  });

  it.each(['17', '1703', '17-03', '17-03-85', 'gisteren', '1985/03/17x'])('%s is not a whole date', (text) => {
    expect(splitDutchDate(text)).toBeNull();
  });

  it('writes an ISO date back in Dutch order', () => {
    expect(formatDutchDate('1985-03-17')).toBe('17-03-1985');
  });
});
