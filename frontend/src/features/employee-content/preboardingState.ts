import { useQuery } from 'urql';
import type { PortalFeature, PreboardingState } from '../../gql/graphql';
import { preboardingStateQuery } from './preboardingState.graphql';

/** Until staff complete or end it, a new hire's portal is the checklist (R38). */
const OPEN: readonly PreboardingState[] = ['INVITED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'];

/**
 * Whether the signed-in employee is a new hire whose checklist is open. `pending` while that is not
 * known yet: the features are still loading, or the employer has Preboarding and the answer is on
 * its way. Without the feature (R22) nothing is asked.
 */
export function useOpenPreboarding(features: readonly PortalFeature[] | undefined): { pending: boolean; open: boolean } {
  const active = !!features?.includes('PREBOARDING');
  const [{ data, error }] = useQuery({ query: preboardingStateQuery, pause: !active, requestPolicy: 'cache-and-network' });
  if (!active) return { pending: features === undefined, open: false };
  const state = data?.me?.preboarding?.state;
  return { pending: !data && !error, open: state !== undefined && OPEN.includes(state) };
}
