// The staff session as the admin features use it. The staff area itself (StaffArea) is loaded by
// app/routes.tsx, the composition root.
export { useHasRight, useRights } from './rights';
export { useStaffViewer } from './staffSession';
