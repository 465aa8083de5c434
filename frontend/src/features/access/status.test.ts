import { describe, expect, it } from 'vitest';
import type { AccessStatus } from '../../gql/graphql';
import { allowedActions } from './status';

const can = { hasEmail: true, canSendUsername: true, canManage: true };

describe('allowed actions per access status', () => {
  it.each<[AccessStatus, Partial<typeof can>, string[]]>([
    ['NONE', {}, ['grant']],
    ['NONE', { hasEmail: false }, []], // R1: an address first
    ['INVITED', {}, ['resend', 'revoke']], // R3
    ['INVITED', { hasEmail: false }, ['revoke']],
    ['EXPIRED', {}, ['resend', 'revoke']], // R2: only a new invitation helps
    ['ACTIVE', {}, ['sendUsername', 'block']],
    ['ACTIVE', { canSendUsername: false }, ['block']], // R9: not before the first sign-in
    ['LOCKED', {}, ['sendUsername', 'block']], // R13: the lock ends by itself
    ['BLOCKED', {}, ['unblock']], // R6
  ])('%s %o → %o', (status, context, expected) => {
    expect(allowedActions(status, { ...can, ...context })).toEqual(expected);
  });

  it('offers nothing without MANAGE_PORTAL_ACCESS', () => {
    for (const status of ['NONE', 'INVITED', 'EXPIRED', 'ACTIVE', 'LOCKED', 'BLOCKED'] as const) {
      expect(allowedActions(status, { ...can, canManage: false })).toEqual([]);
    }
  });
});
