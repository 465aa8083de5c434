import { passwordDictionary } from './dictionary';
import { checkPassword, type StrengthResult } from './strength';

/*
 * The lazily loaded half of the password meter: the estimator with its word lists (about 40 KB gzip).
 * PasswordFields imports it when a password field first appears, so it never weighs on the sign-in
 * page's budget.
 */

export type Estimate = (password: string, personal: readonly string[]) => StrengthResult;

export const estimatePassword: Estimate = (password, personal) => checkPassword(password, personal, passwordDictionary());
