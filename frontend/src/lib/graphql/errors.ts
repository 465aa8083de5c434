import type { CombinedError } from '@urql/core';
import type { UserErrorCode } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';

/** Catalogue ids for everything that can go wrong talking to the API (lib/graphql/messages.*.json). */
export type ErrorMessageId = Extract<MessageId, `error.${string}`>;

/**
 * Every `userErrors[].code` of the schema. Exhaustive on purpose: when the server adds a code,
 * `npm run codegen` adds it to UserErrorCode and this stops compiling until it has a message (Dutch in
 * messages.nl.json, English in messages.en.json). A screen that needs a more specific text for a code
 * maps it itself and falls back to this.
 */
export const USER_ERROR_MESSAGES = {
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  INVALID_SECOND_FACTOR: 'error.INVALID_SECOND_FACTOR',
  SECOND_FACTOR_EXPIRED: 'error.SECOND_FACTOR_EXPIRED',
  SESSION_EXPIRED: 'error.SESSION_EXPIRED',
  ACCESS_BLOCKED: 'error.ACCESS_BLOCKED',
  UNKNOWN_PRODUCT: 'error.UNKNOWN_PRODUCT',
  ADDENDUM_REQUIRED: 'error.ADDENDUM_REQUIRED',
  MIJNLOKET_REQUIRED: 'error.MIJNLOKET_REQUIRED',
  ALREADY_ACTIVE: 'error.ALREADY_ACTIVE',
  NOT_ACTIVE: 'error.NOT_ACTIVE',
  FEATURES_STILL_ACTIVE: 'error.FEATURES_STILL_ACTIVE',
  INVALID_INPUT: 'error.INVALID_INPUT',
  EMAIL_REQUIRED: 'error.EMAIL_REQUIRED',
  INVALID_EMAIL: 'error.INVALID_EMAIL',
  INVITATION_PENDING: 'error.INVITATION_PENDING',
  ALREADY_HAS_ACCESS: 'error.ALREADY_HAS_ACCESS',
  ACCOUNT_BLOCKED: 'error.ACCOUNT_BLOCKED',
  NO_INVITATION: 'error.NO_INVITATION',
  INVITATION_USED: 'error.INVITATION_USED',
  NO_ACCESS: 'error.NO_ACCESS',
  ALREADY_BLOCKED: 'error.ALREADY_BLOCKED',
  BLOCK_REASON_TOO_LONG: 'error.BLOCK_REASON_TOO_LONG',
  NOT_BLOCKED: 'error.NOT_BLOCKED',
  USERNAME_NOT_AVAILABLE: 'error.USERNAME_NOT_AVAILABLE',
  INVITATION_NOT_FOUND: 'error.INVITATION_NOT_FOUND',
  INVITATION_EXPIRED: 'error.INVITATION_EXPIRED',
  INVITATION_REVOKED: 'error.INVITATION_REVOKED',
  INVITATION_LOCKED: 'error.INVITATION_LOCKED',
  WRONG_BIRTH_DATE: 'error.WRONG_BIRTH_DATE',
  BIRTH_DATE_NOT_VERIFIED: 'error.BIRTH_DATE_NOT_VERIFIED',
  USERNAME_INVALID: 'error.USERNAME_INVALID',
  USERNAME_TAKEN: 'error.USERNAME_TAKEN',
  PASSWORD_TOO_SHORT: 'error.PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'error.PASSWORD_TOO_LONG',
  PASSWORD_COMMON_PASSWORD: 'error.PASSWORD_COMMON_PASSWORD',
  PASSWORD_CONTAINS_PERSONAL_DATA: 'error.PASSWORD_CONTAINS_PERSONAL_DATA',
  PASSWORD_TOO_GUESSABLE: 'error.PASSWORD_TOO_GUESSABLE',
  RESET_LINK_INVALID: 'error.RESET_LINK_INVALID',
  RESET_LINK_EXPIRED: 'error.RESET_LINK_EXPIRED',
  RESET_LINK_USED: 'error.RESET_LINK_USED',
  CURRENT_PASSWORD_WRONG: 'error.CURRENT_PASSWORD_WRONG',
  INVALID_TEMPLATE: 'error.INVALID_TEMPLATE',
  EMPLOYMENT_NOT_FOUND: 'error.EMPLOYMENT_NOT_FOUND',
  DUPLICATE_IN_BATCH: 'error.DUPLICATE_IN_BATCH',
  INVALID_BSN: 'error.INVALID_BSN',
  FILE_TOO_LARGE: 'error.FILE_TOO_LARGE',
  UNSUPPORTED_FILE_TYPE: 'error.UNSUPPORTED_FILE_TYPE',
  FIRST_SICK_DAY_IN_FUTURE: 'error.FIRST_SICK_DAY_IN_FUTURE',
  HOURS_WORKED_OUT_OF_RANGE: 'error.HOURS_WORKED_OUT_OF_RANGE',
  ALREADY_REPORTED_SICK: 'error.ALREADY_REPORTED_SICK',
  NOT_REPORTED_SICK: 'error.NOT_REPORTED_SICK',
  RECOVERY_BEFORE_FIRST_SICK_DAY: 'error.RECOVERY_BEFORE_FIRST_SICK_DAY',
  RECOVERY_BEFORE_PARTIAL_RECOVERY: 'error.RECOVERY_BEFORE_PARTIAL_RECOVERY',
  WORK_RESUMED_OUT_OF_RANGE: 'error.WORK_RESUMED_OUT_OF_RANGE',
  TOO_MANY_VERZUIM_CONTACTS: 'error.TOO_MANY_VERZUIM_CONTACTS',
  SICK_REPORT_OVERLAPS: 'error.SICK_REPORT_OVERLAPS',
  INVALID_CLAIM: 'error.INVALID_CLAIM',
  INVALID_CLAIM_COMPONENT: 'error.INVALID_CLAIM_COMPONENT',
  CLAIM_DATE_IN_FUTURE: 'error.CLAIM_DATE_IN_FUTURE',
  CLAIM_OUTSIDE_EMPLOYMENT: 'error.CLAIM_OUTSIDE_EMPLOYMENT',
  CLAIM_RECEIPT_REQUIRED: 'error.CLAIM_RECEIPT_REQUIRED',
  CLAIM_RECEIPTS_NOT_AVAILABLE: 'error.CLAIM_RECEIPTS_NOT_AVAILABLE',
  CLAIM_NOT_OPEN: 'error.CLAIM_NOT_OPEN',
  CLAIM_NOT_FOUND: 'error.CLAIM_NOT_FOUND',
  CLAIM_REJECTION_NEEDS_REASON: 'error.CLAIM_REJECTION_NEEDS_REASON',
  CLAIM_NOT_APPROVED: 'error.CLAIM_NOT_APPROVED',
  INVALID_PAYROLL_PERIOD: 'error.INVALID_PAYROLL_PERIOD',
  TOO_MANY_CLAIM_RECEIPTS: 'error.TOO_MANY_CLAIM_RECEIPTS',
  DUPLICATE_VERZUIM_CONTACT: 'error.DUPLICATE_VERZUIM_CONTACT',
  MAIL_NOT_FAILED: 'error.MAIL_NOT_FAILED',
  INVALID_LEAVE_TYPE: 'error.INVALID_LEAVE_TYPE',
  DUPLICATE_LEAVE_TYPE_NAME: 'error.DUPLICATE_LEAVE_TYPE_NAME',
  STATUTORY_LEAVE_TYPE_EXISTS: 'error.STATUTORY_LEAVE_TYPE_EXISTS',
  LEAVE_SCHEME_NOT_ACTIVE: 'error.LEAVE_SCHEME_NOT_ACTIVE',
  LEAVE_TYPE_NOT_FOUND: 'error.LEAVE_TYPE_NOT_FOUND',
  INVALID_LEAVE_ENTRY: 'error.INVALID_LEAVE_ENTRY',
  TOO_MANY_LEAVE_ENTRIES: 'error.TOO_MANY_LEAVE_ENTRIES',
  INVALID_WORK_PATTERN: 'error.INVALID_WORK_PATTERN',
  NO_WORK_PATTERN: 'error.NO_WORK_PATTERN',
  INVALID_LEAVE_REQUEST: 'error.INVALID_LEAVE_REQUEST',
  INVALID_WORKFLOW_ROUTE: 'error.INVALID_WORKFLOW_ROUTE',
  WORKFLOW_EDITOR_NOT_ACTIVE: 'error.WORKFLOW_EDITOR_NOT_ACTIVE',
  SELF_APPROVAL: 'error.SELF_APPROVAL',
  NO_TEXT: 'error.NO_TEXT',
  WORKFLOW_STEP_NOT_ASSIGNED: 'error.WORKFLOW_STEP_NOT_ASSIGNED',
  WORKFLOW_REQUEST_NOT_OPEN: 'error.WORKFLOW_REQUEST_NOT_OPEN',
  PERSON_NOT_FOUND: 'error.PERSON_NOT_FOUND',
  INVALID_DEPARTMENT: 'error.INVALID_DEPARTMENT',
  INVALID_ESCALATION_LIMIT: 'error.INVALID_ESCALATION_LIMIT',
  DATA_FIELD_NOT_REQUESTABLE: 'error.DATA_FIELD_NOT_REQUESTABLE',
  INVALID_IBAN: 'error.INVALID_IBAN',
  INVALID_POSTCODE: 'error.INVALID_POSTCODE',
  INVALID_DATA_CHANGE: 'error.INVALID_DATA_CHANGE',
  DATA_CHANGE_PENDING: 'error.DATA_CHANGE_PENDING',
  DATA_CHANGE_NOT_FOUND: 'error.DATA_CHANGE_NOT_FOUND',
  PASSWORD_ATTEMPTS_EXCEEDED: 'error.PASSWORD_ATTEMPTS_EXCEEDED',
  NOT_A_MANAGER: 'error.NOT_A_MANAGER',
  INVALID_SUBSTITUTE: 'error.INVALID_SUBSTITUTE',
  LEAVE_REQUEST_ZERO_HOURS: 'error.LEAVE_REQUEST_ZERO_HOURS',
  LEAVE_REQUEST_OVERLAP: 'error.LEAVE_REQUEST_OVERLAP',
  LEAVE_OUTSIDE_EMPLOYMENT: 'error.LEAVE_OUTSIDE_EMPLOYMENT',
  LEAVE_TYPE_NOT_REQUESTABLE: 'error.LEAVE_TYPE_NOT_REQUESTABLE',
  LEAVE_BALANCE_TOO_LOW: 'error.LEAVE_BALANCE_TOO_LOW',
  LEAVE_REQUEST_NOT_OPEN: 'error.LEAVE_REQUEST_NOT_OPEN',
  LEAVE_REJECTION_NEEDS_REASON: 'error.LEAVE_REJECTION_NEEDS_REASON',
  LEAVE_CANCELLATION_NOT_POSSIBLE: 'error.LEAVE_CANCELLATION_NOT_POSSIBLE',
  LEAVE_REQUEST_NOT_FOUND: 'error.LEAVE_REQUEST_NOT_FOUND',
  RIGHT_NOT_HELD: 'error.RIGHT_NOT_HELD',
  API_CLIENT_DISABLED: 'error.API_CLIENT_DISABLED',
  SYNC_BATCH_TOO_LARGE: 'error.SYNC_BATCH_TOO_LARGE',
  PERSON_DATA_CONFLICT: 'error.PERSON_DATA_CONFLICT',
  PERSON_KEY_MISMATCH: 'error.PERSON_KEY_MISMATCH',
  END_BEFORE_START: 'error.END_BEFORE_START',
  SYNC_CONCURRENT_CHANGE: 'error.SYNC_CONCURRENT_CHANGE',
  INVALID_CURSOR: 'error.INVALID_CURSOR',
  CURSOR_AHEAD: 'error.CURSOR_AHEAD',
  LAST_ADMIN: 'error.LAST_ADMIN',
  OWN_ACCOUNT: 'error.OWN_ACCOUNT',
  SECOND_FACTOR_NOT_ENROLLED: 'error.SECOND_FACTOR_NOT_ENROLLED',
  INSURANCE_LINK_NOT_HTTPS: 'error.INSURANCE_LINK_NOT_HTTPS',
  INSURANCE_LINK_PERSONAL: 'error.INSURANCE_LINK_PERSONAL',
  TOO_MANY_INSURANCE_OFFERS: 'error.TOO_MANY_INSURANCE_OFFERS',
  QUESTION_TOO_LONG: 'error.QUESTION_TOO_LONG',
  QUESTION_EMPTY: 'error.QUESTION_EMPTY',
  INVALID_CALENDAR_MONTH: 'error.INVALID_CALENDAR_MONTH',
  PREBOARDING_WRONG_STATE: 'error.PREBOARDING_WRONG_STATE',
  PREBOARDING_INCOMPLETE: 'error.PREBOARDING_INCOMPLETE',
  PREBOARDING_NOT_CONFIGURED: 'error.PREBOARDING_NOT_CONFIGURED',
  PREBOARDING_NOT_ACTIVE: 'error.PREBOARDING_NOT_ACTIVE',
  PREBOARDING_EMAIL_IN_USE: 'error.PREBOARDING_EMAIL_IN_USE',
  PREBOARDING_REMARKS_REQUIRED: 'error.PREBOARDING_REMARKS_REQUIRED',
  PREBOARDING_FIRST_DAY_PASSED: 'error.PREBOARDING_FIRST_DAY_PASSED',
} as const satisfies Record<UserErrorCode, ErrorMessageId>;

