/*
 * The portal's layout and its home, one chunk: every signed-in page renders in the layout and the home
 * is where an employee lands, so they load together. As two chunks the home's imports were found only
 * once its own chunk had arrived, a round trip after the layout's (Lighthouse's simulated phone).
 */
export { default as PortalLayout } from './PortalLayout';
export { default as PortalHome } from './PortalHome';
