import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { dutchMessages } from '../../i18n/catalogue';
import en from './messages.en.json';
import nl from './messages.nl.json';
import {
  messageIdForCombinedError,
  messageIdForMutationFailure,
  messageIdForUserErrorCode,
  isAuthError,
  topLevelErrorCode,
  TOP_LEVEL_ERROR_MESSAGES,
  USER_ERROR_MESSAGES,
} from './errors';

const topLevel = (code?: string) =>
  new CombinedError({
    graphQLErrors: [{ message: 'raw English from the server', extensions: code ? { code } : {} }],
  });

describe('messageIdForUserErrorCode', () => {
  it('maps INVALID_CREDENTIALS to the Dutch credentials message', () => {
    const id = messageIdForUserErrorCode('INVALID_CREDENTIALS');
    expect(id).toBe('error.INVALID_CREDENTIALS');
    expect(nl[id]).toBe('Gebruikersnaam of wachtwoord is onjuist.');
  });

  it('maps SESSION_EXPIRED', () => {
    expect(messageIdForUserErrorCode('SESSION_EXPIRED')).toBe('error.SESSION_EXPIRED');
  });

  it.each([['SOMETHING_NEW'], [''], ['toString'], ['__proto__'], [undefined], [42]])(
    'falls back to the generic message for %j',
    (code) => {
      expect(messageIdForUserErrorCode(code)).toBe('error.generic');
    },
  );
});

describe('messageIdForCombinedError', () => {
  it('reports a network failure as such', () => {
    expect(messageIdForCombinedError(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe(
      'error.network',
    );
  });

  it.each([
    ['UNAUTHENTICATED', 'error.UNAUTHENTICATED'],
    ['FORBIDDEN', 'error.FORBIDDEN'],
    ['NOT_FOUND', 'error.NOT_FOUND'],
    ['BAD_REQUEST', 'error.BAD_REQUEST'],
    ['INTERNAL', 'error.INTERNAL'],
    ['PERSISTED_QUERY_NOT_FOUND', 'error.PERSISTED_QUERY_NOT_FOUND'],
    ['SERVICE_UNAVAILABLE', 'error.SERVICE_UNAVAILABLE'],
    ['TOO_MANY_REQUESTS', 'error.TOO_MANY_REQUESTS'],
  ] as const)('maps extensions.code %s', (code, id) => {
    expect(messageIdForCombinedError(topLevel(code))).toBe(id);
  });

  it('uses the generic message for unknown or missing codes', () => {
    expect(messageIdForCombinedError(topLevel('TEAPOT'))).toBe('error.generic');
    expect(messageIdForCombinedError(topLevel())).toBe('error.generic');
  });

  it('exposes the first top-level code', () => {
    expect(topLevelErrorCode(topLevel('FORBIDDEN'))).toBe('FORBIDDEN');
    expect(topLevelErrorCode(undefined)).toBeNull();
  });
});

describe('messageIdForMutationFailure', () => {
  it('prefers a transport or top-level error over user errors', () => {
    expect(
      messageIdForMutationFailure({ error: topLevel('INTERNAL'), userErrors: [{ code: 'INVALID_CREDENTIALS' }] }),
    ).toBe('error.INTERNAL');
  });

  it('uses the first user error', () => {
    expect(
      messageIdForMutationFailure({ userErrors: [{ code: 'INVALID_CREDENTIALS' }, { code: 'SESSION_EXPIRED' }] }),
    ).toBe('error.INVALID_CREDENTIALS');
  });

  it('returns null when nothing went wrong', () => {
    expect(messageIdForMutationFailure({ userErrors: [] })).toBeNull();
  });
});

describe('isAuthError', () => {
  it('recognises UNAUTHENTICATED and HTTP 401', () => {
    expect(isAuthError(topLevel('UNAUTHENTICATED'))).toBe(true);
    expect(
      isAuthError(new CombinedError({ networkError: new Error('Unauthorized'), response: new Response('', { status: 401 }) })),
    ).toBe(true);
    expect(isAuthError(topLevel('FORBIDDEN'))).toBe(false);
  });
});

describe('error catalogue', () => {
  it('has a Dutch and an English message for every user error code and top-level code', () => {
    const ids = [...Object.values(USER_ERROR_MESSAGES), ...Object.values(TOP_LEVEL_ERROR_MESSAGES), 'error.network', 'error.generic'];
    for (const id of ids) {
      expect(nl[id as keyof typeof nl], id).toMatch(/\S/);
      expect(en[id as keyof typeof en], id).toMatch(/\S/);
      expect(dutchMessages[id as keyof typeof dutchMessages]).toBe(nl[id as keyof typeof nl]);
    }
  });

  it('has no messages nobody maps to', () => {
    const ids = new Set<string>([...Object.values(USER_ERROR_MESSAGES), ...Object.values(TOP_LEVEL_ERROR_MESSAGES), 'error.network', 'error.generic']);
    expect(Object.keys(nl).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('says EMAIL_REQUIRED in plain Dutch', () => {
    expect(nl[messageIdForUserErrorCode('EMAIL_REQUIRED')]).toBe('Er is geen e-mailadres bekend. Vul eerst een e-mailadres in.');
  });
});
