import type { MessageId } from '../../i18n/catalogue';
import { MIN_LENGTH, type AdviceCode, type StrengthResult } from './strength';

/** The meter's five steps: what the bar and its label show. */
export type MeterLevel = 'tooShort' | 'weak' | 'almost' | 'good' | 'strong' | 'rejected';

/** The `PASSWORD_*` codes of the schema's UserErrorCode: the server's verdict. */
export const SERVER_PASSWORD_CODES = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON_PASSWORD',
  'PASSWORD_CONTAINS_PERSONAL_DATA',
  'PASSWORD_TOO_GUESSABLE',
] as const;
export type ServerPasswordCode = (typeof SERVER_PASSWORD_CODES)[number];

export function isServerPasswordCode(code: unknown): code is ServerPasswordCode {
  return typeof code === 'string' && (SERVER_PASSWORD_CODES as readonly string[]).includes(code);
}

/**
 * The meter's verdict. The server's answer for exactly this password wins over the estimate (it is
 * authoritative); without the estimator (still loading) only the length is judged.
 */
export function meterLevel(
  length: number,
  estimate: StrengthResult | null,
  serverRejected: boolean,
): MeterLevel {
  if (serverRejected) return 'rejected';
  if (length < MIN_LENGTH) return 'tooShort';
  if (!estimate) return 'almost';
  if (estimate.code === 'TOO_SHORT') return 'tooShort';
  if (!estimate.ok) return estimate.score >= 2 ? 'almost' : 'weak';
  return estimate.score >= 4 ? 'strong' : 'good';
}

/** How many of the bar's four segments are filled. */
export const METER_FILL: Record<MeterLevel, number> = {
  rejected: 1,
  tooShort: 1,
  weak: 1,
  almost: 2,
  good: 3,
  strong: 4,
};

export const METER_LABEL: Record<Exclude<MeterLevel, 'tooShort'>, MessageId> = {
  rejected: 'employeePassword.meter.rejected',
  weak: 'employeePassword.meter.weak',
  almost: 'employeePassword.meter.almost',
  good: 'employeePassword.meter.good',
  strong: 'employeePassword.meter.strong',
};

/** Concrete Dutch tips per advice code of the server's policy. */
export const ADVICE_MESSAGES: Record<AdviceCode, MessageId> = {
  AVOID_PERSONAL_DATA: 'employeePassword.advice.AVOID_PERSONAL_DATA',
  AVOID_COMMON_WORDS: 'employeePassword.advice.AVOID_COMMON_WORDS',
  AVOID_PREDICTABLE_SUBSTITUTIONS: 'employeePassword.advice.AVOID_PREDICTABLE_SUBSTITUTIONS',
  AVOID_REVERSED_WORDS: 'employeePassword.advice.AVOID_REVERSED_WORDS',
  AVOID_KEYBOARD_PATTERNS: 'employeePassword.advice.AVOID_KEYBOARD_PATTERNS',
  AVOID_SEQUENCES: 'employeePassword.advice.AVOID_SEQUENCES',
  AVOID_REPEATS: 'employeePassword.advice.AVOID_REPEATS',
  AVOID_DATES: 'employeePassword.advice.AVOID_DATES',
  USE_MORE_WORDS: 'employeePassword.advice.USE_MORE_WORDS',
};

/** The advice that goes with the server's verdict, when the estimate has none for this password. */
export const SERVER_CODE_ADVICE: Record<ServerPasswordCode, AdviceCode[]> = {
  PASSWORD_TOO_SHORT: ['USE_MORE_WORDS'],
  PASSWORD_TOO_LONG: [],
  PASSWORD_COMMON_PASSWORD: ['AVOID_COMMON_WORDS', 'USE_MORE_WORDS'],
  PASSWORD_CONTAINS_PERSONAL_DATA: ['AVOID_PERSONAL_DATA'],
  PASSWORD_TOO_GUESSABLE: ['USE_MORE_WORDS'],
};

/**
 * The tips to show: the estimate's advice while it rejects the password; when the server rejected it,
 * the estimate's advice if it has any, else the advice that belongs to the server's code.
 */
export function adviceToShow(estimate: StrengthResult | null, serverCode: ServerPasswordCode | null): AdviceCode[] {
  if (serverCode) {
    const own = estimate && !estimate.ok ? estimate.advice : [];
    return own.length > 0 ? own : SERVER_CODE_ADVICE[serverCode];
  }
  if (!estimate || estimate.ok || estimate.code === 'TOO_SHORT') return [];
  return estimate.advice;
}
