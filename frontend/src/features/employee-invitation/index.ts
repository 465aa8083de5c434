import { lazy } from 'react';

// The invitation page (/werknemer/uitnodiging#TOKEN), a chunk of its own. Only the lazy page: this
// module is part of the sign-in page's bundle (EmployeeArea), which has a budget.
export const InvitationPage = lazy(() => import('./InvitationPage'));
