/*
 * Addresses of the employee area. All are bookmarkable (R24). The server's mails link to
 * EMPLOYEE_INVITATION#TOKEN, EMPLOYEE_RESET_PASSWORD#TOKEN, EMPLOYEE_LOGIN, EMPLOYEE_FORGOT_PASSWORD and
 * EMPLOYEE_HOME: keep those five as they are.
 */

/** Start page of the employee portal (signed in). */
export const EMPLOYEE_HOME = '/werknemer';
/** Sign-in page; mails link here too. */
export const EMPLOYEE_LOGIN = '/werknemer/inloggen';
/** The link of the access mail: /werknemer/uitnodiging#TOKEN (R2–R4). */
export const EMPLOYEE_INVITATION = '/werknemer/uitnodiging';
/** Wachtwoord vergeten? (R10); the lockout mail links here. */
export const EMPLOYEE_FORGOT_PASSWORD = '/werknemer/wachtwoord-vergeten';
/** The link of the password mail: /werknemer/wachtwoord-herstellen#TOKEN (R10). */
export const EMPLOYEE_RESET_PASSWORD = '/werknemer/wachtwoord-herstellen';
/** Gebruikersnaam vergeten? (R11). */
export const EMPLOYEE_FORGOT_USERNAME = '/werknemer/gebruikersnaam-vergeten';
/** Problemen met inloggen?: the help page with the FAQ. */
export const EMPLOYEE_LOGIN_HELP = '/werknemer/problemen-met-inloggen';
/** Account settings (R12), signed in. */
export const EMPLOYEE_ACCOUNT = '/werknemer/account';
/** Shown when the employer blocked access while the portal was open (R6). */
export const EMPLOYEE_ACCESS_ENDED = '/werknemer/toegang-beeindigd';

/** Where to go after signing in: back to the portal page that sent the employee here, else home. */
export function pathAfterEmployeeLogin(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && (from === EMPLOYEE_HOME || from.startsWith(`${EMPLOYEE_HOME}/`)) && from !== EMPLOYEE_LOGIN
    ? from
    : EMPLOYEE_HOME;
}

// tokenFromHash is shared with the staff area's links (lib/tokenFromHash.ts).
export { tokenFromHash } from '../../lib/tokenFromHash';

/*
 * The portal's content (R23), signed in; each page shows only when the employer's products include
 * its feature (R22). Bookmarkable (R24); the chosen employment travels along as ?dienstverband= (R18).
 */
/** Loonstroken: the list, newest first. */
export const EMPLOYEE_PAYSLIPS = '/werknemer/loonstroken';
/** One payslip: /werknemer/loonstroken/<payslip id>. */
export const employeePayslipPath = (id: string) => `${EMPLOYEE_PAYSLIPS}/${encodeURIComponent(id)}`;
/** Salarisgrafiek. */
export const EMPLOYEE_SALARY_CHART = '/werknemer/salarisgrafiek';
/** Jaaropgaven. */
export const EMPLOYEE_ANNUAL_STATEMENTS = '/werknemer/jaaropgaven';
/** Verlofkaart. */
export const EMPLOYEE_LEAVE = '/werknemer/verlof';
/** Verlof aanvragen (R30). */
export const EMPLOYEE_LEAVE_REQUESTS = '/werknemer/verlof-aanvragen';
/** Verlofkalender (R32). */
export const EMPLOYEE_LEAVE_CALENDAR = '/werknemer/verlofkalender';
/** Documenten. */
export const EMPLOYEE_DOCUMENTS = '/werknemer/documenten';
/** Persoonsgegevens. */
export const EMPLOYEE_PERSONAL_DATA = '/werknemer/persoonsgegevens';
/** Ziek en hersteld melden (R25). */
export const EMPLOYEE_ABSENCE = '/werknemer/ziek-en-hersteld';
/** Salaris berekenen (R39): a net-pay estimate. */
export const EMPLOYEE_SALARY_ESTIMATE = '/werknemer/salaris-berekenen';
/** Verzekeringen vergelijken (R40): collective insurance offers. */
export const EMPLOYEE_INSURANCE = '/werknemer/verzekeringen';
export const EMPLOYEE_CLAIMS = '/werknemer/declaraties';
/** Assistent (R41): questions about the employee's own data and the help. */
export const EMPLOYEE_ASSISTANT = '/werknemer/assistent';
export const EMPLOYEE_REGULATIONS = '/werknemer/regelingen';
/** Preboarding (R38): a new hire's checklist before the first working day; the home leads there while it is open. */
export const EMPLOYEE_PREBOARDING = '/werknemer/preboarding';
/** Mijn team (R35): a manager's tasks, team and substitutes. */
export const EMPLOYEE_MY_TEAM = '/werknemer/mijn-team';
