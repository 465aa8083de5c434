import { lazy } from 'react';

// Mijn account (/beheer/account): the signed-in staff user's own second factor and recovery codes (R43).
export const StaffAccountPage = lazy(() => import('./StaffAccountPage'));
