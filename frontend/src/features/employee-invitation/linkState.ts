import type { InvitationLinkState } from '../../gql/graphql';

/*
 * Which page the invitation link shows (R2–R4), from what the server says about the link. The page
 * first explains the link's state with the next step; only a valid link asks anything.
 */

export type InvitationView =
  /** Valid, birth date not answered yet (or the answer is too old): step 1. */
  | 'birthDate'
  /** Valid and the birth date was answered: step 2, username and password. */
  | 'credentials'
  /** Older than 96 hours (R2): only a new invitation helps. */
  | 'expired'
  /** Withdrawn by the employer (R3). */
  | 'withdrawn'
  /** Replaced by a newer link: the employer sent the invitation again (R3). */
  | 'replaced'
  /** Three wrong birth dates burned the link (R4). */
  | 'burned'
  /** The employer blocked access (R6), which also ends pending invitations. */
  | 'blocked'
  /** Already used to register: sign in instead. */
  | 'used'
  /** No such link (mistyped, cut off by the mail program). */
  | 'notFound';

export interface InvitationLinkInfo {
  state: InvitationLinkState;
  revokeReason?: string | null;
  birthDateVerified: boolean;
}

/** The page for what `invitation(token)` answered; null (NOT_FOUND) is a link we do not know. */
export function invitationView(info: InvitationLinkInfo | null | undefined): InvitationView {
  if (!info) return 'notFound';
  switch (info.state) {
    case 'VALID':
      return info.birthDateVerified ? 'credentials' : 'birthDate';
    case 'EXPIRED':
      return 'expired';
    case 'USED':
      return 'used';
    case 'REVOKED':
      switch (info.revokeReason) {
        case 'RESENT':
          return 'replaced';
        case 'BIRTH_DATE_ATTEMPTS':
          return 'burned';
        case 'BLOCKED':
          return 'blocked';
        default:
          return 'withdrawn';
      }
  }
}

/**
 * The page a refused verifyInvitation or completeRegistration leads to, when the userError says the
 * link changed meanwhile; null for errors that belong on the form itself (wrong birth date, username
 * taken, weak password). For INVITATION_REVOKED the page reloads the link's state, which tells why.
 */
export function invitationViewForError(code: string | null | undefined): InvitationView | 'reload' | null {
  switch (code) {
    case 'INVITATION_NOT_FOUND':
      return 'notFound';
    case 'INVITATION_EXPIRED':
      return 'expired';
    case 'INVITATION_LOCKED':
      return 'burned';
    case 'INVITATION_USED':
      return 'used';
    case 'INVITATION_REVOKED':
      return 'reload';
    case 'BIRTH_DATE_NOT_VERIFIED':
      return 'birthDate';
    default:
      return null;
  }
}
