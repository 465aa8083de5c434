import { describe, expect, it } from 'vitest';
import { passwordDictionary } from './dictionary';
import { ADVICE_CODES, checkPassword, type AdviceCode, type StrengthCode } from './strength';

const check = (password: string, personal: string[] = []) => checkPassword(password, personal, passwordDictionary());

/*
 * The server's own table (server/auth/strength/strength_test.go, TestCheck), minus the few cases
 * that need zxcvbn's full English lists: the meter must say what the server says.
 */
const cases: Array<{ password: string; personal?: string[]; code: StrengthCode | null; advice?: AdviceCode[]; exact?: boolean }> = [
  // accepted: passphrases and random strings
  { password: 'paard kaars fiets wolk', code: null },
  { password: 'correct horse battery staple', code: null },
  { password: 'ik fiets graag naar de bakker', code: null },
  { password: 'Ëën paardenbloem in de wind', code: null },
  { password: 'Koffie!Fiets9Wolk', code: null },
  { password: 'fietswolkpaard', code: null },
  { password: 'kx8#Lq2!vZ', code: null },
  { password: '🐴🚲🌧🐈🌷🧀🚂🎻🦉🌙', code: null },
  { password: 'bosbessen paard wolk', personal: ['Jan Bos'], code: null },
  { password: 'gmail paard kaars fiets', personal: ['jan.jansen@gmail.com'], code: null },
  // the examples the password policy (R4) was specified with
  { password: 'Wachtwoord123!', code: 'COMMON_PASSWORD', advice: ['AVOID_COMMON_WORDS', 'USE_MORE_WORDS'], exact: true },
  { password: 'Welkom2026!!', code: 'TOO_GUESSABLE', advice: ['AVOID_COMMON_WORDS', 'USE_MORE_WORDS'] },
  { password: 'Feyenoord1908', code: 'COMMON_PASSWORD', advice: ['AVOID_COMMON_WORDS', 'USE_MORE_WORDS'] },
  {
    password: 'qwertyuiop12',
    code: 'TOO_GUESSABLE',
    advice: ['AVOID_COMMON_WORDS', 'AVOID_KEYBOARD_PATTERNS', 'AVOID_SEQUENCES', 'USE_MORE_WORDS'],
    exact: true,
  },
  {
    password: 'janjansen1985',
    personal: ['jan.jansen'],
    code: 'CONTAINS_PERSONAL_DATA',
    advice: ['AVOID_PERSONAL_DATA', 'AVOID_DATES', 'USE_MORE_WORDS'],
    exact: true,
  },
  // common passwords, also disguised
  { password: 'wachtwoord', code: 'COMMON_PASSWORD' },
  { password: 'WACHTWOORD', code: 'COMMON_PASSWORD' },
  { password: 'W@chtw00rd', code: 'COMMON_PASSWORD', advice: ['AVOID_PREDICTABLE_SUBSTITUTIONS'] },
  { password: 'droowthcaw', code: 'COMMON_PASSWORD', advice: ['AVOID_REVERSED_WORDS'] },
  { password: 'wélkömthuis', code: 'COMMON_PASSWORD' },
  { password: 'ik hou van jou', code: 'COMMON_PASSWORD' },
  { password: 'qwertyuiop', code: 'COMMON_PASSWORD', advice: ['AVOID_KEYBOARD_PATTERNS'] },
  { password: 'azertyuiop', code: 'COMMON_PASSWORD', advice: ['AVOID_KEYBOARD_PATTERNS'] },
  { password: '1qaz2wsx3edc', code: 'COMMON_PASSWORD' },
  { password: 'zomer2024!', code: 'COMMON_PASSWORD' },
  { password: 'voetbal123!', code: 'COMMON_PASSWORD' },
  { password: 'Amsterdam2024!', code: 'COMMON_PASSWORD' },
  { password: '1234567890', code: 'COMMON_PASSWORD' },
  // guessable
  { password: 'zxcvbnm,./', code: 'TOO_GUESSABLE', advice: ['AVOID_KEYBOARD_PATTERNS', 'USE_MORE_WORDS'], exact: true },
  { password: 'wxcvbn,;:!', code: 'TOO_GUESSABLE', advice: ['AVOID_KEYBOARD_PATTERNS'] },
  { password: '&é"\'(-è_çà', code: 'TOO_GUESSABLE', advice: ['AVOID_KEYBOARD_PATTERNS'] },
  { password: 'abcdefghijkl', code: 'TOO_GUESSABLE', advice: ['AVOID_SEQUENCES'] },
  { password: '98765432100', code: 'TOO_GUESSABLE', advice: ['AVOID_SEQUENCES'] },
  { password: 'aaaaaaaaaaaa', code: 'TOO_GUESSABLE', advice: ['AVOID_REPEATS'] },
  { password: 'abcabcabcabc', code: 'TOO_GUESSABLE', advice: ['AVOID_REPEATS'] },
  { password: 'kaaskaaskaas', code: 'TOO_GUESSABLE', advice: ['AVOID_REPEATS'] },
  { password: 'wachtwoordwachtwoordwacht', code: 'TOO_GUESSABLE', advice: ['AVOID_REPEATS'] },
  { password: 'kx8#Lq2!vZkx8#Lq2!vZ', code: null },
  { password: '17031985xyz', code: 'TOO_GUESSABLE', advice: ['AVOID_DATES'] },
  { password: '17-03-1985!!', code: 'TOO_GUESSABLE', advice: ['AVOID_DATES'] },
  { password: 'januarifebruari', code: 'TOO_GUESSABLE', advice: ['AVOID_COMMON_WORDS'] },
  { password: 'maandagochtend', code: 'TOO_GUESSABLE', advice: ['AVOID_COMMON_WORDS'] },
  { password: 'Zondagmiddag!', code: 'TOO_GUESSABLE' },
  { password: 'devriesjansen', code: 'TOO_GUESSABLE', advice: ['AVOID_COMMON_WORDS'] },
  { password: 'vandenbergbakker', code: 'TOO_GUESSABLE' },
  { password: 'ajaxfeyenoord', code: 'TOO_GUESSABLE' },
  { password: 'rotterdam010!', code: 'TOO_GUESSABLE' },
  { password: 'HalloWereld2024', code: 'TOO_GUESSABLE', advice: ['AVOID_COMMON_WORDS', 'AVOID_DATES'] },
  { password: 'hendriks-peters', code: 'TOO_GUESSABLE' },
  { password: 'zomerfietsen2024', code: 'TOO_GUESSABLE' },
  { password: 'P@ssw0rd2024', code: 'TOO_GUESSABLE', advice: ['AVOID_PREDICTABLE_SUBSTITUTIONS', 'AVOID_DATES'] },
  { password: 'fiets wolk', code: 'TOO_GUESSABLE' },
  // personal data
  { password: 'fiets jansen kaars wolk', personal: ['Jan', 'Jansen'], code: 'CONTAINS_PERSONAL_DATA', advice: ['AVOID_PERSONAL_DATA'], exact: true },
  { password: 'J4ns3n-kaars-fiets-wolk', personal: ['Jan Jansen'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'nesnaj kaars fiets wolk', personal: ['jansen'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'paard kaars 17031985', personal: ['1985-03-17'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'paard kaars 17-03-1985', personal: ['1985-03-17'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'paard kaars 1985 wolk', personal: ['17-03-1985'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'pietbakker-fiets-wolk', personal: ['p.bakker@gemeente-utrecht.nl'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'gemeenteutrecht wolk fiets', personal: ['p.bakker@gemeente-utrecht.nl'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'bakkerij wolk fiets kaars', personal: ['Bakkerij Visser B.V.'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'vandenberg1985', personal: ['Van den Berg'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'vandam-kaars-fiets-wolk', personal: ['Piet van Dam'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'kaars-jjansen85-wolk', personal: ['jjansen85'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'Bos2024!Bos', personal: ['Jan Bos'], code: 'CONTAINS_PERSONAL_DATA' },
  { password: 'paard kaars fiets wolk', personal: ['', '  '], code: null },
  // length
  { password: 'kx8#Lq2!v', code: 'TOO_SHORT', advice: ['USE_MORE_WORDS'], exact: true },
  { password: '', code: 'TOO_SHORT' },
  { password: 'welkom', code: 'TOO_SHORT' },
];

describe('checkPassword (the server policy, in the browser)', () => {
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
