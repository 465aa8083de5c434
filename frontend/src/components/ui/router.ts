import type { NavigateOptions } from 'react-router';

/*
 * React Aria's links (GridListItem href, Tab href, Link) navigate through react-router inside the
 * admin area (<RouterProvider> in AdminArea). `routerOptions` are react-router's navigate options,
 * e.g. { state: { from } } so a person page can return to the list it was opened from (R16).
 */
declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/** Where a page was opened from, carried in the location state. */
export interface ReturnState {
  from?: string;
}

/** A safe in-app return path from location state, or null. */
export function returnPathFrom(state: unknown, prefix: string): string | null {
  const from = (state as ReturnState | null)?.from;
  return typeof from === 'string' && from.startsWith(prefix) && !from.startsWith('//') ? from : null;
}
