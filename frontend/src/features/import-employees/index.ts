import { lazy } from 'react';

// Werknemers importeren (R45): a CSV file through the same service as syncEmployees, a chunk of its own.
export const ImportEmployeesPage = lazy(() => import('./ImportEmployeesPage'));
