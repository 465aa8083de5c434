import type { PasswordResetLinkState } from '../../gql/graphql';

/** What the page of the password mail's link shows (R10). */
export type ResetLinkView = 'form' | 'expired' | 'used' | 'invalid';

/** The page for what `passwordResetLink(token)` answered; no token at all is an invalid link. */
export function resetLinkView(state: PasswordResetLinkState | null | undefined): ResetLinkView {
  switch (state) {
    case 'VALID':
      return 'form';
    case 'EXPIRED':
      return 'expired';
    case 'USED':
      return 'used';
    default:
      return 'invalid';
  }
}

/** The page a refused resetPassword leads to when the link stopped working meanwhile; null for form errors. */
export function resetLinkViewForError(code: string | null | undefined): ResetLinkView | null {
  switch (code) {
    case 'RESET_LINK_EXPIRED':
      return 'expired';
    case 'RESET_LINK_USED':
      return 'used';
    case 'RESET_LINK_INVALID':
      return 'invalid';
    default:
      return null;
  }
}
