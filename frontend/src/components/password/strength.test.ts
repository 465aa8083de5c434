import { describe, expect, it } from 'vitest';
import vectors from '../../../../server/auth/strength/testdata/check.json';
import { passwordDictionary } from './dictionary';
import { ADVICE_CODES, checkPassword, type AdviceCode, type StrengthCode } from './strength';

const check = (password: string, personal: string[] = []) => checkPassword(password, personal, passwordDictionary());

/*
 * The server's own table: the vectors its test (server/auth/strength, TestCheck) reads too. The meter
 * must say what the server says; a vector either side disagrees with fails that side's test.
 */
type StrengthVector = { password: string; personal?: string[]; code: StrengthCode | null; advice?: AdviceCode[]; exact?: boolean };
const STRENGTH_CODES: ReadonlyArray<string | null> = ['TOO_SHORT', 'TOO_LONG', 'COMMON_PASSWORD', 'CONTAINS_PERSONAL_DATA', 'TOO_GUESSABLE', null];
const isStrengthVector = (v: { code: string | null; advice?: string[] }): v is StrengthVector =>
  STRENGTH_CODES.includes(v.code) && (v.advice ?? []).every((a) => (ADVICE_CODES as readonly string[]).includes(a));
const cases = vectors.check.filter(isStrengthVector);

describe('checkPassword (the server policy, in the browser)', () => {
  it('reads the whole table of vectors, each with codes it knows', () => {
    // An emptied or truncated file, or a code this side does not know, must not pass as agreement.
    expect(vectors.check.length).toBeGreaterThanOrEqual(60);
    expect(cases).toHaveLength(vectors.check.length);
  });

  it.each(cases)('$password → $code', ({ password, personal, code, advice, exact }) => {
    const r = check(password, personal);
    expect(r.code).toBe(code);
    expect(r.ok).toBe(code === null);
    if (exact) expect(r.advice).toEqual(advice);
    else for (const a of advice ?? []) expect(r.advice).toContain(a);
    // invariants of the server's Result
    if (r.ok) {
      expect(r.score).toBeGreaterThanOrEqual(3);
      expect(r.advice).toEqual([]);
    } else {
      expect(r.score).toBeLessThan(3);
      if (r.code !== 'TOO_LONG') expect(r.advice.length).toBeGreaterThan(0);
    }
    const order = r.advice.map((a) => ADVICE_CODES.indexOf(a));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('counts code points after NFC, as the server does', () => {
    expect(check('kx8#Lq2!v').code).toBe('TOO_SHORT');
    expect(check('kx8#Lq2!vZ').code).toBeNull();
    expect(check('ëéèêïöüçñå').code).toBeNull();
    expect(check('🐴🚲🌧🐈🌷🧀🚂🎻🦉').code).toBe('TOO_SHORT');
    expect(check('kx8#Lq2!e\u0301').code).toBe('TOO_SHORT');
    expect(check('kx8#Lq2!ve\u0301').code).toBeNull();
    expect(check('x'.repeat(129)).code).toBe('TOO_LONG');
    expect(check('x'.repeat(1 << 20)).code).toBe('TOO_LONG');
  });

  it('prices as the server does (TestEstimates)', () => {
    const log = (pw: string) => Math.log10(check(pw).guesses);
    expect(log('wachtwoord')).toBeLessThanOrEqual(1);
    expect(log('Wachtwoord')).toBeGreaterThanOrEqual(0.5);
    expect(log('kx8#Lq2!vZ')).toBeCloseTo(10, 1);
    expect(log('abcdefghij')).toBeGreaterThanOrEqual(1.5);
    expect(log('abcdefghij')).toBeLessThanOrEqual(1.7);
    expect(log('paard kaars fiets wolk')).toBeGreaterThanOrEqual(15);
  });
});
