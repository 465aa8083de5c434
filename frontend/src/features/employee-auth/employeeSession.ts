import type { ResultOf } from '@graphql-typed-document-node/core';
import { readFragment, type FragmentType } from '../../gql';
import type { LoginInput } from '../../gql/graphql';
import { createSessionClient } from '../../lib/graphql/client';
import { answeredBy, takeEarlyRefresh } from '../../lib/graphql/early';
import { areaSession } from '../../lib/session/registry';
import { useSession, useSessionStore } from '../../lib/session/SessionContext';
import {
  SessionStore,
  type SessionMutation,
  type SessionMutationResult,
  type SessionPayload,
  type SessionState,
} from '../../lib/session/SessionStore';
import { employeeLoginMutation, employeeRefreshSessionMutation, employeeViewerFragment } from './employeeAuth.graphql';

export type EmployeeViewer = ResultOf<typeof employeeViewerFragment>;
export type EmployeeSession = SessionStore<EmployeeViewer>;

/*
 * R6: when the employer blocks access, the server ends the employee's sessions at once. The next request
 * of an open page gets HTTP 401 (extensions.reason ACCESS_BLOCKED), the data client refreshes, and
 * refreshSession answers the userError ACCESS_BLOCKED instead of SESSION_EXPIRED. The session store
 * then signs out as 'expired'; this flag tells the employee area that the reason was the block, so
 * its guard shows the "access ended" page instead of the sign-in page.
 */
let accessEnded = false;

/** True after the server said the session ended because the employer blocked access (R6). */
export function accessEndedByEmployer(): boolean {
  return accessEnded;
}

/** Forgets that signal (a new sign-in, or tests). */
export function clearAccessEnded(): void {
  accessEnded = false;
}

type MaskedPayload = Omit<SessionPayload<never>, 'viewer'> & {
  viewer?: FragmentType<typeof employeeViewerFragment> | null;
};

/**
 * Unmasks an EmployeeSessionPayload / RefreshSessionPayload that selected `viewer { ...EmployeeViewer }`.
 * Use it for every mutation that signs an employee in (employeeLogin, completeRegistration, resetPassword):
 *
 *     store.signIn(async (client) => {
 *       const { data, error } = await client.mutation(resetPasswordMutation, { input }).toPromise();
 *       return employeeSessionResult(error, data?.resetPassword);
 *     });
 */
export function employeeSessionResult(
  error: SessionMutationResult<EmployeeViewer>['error'],
  payload: MaskedPayload | null | undefined,
): SessionMutationResult<EmployeeViewer> {
  if (payload?.accessToken) accessEnded = false; // signed in (again): any earlier block is history
  return { error, payload: payload && { ...payload, viewer: readFragment(employeeViewerFragment, payload.viewer) } };
}

/**
 * `refreshSession(input: {area: EMPLOYEE})` for the employee session store. The first one after a
 * reload of the home is the one the page sent before the app had loaded (index.html's inline script,
 * lib/graphql/early.ts): its answer is taken, never a second refresh sent beside it.
 */
export const employeeRefresh: SessionMutation<EmployeeViewer> = async (client) => {
  const early = takeEarlyRefresh();
  const { data, error } = await client.mutation(employeeRefreshSessionMutation, {}, early ? answeredBy(early) : undefined).toPromise();
  const payload = data?.refreshSession;
  if (payload?.userErrors.some((e) => (e.code as string) === 'ACCESS_BLOCKED')) accessEnded = true;
  return employeeSessionResult(error, payload);
};

/** `employeeLogin` as a sign-in for the employee session store. */
export function employeeLogin(input: LoginInput): SessionMutation<EmployeeViewer> {
  return async (client) => {
    const { data, error } = await client.mutation(employeeLoginMutation, { input }).toPromise();
    return employeeSessionResult(error, data?.employeeLogin);
  };
}

/** The employee area's session (cookie wp_refresh_emp), made and restored on first use. */
export function employeeSession(): EmployeeSession {
  return areaSession('EMPLOYEE', () => new SessionStore({ area: 'EMPLOYEE', client: createSessionClient(), refresh: employeeRefresh }));
}

export const useEmployeeSession = (): SessionState<EmployeeViewer> => useSession<EmployeeViewer>();
export const useEmployeeSessionStore = (): EmployeeSession => useSessionStore<EmployeeViewer>();

/** The signed-in employee; only for components rendered behind <RequireEmployeeSession>. */
export function useEmployeeViewer(): EmployeeViewer {
  const session = useEmployeeSession();
  if (session.status !== 'signedIn') throw new Error('useEmployeeViewer needs a signed-in employee session');
  return session.viewer;
}
