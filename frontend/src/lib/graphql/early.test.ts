import { Client, fetchExchange, mapExchange, makeOperation } from '@urql/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portalHomeQuery } from '../../features/employee-content/home.graphql';
import { takeEarlyRefresh } from './early';
import { earlyAnswersExchange } from './earlyAnswers';
import { documentHash, persistedDocumentsExchange } from './persisted';

afterEach(() => {
  delete globalThis.__werkportaalEarly;
});

const answer = (me: unknown) =>
  Promise.resolve(new Response(JSON.stringify({ data: { me } }), { headers: { 'Content-Type': 'application/json' } }));

/** A data client as createDataClient makes it, with a fixed bearer token in place of the auth exchange. */
function client(token: string) {
  const bearer = mapExchange({
    onOperation: (operation) =>
      makeOperation(operation.kind, operation, { ...operation.context, fetchOptions: { headers: { Authorization: `Bearer ${token}` } } }),
  });
  return new Client({ url: '/graphql', exchanges: [bearer, earlyAnswersExchange(), persistedDocumentsExchange(), fetchExchange] });
}

describe('early answers', () => {
  it('takes the page’s refresh once', () => {
    const refresh = answer(null);
    globalThis.__werkportaalEarly = { refresh, answers: {} };
    expect(takeEarlyRefresh()).toBe(refresh);
    expect(takeEarlyRefresh()).toBeNull();
  });

  it('has no refresh where the page sent none', () => {
    expect(takeEarlyRefresh()).toBeNull();
  });

  it('answers a query the page sent with the same token once, then the network answers', async () => {
    const network = vi.fn(() => answer({ __typename: 'EmployeeMe', features: ['FROM_NETWORK'] }));
    vi.stubGlobal('fetch', network);
    const hash = documentHash(portalHomeQuery)!;
    globalThis.__werkportaalEarly = { token: 't1', answers: { [hash]: answer({ __typename: 'EmployeeMe', features: ['EARLY'] }) } };
    const c = client('t1');

    const first = await c.query(portalHomeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(first.data?.me?.features).toEqual(['EARLY']);
    expect(network).not.toHaveBeenCalled();

    const second = await c.query(portalHomeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(second.data?.me?.features).toEqual(['FROM_NETWORK']);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('does not give another session’s answer, and drops it', async () => {
    const network = vi.fn(() => answer({ __typename: 'EmployeeMe', features: ['FROM_NETWORK'] }));
    vi.stubGlobal('fetch', network);
    const hash = documentHash(portalHomeQuery)!;
    globalThis.__werkportaalEarly = { token: 't1', answers: { [hash]: answer({ __typename: 'EmployeeMe', features: ['EARLY'] }) } };

    const result = await client('t2').query(portalHomeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(result.data?.me?.features).toEqual(['FROM_NETWORK']);
    expect(globalThis.__werkportaalEarly.answers).toEqual({});
  });
});
