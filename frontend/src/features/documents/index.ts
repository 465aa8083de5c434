import { lazy } from 'react';

// Each page is a chunk of its own: the employer's documents page and the person page's Documenten tab.
export const EmployerDocumentsPage = lazy(() => import('./EmployerDocumentsPage'));
export const PersonDocuments = lazy(() => import('./PersonDocuments'));
