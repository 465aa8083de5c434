import { lazy } from 'react';

// The collective actions page, a chunk of its own.
export const CollectivePage = lazy(() => import('./CollectivePage'));
