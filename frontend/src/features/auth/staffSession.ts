import type { ResultOf } from '@graphql-typed-document-node/core';
import { readFragment } from '../../gql';
import type { LoginInput } from '../../gql/graphql';
import { createSessionClient } from '../../lib/graphql/client';
import { areaSession } from '../../lib/session/registry';
import { useSession, useSessionStore } from '../../lib/session/SessionContext';
import { SessionStore, type SessionMutation, type SessionState } from '../../lib/session/SessionStore';
import { loginMutation, secondFactorChallengeFragment, staffRefreshSessionMutation, staffViewerFragment } from './auth.graphql';

export type StaffChallenge = ResultOf<typeof secondFactorChallengeFragment>;

export type StaffViewer = ResultOf<typeof staffViewerFragment>;
export type StaffSession = SessionStore<StaffViewer>;

/** `refreshSession(input: {area: STAFF})` for the staff session store. */
export const staffRefresh: SessionMutation<StaffViewer> = async (client) => {
  const { data, error } = await client.mutation(staffRefreshSessionMutation, {}).toPromise();
  const payload = data?.refreshSession;
  return { error, payload: payload && { ...payload, viewer: readFragment(staffViewerFragment, payload.viewer) } };
};

/**
 * `login` as a sign-in for the staff session store. When the password was right but the second factor
 * is due (R43), there is no session yet: onChallenge gets the challenge, and the store's sign-in fails.
 */
export function staffLogin(input: LoginInput, onChallenge?: (challenge: StaffChallenge) => void): SessionMutation<StaffViewer> {
  return async (client) => {
    const { data, error } = await client.mutation(loginMutation, { input }).toPromise();
    const payload = data?.login;
    const challenge = readFragment(secondFactorChallengeFragment, payload?.secondFactor);
    if (challenge) onChallenge?.(challenge);
    return { error, payload: payload && { ...payload, viewer: readFragment(staffViewerFragment, payload.viewer) } };
  };
}

/** The staff area's session (cookie wp_refresh), made and restored on first use. */
export function staffSession(): StaffSession {
  return areaSession('STAFF', () => new SessionStore({ area: 'STAFF', client: createSessionClient(), refresh: staffRefresh }));
}

export const useStaffSession = (): SessionState<StaffViewer> => useSession<StaffViewer>();
export const useStaffSessionStore = (): StaffSession => useSessionStore<StaffViewer>();

/** The signed-in staff user; only for components rendered behind <RequireStaffSession>. */
export function useStaffViewer(): StaffViewer {
  const session = useStaffSession();
  if (session.status !== 'signedIn') throw new Error('useStaffViewer needs a signed-in staff session');
  return session.viewer;
}
