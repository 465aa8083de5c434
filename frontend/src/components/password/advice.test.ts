import { describe, expect, it } from 'vitest';
import { adviceToShow, isServerPasswordCode, meterLevel } from './advice';
import { passwordDictionary } from './dictionary';
import { checkPassword } from './strength';

const estimate = (pw: string) => checkPassword(pw, [], passwordDictionary());

describe('meterLevel', () => {
  it('judges the length alone until the estimator has loaded', () => {
    expect(meterLevel(5, null, false)).toBe('tooShort');
    expect(meterLevel(12, null, false)).toBe('almost');
  });

  it('follows the estimate', () => {
    expect(meterLevel(10, estimate('wachtwoord'), false)).toBe('weak');
    expect(meterLevel(12, estimate('HalloWereld2024'), false)).not.toMatch(/good|strong/);
    expect(meterLevel(22, estimate('paard kaars fiets wolk'), false)).toBe('strong');
  });

  it('never shows a password the server refused as good', () => {
    expect(meterLevel(22, estimate('paard kaars fiets wolk'), true)).toBe('rejected');
  });
});

describe('adviceToShow', () => {
  it('shows the estimate’s concrete advice', () => {
    expect(adviceToShow(estimate('qwertyuiop12'), null)).toEqual([
      'AVOID_COMMON_WORDS',
      'AVOID_KEYBOARD_PATTERNS',
      'AVOID_SEQUENCES',
      'USE_MORE_WORDS',
    ]);
  });

  it('shows nothing for an accepted password, or a too short one (the meter says how many characters are missing)', () => {
    expect(adviceToShow(estimate('paard kaars fiets wolk'), null)).toEqual([]);
    expect(adviceToShow(estimate('kort'), null)).toEqual([]);
  });

  it('gives advice for the server’s verdict when the estimate saw nothing wrong', () => {
    expect(adviceToShow(estimate('paard kaars fiets wolk'), 'PASSWORD_CONTAINS_PERSONAL_DATA')).toEqual(['AVOID_PERSONAL_DATA']);
    expect(adviceToShow(null, 'PASSWORD_TOO_GUESSABLE')).toEqual(['USE_MORE_WORDS']);
  });

  it('recognises the server’s password codes', () => {
    expect(isServerPasswordCode('PASSWORD_COMMON_PASSWORD')).toBe(true);
    expect(isServerPasswordCode('USERNAME_TAKEN')).toBe(false);
  });
});
