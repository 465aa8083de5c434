import { useCallback } from 'react';
import { useClient } from 'urql';
import type { CollectiveAccessInput } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { collectiveBlockMutation, collectiveGrantMutation } from './collective.graphql';
import type { Outcome } from './csv';

export type CollectiveKind = 'grant' | 'block';

/** Who: chosen persons, or everyone matching a filter and search (an empty filter: everyone). */
export type CollectiveSelection = Pick<CollectiveAccessInput, 'personIds' | 'filter' | 'search'>;

export interface CollectiveResult {
  taken: Outcome[];
  skipped: Outcome[];
}

export interface CallOutcome {
  result?: CollectiveResult;
  error?: MessageId;
}

/** Persons per request of a real run, so progress can be shown and no request gets huge. */
export const RUN_CHUNK = 250;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The outcome of a whole mutation: who the run took and skipped, plus whom the preview already
 * skipped (they were never sent).
 */
export function withPreviewSkips(run: CollectiveResult, preview: CollectiveResult): CollectiveResult {
  const inRun = new Set([...run.taken, ...run.skipped].map((o) => o.personId));
  return mergeResults([run, { taken: [], skipped: preview.skipped.filter((o) => !inRun.has(o.personId)) }]);
}

export function mergeResults(results: readonly CollectiveResult[]): CollectiveResult {
  const byNumber = (a: Outcome, b: Outcome) => a.employeeNumber - b.employeeNumber;
  return {
    taken: results.flatMap((r) => r.taken).sort(byNumber),
    skipped: results.flatMap((r) => r.skipped).sort(byNumber),
  };
}

/**
 * Collective grant (R5) or block (R7): `preview` is the dry run; `run` applies it to the persons the
 * preview took, in chunks, reporting progress, with a block's optional reason for the trail (R6). A
 * failure stops the run and says how far it got.
 */
export function useCollective(kind: CollectiveKind, employerId: string) {
  const client = useClient();

  const call = useCallback(
    async (input: CollectiveAccessInput, reason?: string): Promise<CallOutcome> => {
      if (kind === 'grant') {
        const { data, error } = await client.mutation(collectiveGrantMutation, { input }).toPromise();
        const payload = data?.collectiveGrantAccess;
        const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
        if (failure || !payload) return { error: failure ?? 'error.generic' };
        return { result: { taken: [...payload.taken], skipped: [...payload.skipped] } };
      }
      // The reason only when given: the trail then has none, as for one block (R6).
      const { data, error } = await client.mutation(collectiveBlockMutation, reason ? { input, reason } : { input }).toPromise();
      const payload = data?.collectiveBlock;
      const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (failure || !payload) return { error: failure ?? 'error.generic' };
      return { result: { taken: [...payload.taken], skipped: [...payload.skipped] } };
    },
    [client, kind],
  );

  const preview = useCallback(
    (selection: CollectiveSelection) => call({ ...selection, employerId, dryRun: true }),
    [call, employerId],
  );

  const run = useCallback(
    async (personIds: readonly string[], onProgress: (done: number, total: number) => void, reason?: string) => {
      const results: CollectiveResult[] = [];
      let done = 0;
      onProgress(0, personIds.length);
      for (const ids of chunk(personIds, RUN_CHUNK)) {
        const outcome = await call({ employerId, personIds: ids, dryRun: false }, reason);
        if (outcome.error || !outcome.result) {
          return { result: mergeResults(results), error: outcome.error ?? 'error.generic', processed: done };
        }
        results.push(outcome.result);
        done += ids.length;
        onProgress(done, personIds.length);
      }
      return { result: mergeResults(results), processed: done };
    },
    [call, employerId],
  );

  return { preview, run };
}

/** What useCollective gives: the dry run and the run. */
export type Collective = ReturnType<typeof useCollective>;
