import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import type { CacheConfig } from '../../lib/graphql/cache';

/*
 * graphcache updates of the staff area. Payloads that return a Person (one-by-one access changes)
 * update that person everywhere by themselves; what they cannot update are lists whose membership
 * depends on the change (the employments list filtered on access status, the R8 list, the audit
 * trail). Those are invalidated here and fetched again when shown.
 */

function invalidateFields(cache: Cache, entity: string | { __typename: string; id: string }, fieldNames: readonly string[]) {
  for (const field of cache.inspectFields(entity)) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate(entity, field.fieldName, field.arguments ?? undefined);
  }
}

function invalidateAudit(cache: Cache) {
  invalidateFields(cache, 'Query', ['auditEvents']);
}

function invalidateEmployments(cache: Cache, employerId: string | null | undefined) {
  if (employerId) invalidateFields(cache, { __typename: 'Employer', id: employerId }, ['employments']);
}

type PersonPayload = { person?: { id: string; employer?: { id: string } | null } | null } | null | undefined;

const afterPersonChange =
  (field: string): UpdateResolver =>
  (result, _args, cache) => {
    const payload = result[field] as PersonPayload;
    if (!payload?.person) return;
    invalidateEmployments(cache, payload.person.employer?.id);
    invalidateAudit(cache);
  };

type CollectivePayload = { dryRun?: boolean; taken?: Array<{ personId: string }> | null } | null | undefined;

const afterCollective =
  (field: string): UpdateResolver =>
  (result, args, cache) => {
    const payload = result[field] as CollectivePayload;
    if (!payload || payload.dryRun) return;
    // The payload names the persons but not their new state: drop what is cached about them.
    for (const { personId } of payload.taken ?? []) cache.invalidate({ __typename: 'Person', id: personId });
    invalidateEmployments(cache, (args as { input?: { employerId?: string } }).input?.employerId);
    invalidateAudit(cache);
  };

const auditOnly: UpdateResolver = (_result, _args, cache) => invalidateAudit(cache);

/** A requeued mail is no longer FAILED: every cached page of failedMails is fetched again. */
const afterRequeue: UpdateResolver = (_result, _args, cache) => {
  invalidateFields(cache, 'Query', ['failedMails']);
  invalidateAudit(cache);
};

export const staffCache: CacheConfig = {
  updates: {
    Mutation: {
      updatePersonEmail: afterPersonChange('updatePersonEmail'),
      grantAccess: afterPersonChange('grantAccess'),
      resendInvitation: afterPersonChange('resendInvitation'),
      revokeInvitation: afterPersonChange('revokeInvitation'),
      blockAccess: afterPersonChange('blockAccess'),
      unblockAccess: afterPersonChange('unblockAccess'),
      sendUsername: afterPersonChange('sendUsername'),
      collectiveGrantAccess: afterCollective('collectiveGrantAccess'),
      collectiveBlock: afterCollective('collectiveBlock'),
      activateProduct: auditOnly,
      deactivateProduct: auditOnly,
      setMailTemplate: auditOnly,
      resetMailTemplate: auditOnly,
      requeueMail: afterRequeue,
      requeueFailedMails: afterRequeue,
    },
  },
};
