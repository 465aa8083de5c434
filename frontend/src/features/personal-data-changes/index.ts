import { lazy } from 'react';

// A chunk of its own: the employer's Persoonsgegevens page (the handlers' queue and the field
// settings, R37). The person page's history card is not lazy: suspending inside the person page
// while its chunk loaded swallowed the first press of the access panel's buttons (admin-access.spec).
export const PersonalDataChangesPage = lazy(() => import('./PersonalDataChangesPage'));
export { default as PersonDataChanges } from './PersonDataChanges';
