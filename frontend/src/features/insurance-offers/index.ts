import { lazy } from 'react';

// Verzekeringen (R40) and the assistant's counts (R41) for staff: chunks of their own.
export const InsuranceOffersPage = lazy(() => import('./InsuranceOffersPage'));
export const AssistantCountsPage = lazy(() => import('./AssistantCountsPage'));
