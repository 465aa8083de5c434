import { lazy } from 'react';

// A chunk of its own: the employer's Declaraties (components and the handlers' queue, R36).
export const ClaimsAdminPage = lazy(() => import('./ClaimsAdminPage'));
