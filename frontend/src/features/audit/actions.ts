import type { MessageId } from '../../i18n/catalogue';

/** Audit actions the SPA knows (server/audit, server/mail): stable codes, translated here. */
export const AUDIT_ACTIONS = [
  'ACCESS_GRANTED',
  'INVITATION_RESENT',
  'INVITATION_REVOKED',
  'INVITATION_BURNED',
  'INVITATION_OPENED',
  'ACCESS_ACCEPTED',
  'ACCESS_BLOCKED',
  'ACCESS_UNBLOCKED',
  'USERNAME_SENT',
  'PERSON_EMAIL_CHANGED',
  'ACCOUNT_LOCKED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'USERNAME_CHANGED',
  'LANGUAGE_CHANGED',
  'API_CLIENT_CREATED',
  'API_CLIENT_SECRET_ROTATED',
  'API_CLIENT_DISABLED',
  'STAFF_USER_CREATED',
  'STAFF_USER_RIGHTS_CHANGED',
  'STAFF_USER_BLOCKED',
  'STAFF_USER_UNBLOCKED',
  'STAFF_USER_LOCKED',
  'STAFF_INVITATION_RESENT',
  'STAFF_INVITATION_ACCEPTED',
  'STAFF_PASSWORD_RESET',
  'STAFF_SECOND_FACTOR_RESET',
  'STAFF_SECOND_FACTOR_POLICY_CHANGED',
  'STAFF_SECOND_FACTOR_ENROLLED',
  'STAFF_RECOVERY_CODE_USED',
  'PRODUCT_ACTIVATED',
  'PRODUCT_DEACTIVATED',
  'MIJNLOKET_ADDENDUM_SIGNED',
  'MAIL_TEMPLATE_SAVED',
  'MAIL_TEMPLATE_RESET',
  'MAIL_REQUEUED',
  'PAYSLIP_PUBLISHED',
  'ANNUAL_STATEMENT_PUBLISHED',
  'LEAVE_BALANCE_SET',
  'LEAVE_SCHEME_CREATED',
  'LEAVE_SCHEME_UPDATED',
  'LEAVE_TYPE_CREATED',
  'LEAVE_TYPE_UPDATED',
  'WORK_PATTERN_SET',
  'LEAVE_ENTRY_RECORDED',
  'LEAVE_ACCRUED',
  'LEAVE_EXPIRED',
  'LEAVE_REQUEST_SUBMITTED',
  'CALENDAR_FEED_CREATED',
  'CALENDAR_FEED_REVOKED',
  'LEAVE_REQUEST_WITHDRAWN',
  'LEAVE_REQUEST_ACCEPTED',
  'LEAVE_REQUEST_REJECTED',
  'LEAVE_REQUEST_ACCEPTED_BY_LAPSE',
  'LEAVE_REQUEST_CANCELLED',
  'LEAVE_TAKEN',
  'DOCUMENT_ADDED',
  'DOCUMENT_VISIBILITY_CHANGED',
  'DOCUMENT_DELETED',
  'DOCUMENT_NOTIFICATIONS_CHANGED',
  'PERSONAL_DATA_EXPORTED',
  'SICK_REPORTED',
  'RECOVERY_REPORTED',
  'SICK_REPORTED_FOR_EMPLOYEE',
  'RECOVERY_REPORTED_FOR_EMPLOYEE',
  'PARTIAL_RECOVERY_REPORTED',
  'SICK_REPORT_CORRECTED',
  'POORTWACHTER_STEP_MARKED',
  'SICK_REPORTS_EXPORTED',
  'VERZUIM_CONTACT_ADDED',
  'VERZUIM_CONTACT_CHANGED',
  'VERZUIM_CONTACT_REMOVED',
  'PAYROLL_EMPLOYER_CREATED',
  'PAYROLL_EMPLOYER_UPDATED',
  'PAYROLL_PERSON_CREATED',
  'PAYROLL_PERSON_UPDATED',
  'PAYROLL_EMPLOYMENT_CREATED',
  'PAYROLL_EMPLOYMENT_UPDATED',
  'CHANGES_ACKNOWLEDGED',
  'WORKFLOW_ROUTE_SET',
  'WORKFLOW_REQUEST_STARTED',
  'WORKFLOW_REQUEST_AUTO_APPROVED',
  'WORKFLOW_STEP_OPENED',
  'WORKFLOW_STEP_STUCK',
  'WORKFLOW_STEP_DECIDED',
  'WORKFLOW_REQUEST_FINISHED',
  'DEPARTMENT_SAVED',
  'DEPARTMENT_MANAGERS_SET',
  'PERSON_DEPARTMENT_SET',
  'INSURANCE_OFFER_CREATED',
  'INSURANCE_OFFER_UPDATED',
  'INSURANCE_OFFER_DELETED',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The text of an action; one the SPA does not know yet shows its code, never breaks the list. */
export function actionMessage(action: string): { id: MessageId; values?: Record<string, string> } {
  return isAuditAction(action) ? { id: `audit.action.${action}` } : { id: 'audit.action.unknown', values: { code: action } };
}

export const ACTOR_KINDS = ['STAFF_USER', 'API_CLIENT', 'EMPLOYEE', 'SYSTEM'] as const;

export function actorKindMessage(kind: string): MessageId {
  return (ACTOR_KINDS as readonly string[]).includes(kind)
    ? (`audit.actor.${kind as (typeof ACTOR_KINDS)[number]}` as const)
    : 'audit.actor.unknown';
}

/** ID prefixes of the targets that nodes(ids:) can name (graph/support.go nodeTables). */
const NAMEABLE = /^(acc|per|prd|doc|lst|zkm)_/;

export function nameableTargets(ids: Iterable<string>): string[] {
  return [...new Set([...ids].filter((id) => NAMEABLE.test(id)))].sort();
}
