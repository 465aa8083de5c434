import { lazy } from 'react';

// The mail texts page, a chunk of its own.
export const MailTextsPage = lazy(() => import('./MailTextsPage'));
