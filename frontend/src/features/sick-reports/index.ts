import { lazy } from 'react';

// Each page is a chunk of its own: the employer's Verzuim page and the person page's Verzuim tab.
export const SickReportsPage = lazy(() => import('./SickReportsPage'));
export const PersonSickReports = lazy(() => import('./PersonSickReports'));
