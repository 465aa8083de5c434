import { lazy } from 'react';

// API-koppelingen (R44): the employer's API clients, a chunk of its own.
export const ApiClientsPage = lazy(() => import('./ApiClientsPage'));
