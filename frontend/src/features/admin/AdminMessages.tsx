import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the admin area: every feature folder except the sign-in pages (features/auth) and
 * the employee area (features/employee-*), whose texts ship in the entry chunk (i18n/catalogue.ts).
 * Imported here, the Dutch catalogues land in the admin chunk; English is fetched when chosen.
 */
export const { Messages: AdminMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['../**/messages.nl.json', '!../auth/**', '!../employee-*/**'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['../**/messages.en.json', '!../auth/**', '!../employee-*/**'], { import: 'default' }),
);
