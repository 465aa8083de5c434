import { lazy } from 'react';

// Uitnodigingen: the invitation funnel of an employer (R2–R4), a chunk of its own.
export const InvitationFunnelPage = lazy(() => import('./InvitationFunnelPage'));
