import { gql } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { keylessTypes } from '../../gql/graphcache';
import persistedDocuments from '../../gql/persisted-documents.json';
import { logoutMutation } from '../session/session.graphql';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { keys } from './cache';
import { createSessionClient } from './client';
import { documentHash } from './persisted';

describe('persisted documents', () => {
  it('every generated document carries the hash of its persisted text', () => {
    const hash = documentHash(logoutMutation);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((persistedDocuments as Record<string, string>)[hash!]).toContain('mutation Logout');
  });

  it('sends only the hash, never the query text', async () => {
    const server = mockGraphqlServer({
      Logout: () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
    });
    const result = await createSessionClient().mutation(logoutMutation, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(server.calls('Logout')[0]?.hash).toBe(documentHash(logoutMutation));
  });

  it('refuses a document that did not go through codegen', async () => {
    mockGraphqlServer({});
    const handWritten = gql`
      mutation Logout {
        logout {
          ok
        }
      }
    `;
    const result = await createSessionClient().mutation(handWritten, {}).toPromise();
    expect(result.error?.message).toMatch(/without a persisted hash/);
  });
});

describe('graphcache keys', () => {
  it('embed payloads, connections, edges, PageInfo and UserError (key null)', () => {
    for (const type of ['PageInfo', 'UserError', 'EmploymentConnection', 'EmploymentEdge', 'LoginPayload']) {
      expect(keylessTypes).toContain(type);
      expect(keys[type]?.({ __typename: type })).toBeNull();
    }
  });

  it('leave types with an id to the default key', () => {
    for (const type of ['Person', 'Employer', 'Account', 'Viewer']) {
      expect(keys[type]).toBeUndefined();
    }
  });
});