/** `extensions.code` of top-level GraphQL errors (graph/errors.go presentError). */
export const TOP_LEVEL_ERROR_MESSAGES = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  BAD_REQUEST: 'error.BAD_REQUEST',
  INTERNAL: 'error.INTERNAL',
  PERSISTED_QUERY_NOT_FOUND: 'error.PERSISTED_QUERY_NOT_FOUND',
  FEATURE_NOT_ACTIVE: 'error.FEATURE_NOT_ACTIVE',
  SERVICE_UNAVAILABLE: 'error.SERVICE_UNAVAILABLE',
  TOO_MANY_REQUESTS: 'error.TOO_MANY_REQUESTS',
} as const satisfies Record<string, ErrorMessageId>;

export type TopLevelErrorCode = keyof typeof TOP_LEVEL_ERROR_MESSAGES;

export const GENERIC_ERROR: ErrorMessageId = 'error.generic';
export const NETWORK_ERROR: ErrorMessageId = 'error.network';

function lookup<T extends Record<string, ErrorMessageId>>(table: T, code: unknown): ErrorMessageId | null {
  return typeof code === 'string' && Object.hasOwn(table, code) ? (table[code] ?? null) : null;
}

/**
 * The message for a `userErrors[].code`. A code the SPA was not built with (a newer server) gets the
 * generic message, never the server's English text.
 */
