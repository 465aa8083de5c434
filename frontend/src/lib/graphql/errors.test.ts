import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import nl from '../../i18n/nl.json';
import {
  messageIdForCombinedError,
  messageIdForMutationFailure,
  messageIdForUserErrorCode,
  topLevelErrorCode,
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

describe('error catalogue', () => {
  it('has a Dutch message for every id the mapping can return', () => {
    for (const id of Object.keys(nl).filter((k) => k.startsWith('error.'))) {
      expect(nl[id as keyof typeof nl]).not.toMatch(/^\s*$/);
    }
  });
});
