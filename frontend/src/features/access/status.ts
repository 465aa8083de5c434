import type { AccessStatus } from '../../gql/graphql';

/** Every portal action on the Persoon tab (R2, R3, R6, R9). */
export type AccessAction = 'grant' | 'resend' | 'revoke' | 'block' | 'unblock' | 'sendUsername';

export interface AccessContext {
  /** The person has an e-mail address (R1: needed to invite). */
  hasEmail: boolean;
  /** account.canSendUsername (R9: access and signed in at least once). */
  canSendUsername: boolean;
  /** The staff user holds MANAGE_PORTAL_ACCESS. */
  canManage: boolean;
}

/**
 * The actions offered in a status, in the order they are shown; only what the server would allow
 * and what makes sense to a staff user:
 *
 * - NONE: grant (needs an e-mail address, R1);
 * - INVITED: send again (a new link, the old one stops) or withdraw (R3);
 * - EXPIRED: only a new invitation helps (R2), or withdraw the dead one;
 * - ACTIVE / LOCKED: send the username (R9, after a first sign-in) and block (R6);
 * - BLOCKED: unblock (R6).
 */
export function allowedActions(status: AccessStatus, { hasEmail, canSendUsername, canManage }: AccessContext): AccessAction[] {
  if (!canManage) return [];
  switch (status) {
    case 'NONE':
      return hasEmail ? ['grant'] : [];
    case 'INVITED':
    case 'EXPIRED':
      return hasEmail ? ['resend', 'revoke'] : ['revoke'];
    case 'ACTIVE':
    case 'LOCKED':
      return canSendUsername ? ['sendUsername', 'block'] : ['block'];
    case 'BLOCKED':
      return ['unblock'];
  }
}

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const STATUS_TONE: Record<AccessStatus, StatusTone> = {
  NONE: 'neutral',
  INVITED: 'info',
  EXPIRED: 'warning',
  ACTIVE: 'success',
  LOCKED: 'warning',
  BLOCKED: 'danger',
};

/** A status the SPA does not know (a newer server) is shown as its code in a neutral badge. */
export function isKnownStatus(value: string): value is AccessStatus {
  return Object.hasOwn(STATUS_TONE, value);
}
