import { lazy } from 'react';

// The employee's account page (R12), a chunk of its own.
export const AccountPage = lazy(() => import('./AccountPage'));
