import type { Right } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';

const RIGHT_MESSAGES: Record<Right, MessageId> = {
  VIEW_EMPLOYEES: 'right.VIEW_EMPLOYEES',
  MANAGE_PORTAL_ACCESS: 'right.MANAGE_PORTAL_ACCESS',
  COLLECTIVE_MUTATIONS: 'right.COLLECTIVE_MUTATIONS',
  MANAGE_PRODUCTS: 'right.MANAGE_PRODUCTS',
  MANAGE_MAIL_TEMPLATES: 'right.MANAGE_MAIL_TEMPLATES',
  VIEW_MIJNLOKET_EMAIL: 'right.VIEW_MIJNLOKET_EMAIL',
  VIEW_AUDIT_LOG: 'right.VIEW_AUDIT_LOG',
  MANAGE_PAYROLL_DATA: 'right.MANAGE_PAYROLL_DATA',
  MANAGE_HR_SETTINGS: 'right.MANAGE_HR_SETTINGS',
  HANDLE_REQUESTS: 'right.HANDLE_REQUESTS',
  MANAGE_USERS: 'right.MANAGE_USERS',
  MANAGE_PREBOARDING: 'right.MANAGE_PREBOARDING',
};

/** Catalogue message for a right; a right the UI does not know yet gets a neutral label with its code. */
export function rightMessage(right: string): { id: MessageId; values?: Record<string, string> } {
  return Object.hasOwn(RIGHT_MESSAGES, right)
    ? { id: RIGHT_MESSAGES[right as Right] }
    : { id: 'right.unknown', values: { code: right } };
}
