import { lazy } from 'react';

// The admin area under /beheer, a chunk of its own that loads once a staff user is signed in.
export const AdminArea = lazy(() => import('./AdminArea'));
