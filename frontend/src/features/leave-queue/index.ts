import { lazy } from 'react';

// Each page is a chunk of its own: the employer's Verlofaanvragen and the person page's Verlof tab.
export const LeaveQueuePage = lazy(() => import('./LeaveQueuePage'));
export const PersonLeaveLedger = lazy(() => import('./PersonLeaveLedger'));