export function messageIdForUserErrorCode(code: unknown): ErrorMessageId {
  return lookup(USER_ERROR_MESSAGES, code) ?? GENERIC_ERROR;
}

/** The message for a transport or top-level GraphQL error as urql reports it. */
export function messageIdForCombinedError(error: CombinedError): ErrorMessageId {
  if (error.networkError) return NETWORK_ERROR;
  for (const graphQLError of error.graphQLErrors) {
    const id = lookup(TOP_LEVEL_ERROR_MESSAGES, graphQLError.extensions?.['code']);
    if (id) return id;
  }
  return GENERIC_ERROR;
}

/** `extensions.code` of the first top-level error that has one. */
export function topLevelErrorCode(error: CombinedError | undefined): string | null {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string') return code;
  }
  return null;
}

/** True when the server refused the bearer token (HTTP 401 with extensions.code UNAUTHENTICATED). */
export function isAuthError(error: CombinedError): boolean {
  return (
    error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ||
    (error.response as Response | undefined)?.status === 401
  );
}

interface MutationOutcome {
  error?: CombinedError | undefined;
  userErrors?: ReadonlyArray<{ code: string }> | null | undefined;
}

/**
 * What to tell the user after a mutation that did not succeed: a transport or top-level error wins,
 * then the first user error. `null` when neither is present.
 */
export function messageIdForMutationFailure({ error, userErrors }: MutationOutcome): ErrorMessageId | null {
  if (error) return messageIdForCombinedError(error);
  const first = userErrors?.[0];
  return first ? messageIdForUserErrorCode(first.code) : null;
}
