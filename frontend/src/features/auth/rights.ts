import type { Right } from '../../gql/graphql';
import { useStaffViewer } from './staffSession';

/** Whether the signed-in staff user holds a right (viewer.rights); the server enforces it anyway. */
export function useHasRight(right: Right): boolean {
  return useStaffViewer().rights.includes(right);
}

/** All rights of the signed-in staff user, for components that check several. */
export function useRights(): ReadonlySet<Right> {
  return new Set(useStaffViewer().rights);
}
