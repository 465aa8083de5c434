import { lazy } from 'react';

// The employer's Verlofkalender (R32): a chunk of its own.
export const EmployerLeaveCalendarPage = lazy(() => import('./EmployerLeaveCalendarPage'));
