import { lazy } from 'react';

// The person page's Salarisstroken tab, a chunk of its own.
export const PersonPayslips = lazy(() => import('./PersonPayslips'));
