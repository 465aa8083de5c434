import { lazy } from 'react';

// Nieuwe medewerkers (R38): the employer's new hires, a chunk of its own, and one new hire's checklist.
export const PreboardingListPage = lazy(() => import('./PreboardingListPage'));
export const PreboardingDetailPage = lazy(() => import('./PreboardingDetailPage'));
