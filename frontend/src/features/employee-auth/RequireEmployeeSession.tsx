import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageStatus } from '../../components/PageStatus';
import { EMPLOYEE_LOGIN } from './paths';
import { useEmployeeSession } from './employeeSession';

/** Renders its children only for a signed-in employee; otherwise sends the visitor to the sign-in page. */
export function RequireEmployeeSession({ children }: { children: ReactNode }) {
  const session = useEmployeeSession();
  const location = useLocation();

  switch (session.status) {
    case 'restoring':
      return <PageStatus messageId="session.checking" />;
    case 'signedOut':
      return <Navigate to={EMPLOYEE_LOGIN} replace state={{ from: location.pathname + location.search }} />;
    case 'signedIn':
      return children;
  }
}
