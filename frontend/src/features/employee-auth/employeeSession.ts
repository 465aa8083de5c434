import type { ResultOf } from '@graphql-typed-document-node/core';
import { readFragment, type FragmentType } from '../../gql';
import type { LoginInput } from '../../gql/graphql';
import { createSessionClient } from '../../lib/graphql/client';
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
  return { error, payload: payload && { ...payload, viewer: readFragment(employeeViewerFragment, payload.viewer) } };
}

/** `refreshSession(input: {area: EMPLOYEE})` for the employee session store. */
export const employeeRefresh: SessionMutation<EmployeeViewer> = async (client) => {
  const { data, error } = await client.mutation(employeeRefreshSessionMutation, {}).toPromise();
  return employeeSessionResult(error, data?.refreshSession);
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
