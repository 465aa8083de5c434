import { makeOperation, type Exchange, type Operation } from '@urql/core';
import { map, pipe } from 'wonka';
import { documentHash } from './persisted';

// The answers of the home's first queries that index.html's inline script fetched (early.ts).

function authorization(operation: Operation): string | undefined {
  const options = operation.context.fetchOptions;
  const headers = (typeof options === 'function' ? options() : options)?.headers;
  if (!headers) return undefined;
  return new Headers(headers).get('Authorization') ?? undefined;
}

/** The page's answer to the query `hash` sent with `token`, once. */
function takeAnswer(hash: string, token: string): Promise<Response> | undefined {
  const early = globalThis.__werkportaalEarly;
  const answer = early?.token === token ? early.answers[hash] : undefined;
  if (answer) delete early!.answers[hash];
  return answer;
}

/**
 * Answers a query the page sent early (same document, sent with the same access token) with that
 * answer instead of sending it again; the answer then goes through urql's fetch exchange and the
 * cache like any other. Sits after the auth exchange, which adds the token it compares. The answer
 * is taken when urql fetches, not when the operation passes: an operation torn down before it was
 * sent (a component mounted twice, React's StrictMode) leaves it to the next one, and a second
 * operation that comes too late fetches as usual.
 */
export function earlyAnswersExchange(): Exchange {
  const adopt = (operation: Operation): Operation => {
    const early = globalThis.__werkportaalEarly;
    const token = early?.token;
    const hash = documentHash(operation.query);
    if (operation.kind !== 'query' || !early || !token || !hash || !early.answers[hash]) return operation;
    // Another session's answer (a sign-out and a new sign-in in between) is not this viewer's.
    if (authorization(operation) !== `Bearer ${token}`) {
      delete early.answers[hash];
      return operation;
    }
    const answered: typeof fetch = (input, init) => takeAnswer(hash, token) ?? fetch(input, init);
    return makeOperation(operation.kind, operation, { ...operation.context, fetch: answered });
  };
  return ({ forward }) =>
    (operations$) =>
      forward(pipe(operations$, map(adopt)));
}
