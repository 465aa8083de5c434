import { lazy } from 'react';

// Chunks of their own: the employer's Persoonsgegevens page (the handlers' queue and the field
// settings, R37) and the history card of the person page.
export const PersonalDataChangesPage = lazy(() => import('./PersonalDataChangesPage'));
export const PersonDataChanges = lazy(() => import('./PersonDataChanges'));
