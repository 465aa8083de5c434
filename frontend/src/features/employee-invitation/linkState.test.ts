import { describe, expect, it } from 'vitest';
import { invitationView, invitationViewForError } from './linkState';

describe('invitationView (link state → page)', () => {
  it.each([
    [{ state: 'VALID', birthDateVerified: false }, 'birthDate'],
    [{ state: 'VALID', birthDateVerified: true }, 'credentials'],
    [{ state: 'EXPIRED', birthDateVerified: false }, 'expired'],
    [{ state: 'EXPIRED', birthDateVerified: true }, 'expired'],
    [{ state: 'USED', birthDateVerified: true }, 'used'],
    [{ state: 'REVOKED', revokeReason: 'WITHDRAWN', birthDateVerified: false }, 'withdrawn'],
    [{ state: 'REVOKED', revokeReason: 'RESENT', birthDateVerified: false }, 'replaced'],
    [{ state: 'REVOKED', revokeReason: 'BIRTH_DATE_ATTEMPTS', birthDateVerified: false }, 'burned'],
    [{ state: 'REVOKED', revokeReason: 'BLOCKED', birthDateVerified: false }, 'blocked'],
    [{ state: 'REVOKED', revokeReason: null, birthDateVerified: false }, 'withdrawn'],
    [{ state: 'REVOKED', revokeReason: 'SOMETHING_NEW', birthDateVerified: false }, 'withdrawn'],
  ] as const)('%o → %s', (info, view) => {
    expect(invitationView(info)).toBe(view);
  });

  it('a link the server does not know (NOT_FOUND → null) is notFound', () => {
    expect(invitationView(null)).toBe('notFound');
    expect(invitationView(undefined)).toBe('notFound');
  });
});

describe('invitationViewForError (a refused step → page)', () => {
  it.each([
    ['INVITATION_NOT_FOUND', 'notFound'],
    ['INVITATION_EXPIRED', 'expired'],
    ['INVITATION_LOCKED', 'burned'],
    ['INVITATION_USED', 'used'],
    ['INVITATION_REVOKED', 'reload'],
    ['BIRTH_DATE_NOT_VERIFIED', 'birthDate'],
    ['WRONG_BIRTH_DATE', null],
    ['USERNAME_TAKEN', null],
    ['PASSWORD_TOO_GUESSABLE', null],
    [null, null],
  ])('%s → %s', (code, view) => {
    expect(invitationViewForError(code)).toBe(view);
  });
});
