import type { PreboardingItem, PreboardingState } from '../../gql/graphql';
import { employerPath } from '../employers';

/** The states in which staff still act (R38): everything before completed or ended. */
export const OPEN_STATES: readonly PreboardingState[] = ['INVITED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'];

/** The checklist in its order (server/preboarding Items). */
export const ITEMS: readonly PreboardingItem[] = ['PERSONAL', 'ADDRESS', 'BSN', 'IBAN', 'TAX_CREDIT', 'EMERGENCY_CONTACT', 'ID_DOCUMENT'];

/** The badge class of a state: what needs staff (submitted) stands out. */
export const STATE_TONE: Record<PreboardingState, 'badgeInfo' | 'badgeNeutral' | 'badgeWarning' | 'badgeSuccess' | 'badgeDanger'> = {
  INVITED: 'badgeNeutral',
  IN_PROGRESS: 'badgeInfo',
  SUBMITTED: 'badgeWarning',
  RETURNED: 'badgeInfo',
  COMPLETED: 'badgeSuccess',
  ENDED: 'badgeDanger',
};

/** "Sem van Leeuwen". */
export function candidateName(p: { firstName: string; lastNamePrefix: string; lastName: string }): string {
  return [p.firstName, p.lastNamePrefix, p.lastName].filter((part) => part.trim() !== '').join(' ');
}

/** Either product brings Nieuwe medewerkers (R22; the server accepts either, PREBOARDING_NOT_ACTIVE otherwise). */
export function hasPreboardingProduct(codes: ReadonlyArray<{ code: string }>): boolean {
  return codes.some((p) => p.code === 'PREBOARDING' || p.code === 'MIJNLOKET_PREBOARDING');
}

/** /beheer/werkgevers/:id/nieuwe-medewerkers[/:preboardingId] */
export function preboardingPath(employerId: string, preboardingId?: string): string {
  return employerPath(employerId, preboardingId ? `nieuwe-medewerkers/${encodeURIComponent(preboardingId)}` : 'nieuwe-medewerkers');
}
