import type { MessageId } from '../../i18n/catalogue';

/** The server's default, bounds and rule (R35): an open task is reported after 1–30 working days, 5 by default. */
export const DEFAULT_ESCALATION_DAYS = 5;
export const MIN_ESCALATION_DAYS = 1;
export const MAX_ESCALATION_DAYS = 30;

/** Why the typed limit cannot be sent, or null: empty (the default) or a whole number of 1 to 30. */
export function escalationProblem(value: string): MessageId | null {
  const v = value.trim();
  if (v === '') return null;
  if (!/^\d{1,3}$/.test(v)) return 'error.INVALID_ESCALATION_LIMIT';
  const n = Number(v);
  return n < MIN_ESCALATION_DAYS || n > MAX_ESCALATION_DAYS ? 'error.INVALID_ESCALATION_LIMIT' : null;
}

/** The mutation's workingDays: null (the default) for an empty field. */
export function escalationInput(value: string): number | null {
  const v = value.trim();
  return v === '' ? null : Number(v);
}
