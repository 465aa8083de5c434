import { lazy } from 'react';

// The products page, a chunk of its own.
export const ProductsPage = lazy(() => import('./ProductsPage'));
