import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageStatus } from '../../components/PageStatus';
import { accessEndedByEmployer, useEmployeeSession } from './employeeSession';
import { EMPLOYEE_ACCESS_ENDED, EMPLOYEE_LOGIN } from './paths';

/**
 * Renders its children only for a signed-in employee. Otherwise it sends the visitor to the sign-in
 * page, or — when the session ended because the employer blocked access (R6) — to the page that says
 * so. Either way nothing of the portal stays on screen: the area's data client and its cache are
 * dropped with the session (lib/session/SessionContext).
 */
export function RequireEmployeeSession({ children }: { children: ReactNode }) {
  const session = useEmployeeSession();
  const location = useLocation();

  switch (session.status) {
    case 'restoring':
      return <PageStatus messageId="session.checking" />;
    case 'signedOut':
      if (accessEndedByEmployer()) return <Navigate to={EMPLOYEE_ACCESS_ENDED} replace />;
      // After signing out on purpose, signing in again starts at home; otherwise it returns here.
      if (session.reason === 'loggedOut') return <Navigate to={EMPLOYEE_LOGIN} replace />;
      return <Navigate to={EMPLOYEE_LOGIN} replace state={{ from: location.pathname + location.search }} />;
    case 'signedIn':
      return children;
  }
}
