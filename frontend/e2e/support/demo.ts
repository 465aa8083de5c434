/** The demo dataset the e2e server starts with (server/demo; SEED_DEMO=true). */
export const DEMO_PASSWORD = 'Werkportaal-demo-2026';

/** ak-gebruiker of Voorbeeld Administratiekantoor, every right. */
export const PROVIDER_USER = 'ak-beheerder';
/** werkgevergebruiker of Voorbeeld MKB, every right except VIEW_MIJNLOKET_EMAIL. */
export const EMPLOYER_USER = 'wg-beheerder';

/** Employee (werknemer) of Voorbeeld MKB with portal access. Three wrong passwords lock him for an hour. */
export const DEMO_EMPLOYEE = { username: 'jan.jansen', firstName: 'Jan', employer: 'Voorbeeld MKB' } as const;

/** ak-gebruiker of Salarisbureau Noord, every right; the provider has not signed the MijnLoket addendum (R19). */
export const PROVIDER_WITHOUT_ADDENDUM = { username: 'ak-noord', provider: 'Salarisbureau Noord', employer: 'Kapsalon Knip' } as const;

/**
 * The second factor of the demo's provider users (R43; server/demo DemoTOTPSecret, printed by `make
 * run`). Employer users of the demo need none: its provider does not require it.
 */
export const DEMO_TOTP_SECRET = 'WERKPORTAALDEMOGEHEIMTOTPSLEUTEL';

/** The demo users who sign in with a second factor. */
export const TOTP_USERS: ReadonlySet<string> = new Set([PROVIDER_USER, PROVIDER_WITHOUT_ADDENDUM.username]);
