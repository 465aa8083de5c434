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
