import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { dutchMessages } from '../../i18n/catalogue';
import domainEn from './domain/messages.en.json';
import domainNl from './domain/messages.nl.json';
import entryEn from './messages.en.json';
import entryNl from './messages.nl.json';
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

// The error texts are two catalogues: those the sign-in and public pages need (entry chunk) and the
// signed-in pages' own codes (domain/, brought by the portal's and the admin area's chunks).
const nl: Record<string, string> = { ...entryNl, ...domainNl };
const en: Record<string, string> = { ...entryEn, ...domainEn };

describe('error catalogue', () => {
  it('has a Dutch and an English message for every user error code and top-level code', () => {
    const ids = [...Object.values(USER_ERROR_MESSAGES), ...Object.values(TOP_LEVEL_ERROR_MESSAGES), 'error.network', 'error.generic'];
    for (const id of ids) {
      expect(nl[id], id).toMatch(/\S/);
      expect(en[id], id).toMatch(/\S/);
    }
  });

  it('keeps the texts of sign-in, sessions, invitations, passwords and top-level errors in the entry chunk', () => {
    // R24: the codes the sign-in and public pages (outside the portal's and admin chunks) can show.
    const entryIds = [
      ...Object.values(TOP_LEVEL_ERROR_MESSAGES),
      'error.network',
      'error.generic',
      'error.INVALID_CREDENTIALS',
      'error.INVALID_SECOND_FACTOR',
      'error.ACCESS_BLOCKED',
      'error.INVITATION_EXPIRED',
      'error.WRONG_BIRTH_DATE',
      'error.USERNAME_TAKEN',
      'error.PASSWORD_TOO_GUESSABLE',
      'error.RESET_LINK_USED',
    ];
    for (const id of entryIds) expect(dutchMessages[id as keyof typeof dutchMessages], id).toBe(nl[id]);
    expect(Object.keys(domainNl).filter((id) => Object.hasOwn(entryNl, id))).toEqual([]);
  });

  it('has no messages nobody maps to', () => {
    const ids = new Set<string>([...Object.values(USER_ERROR_MESSAGES), ...Object.values(TOP_LEVEL_ERROR_MESSAGES), 'error.network', 'error.generic']);
    expect(Object.keys(nl).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('says EMAIL_REQUIRED in plain Dutch', () => {
    expect(nl[messageIdForUserErrorCode('EMAIL_REQUIRED')]).toBe('Er is geen e-mailadres bekend. Vul eerst een e-mailadres in.');
  });
});
