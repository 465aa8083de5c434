import { composeExchanges, makeErrorResult, type Exchange, type Operation, type TypedDocumentNode } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { filter, map, merge, pipe, share } from 'wonka';

/** The hash codegen embeds in every generated document (`persistedDocuments` in frontend/codegen.ts). */
export function documentHash(document: TypedDocumentNode<unknown, never> | object): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

const NOT_GENERATED =
  'GraphQL document without a persisted hash: write it with graphql() from src/gql and run `npm run codegen`.';

/**
 * Answers an operation whose document did not come from codegen with an error at once, instead of
 * letting it go out as full text (the server would run it) or hang.
 */
const requireGeneratedDocument: Exchange =
  ({ forward }) =>
  (operations$) => {
    const shared = pipe(operations$, share);
    const isGenerated = (operation: Operation) =>
      operation.kind === 'teardown' || documentHash(operation.query) !== undefined;
    const rejected = pipe(
      shared,
      filter((operation) => !isGenerated(operation)),
      map((operation) => makeErrorResult(operation, new Error(NOT_GENERATED))),
    );
    return merge([rejected, forward(pipe(shared, filter(isGenerated)))]);
  };

/**
 * Sends only `extensions.persistedQuery.sha256Hash` (no query text) for every query and mutation.
 * The server knows the SPA's documents (frontend/src/gql/persisted-documents.json is embedded in the
 * binary) and answers PERSISTED_QUERY_NOT_FOUND for anything else; there is no fallback to the full
 * text, so a document the server does not know fails loudly instead of silently.
 */
export function persistedDocumentsExchange(): Exchange {
  return composeExchanges([
    requireGeneratedDocument,
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      // POST like every other request: the answers are per user, so GET would buy no caching.
      preferGetForPersistedQueries: false,
      generateHash: (_query, document) => Promise.resolve(documentHash(document) ?? ''),
    }),
  ]);
}
