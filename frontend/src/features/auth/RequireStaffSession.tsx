import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { PageStatus } from '../../components/PageStatus';
import { useStaffSession } from './staffSession';

export interface LoginRedirectState {
  from?: string;
}

/** Renders its children only for a signed-in staff user; otherwise sends the visitor to /inloggen. */
export function RequireStaffSession({ children }: { children: ReactNode }) {
  const session = useStaffSession();
  const location = useLocation();

  switch (session.status) {
    case 'restoring':
      return <PageStatus messageId="session.checking" />;
    case 'signedOut': {
      const state: LoginRedirectState = { from: location.pathname + location.search };
      return <Navigate to="/inloggen" replace state={state} />;
    }
    case 'signedIn':
      if (session.viewer.kind !== 'STAFF_USER') {
        return <PageMessage titleId="forbidden.title" bodyId="forbidden.body" />;
      }
      return children;
  }
}
