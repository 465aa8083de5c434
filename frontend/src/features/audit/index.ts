import { lazy } from 'react';

export { PersonAuditTrail } from './PersonAuditTrail';

// The employer's audit log page, a chunk of its own.
export const AuditPage = lazy(() => import('./AuditPage'));
