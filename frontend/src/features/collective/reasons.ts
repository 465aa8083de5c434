import type { CollectiveSkipReason } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';

/** Every skip reason of the schema (exhaustive: a new server reason fails the type check). */
export const REASON_MESSAGES = {
  OUT_OF_SERVICE: 'collective.reason.OUT_OF_SERVICE',
  NO_EMAIL: 'collective.reason.NO_EMAIL',
  INVALID_EMAIL: 'collective.reason.INVALID_EMAIL',
  ALREADY_HAS_ACCESS: 'collective.reason.ALREADY_HAS_ACCESS',
  INVITATION_PENDING: 'collective.reason.INVITATION_PENDING',
  ACCOUNT_BLOCKED: 'collective.reason.ACCOUNT_BLOCKED',
  NO_ACCESS: 'collective.reason.NO_ACCESS',
  ALREADY_BLOCKED: 'collective.reason.ALREADY_BLOCKED',
} as const satisfies Record<CollectiveSkipReason, MessageId>;

export function reasonMessage(reason: string): MessageId {
  return Object.hasOwn(REASON_MESSAGES, reason) ? REASON_MESSAGES[reason as CollectiveSkipReason] : 'collective.reason.unknown';
}

/** Skipped persons counted per reason, most frequent first. */
export function countByReason(outcomes: ReadonlyArray<{ reason: CollectiveSkipReason | null }>): Array<[CollectiveSkipReason, number]> {
  const counts = new Map<CollectiveSkipReason, number>();
  for (const o of outcomes) if (o.reason) counts.set(o.reason, (counts.get(o.reason) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
