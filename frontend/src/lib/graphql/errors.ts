import type { CombinedError } from 'urql';
import type { MessageId } from '../../i18n/locale';

/** Catalogue ids for everything that can go wrong talking to the API. */
export type ErrorMessageId = Extract<MessageId, `error.${string}`>;

/** Codes of `userErrors` the UI knows a message for. The server may add codes; those get the fallback. */
const USER_ERROR_MESSAGES = {
  INVALID_CREDENTIALS: 'error.INVALID_CREDENTIALS',
  SESSION_EXPIRED: 'error.SESSION_EXPIRED',
} as const satisfies Record<string, ErrorMessageId>;

/** `extensions.code` of top-level GraphQL errors. */
const TOP_LEVEL_ERROR_MESSAGES = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  BAD_REQUEST: 'error.BAD_REQUEST',
  INTERNAL: 'error.INTERNAL',
} as const satisfies Record<string, ErrorMessageId>;

export type KnownUserErrorCode = keyof typeof USER_ERROR_MESSAGES;
export type TopLevelErrorCode = keyof typeof TOP_LEVEL_ERROR_MESSAGES;

export const GENERIC_ERROR: ErrorMessageId = 'error.generic';
export const NETWORK_ERROR: ErrorMessageId = 'error.network';

function lookup<T extends Record<string, ErrorMessageId>>(table: T, code: unknown): ErrorMessageId | null {
  return typeof code === 'string' && Object.hasOwn(table, code) ? (table[code] ?? null) : null;
}

/** The message for a `userErrors[].code`; unknown codes get the generic message, never the server text. */
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
