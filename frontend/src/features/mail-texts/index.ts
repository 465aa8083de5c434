import { lazy } from 'react';

// The mail texts page and the page of mails that could not be delivered, chunks of their own.
export const MailTextsPage = lazy(() => import('./MailTextsPage'));
export const FailedMailsPage = lazy(() => import('./FailedMailsPage'));
