import type { MailKind } from '../../gql/graphql';

/** The kinds of mail in the order staff think of them (exhaustive over the schema). */
export const MAIL_KINDS = [
  'INVITATION',
  'ACCESS_BLOCKED',
  'ACCESS_UNBLOCKED',
  'USERNAME',
  'PASSWORD_RESET',
  'ACCOUNT_LOCKED',
  'NEW_DOCUMENT',
  'STAFF_INVITATION',
  'STAFF_PASSWORD_RESET',
  'LEAVE_DECIDED',
  'LEAVE_LAPSED',
  'SICK_REPORTED',
  'RECOVERY_REPORTED',
  'LEAVE_REQUESTS_DIGEST',
  'LEAVE_EXPIRY_REMINDER',
  'PREBOARDING_INVITATION',
  'PREBOARDING_REMINDER',
  'PREBOARDING_RETURNED',
  'PREBOARDING_COMPLETED',
  'IBAN_CHANGED',
  'TEAM_TASKS_DIGEST',
  'TASK_ESCALATED',
  'REQUEST_DECIDED_NOTICE',
] as const satisfies readonly MailKind[];

type MissingKinds = Exclude<MailKind, (typeof MAIL_KINDS)[number]>;
// Fails to compile when the server adds a kind this list lacks.
const exhaustive: MissingKinds extends never ? true : false = true;
void exhaustive;

export function isMailKind(value: string): value is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(value);
}
