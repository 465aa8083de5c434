import { lazy } from 'react';

// The employer's Verlofregeling page is a chunk of its own; the work pattern and the correction form
// are part of the person page's Verlof tab (leave-queue/PersonLeaveLedger), itself a lazy chunk.
export const LeaveSchemePage = lazy(() => import('./LeaveSchemePage'));
export { WorkPatternPanel } from './WorkPatternPanel';
export { LeaveCorrectionForm } from './LeaveCorrectionForm';
export { leaveProducts, type LeaveProducts } from './products';
