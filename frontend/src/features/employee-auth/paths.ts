/** Start page of the employee portal (signed in). */
export const EMPLOYEE_HOME = '/werknemer';
/** Sign-in page; mails link here too. */
export const EMPLOYEE_LOGIN = '/werknemer/inloggen';

/** Where to go after signing in: back to the portal page that sent the employee here, else home. */
export function pathAfterEmployeeLogin(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && (from === EMPLOYEE_HOME || from.startsWith(`${EMPLOYEE_HOME}/`)) && from !== EMPLOYEE_LOGIN
    ? from
    : EMPLOYEE_HOME;
}
