import { chunkMessages } from '../../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the staff's password pages (Wachtwoord vergeten?, the invitation and reset links,
 * R43). Not in the entry chunk like the rest of features/auth (i18n/catalogue.ts leaves this folder
 * out): the sign-in pages have a budget (scripts/bundle-report.mjs) and these texts are only needed on
 * the pages of StaffRecovery's own chunk. English is fetched when chosen. The password fields'
 * texts (components/password) come along: they are not in the entry either.
 */
export const { Messages: RecoveryMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['./messages.nl.json', '../../../components/password/messages.nl.json'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['./messages.en.json', '../../../components/password/messages.en.json'], { import: 'default' }),
);
