import { lazy } from 'react';

// Gebruikers (R43): the staff users of an employer, a chunk of its own.
export const StaffUsersPage = lazy(() => import('./StaffUsersPage'));

// Gebruikers of the provider itself (/beheer/gebruikers).
export const ProviderStaffUsersPage = lazy(() => import('./ProviderStaffUsersPage'));
