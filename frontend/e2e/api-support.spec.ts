import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { apiLogin, gql, readDevMailbox } from './support/api';
import { PROVIDER_USER } from './support/demo';

const persistedDocumentsPath = fileURLToPath(new URL('../src/gql/persisted-documents.json', import.meta.url));

// The helpers the journeys build on, against the real server. API only: one viewport is enough.
test.describe('e2e support', () => {
  test.skip(({ isMobile }) => isMobile, 'API only');

  test('apiLogin and gql talk to the API as a staff user', async ({ request }) => {
    const token = await apiLogin(request, PROVIDER_USER);
    const data = await gql<{ viewer: { username: string; kind: string } }>(request, token, '{ viewer { username kind } }');
    expect(data.viewer).toEqual({ username: PROVIDER_USER, kind: 'STAFF_USER' });
  });

  test('readDevMailbox reads the dev mailbox', async ({ request }) => {
    const mails = await readDevMailbox(request, 'niemand@example.invalid');
    expect(mails).toEqual([]);
  });

  test('the server runs a known persisted document by its hash and refuses an unknown one', async ({ request }) => {
    const documents = JSON.parse(readFileSync(persistedDocumentsPath, 'utf8')) as Record<string, string>;
    const [hash] = Object.entries(documents).find(([, text]) => text.includes('mutation EmployeeRefreshSession')) ?? [];
    expect(hash).toBeDefined();

    const known = await request.post('/graphql', {
      data: { operationName: 'EmployeeRefreshSession', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    });
    const knownBody = (await known.json()) as {
      data?: { refreshSession: { userErrors: Array<{ code: string }> } };
      errors?: unknown[];
    };
    expect(knownBody.errors).toBeUndefined();
    expect(knownBody.data?.refreshSession.userErrors).toEqual([expect.objectContaining({ code: 'SESSION_EXPIRED' })]);

    const unknownHash = createHash('sha256').update('query { nope }').digest('hex');
    const unknown = await request.post('/graphql', {
      data: { extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } },
    });
    const unknownBody = (await unknown.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(unknownBody.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
