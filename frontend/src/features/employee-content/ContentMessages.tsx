import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the portal's content pages (this folder and its subfolders). Unlike the other
 * features/employee-* texts they are not in the entry chunk (i18n/catalogue.ts leaves this folder
 * out): the employee sign-in page has a budget of 170 KB gzip (scripts/bundle-report.mjs), and these
 * texts are only needed once someone is signed in. Imported here, the Dutch catalogues land in the
 * chunk the content pages share; English is fetched when chosen. catalogue.test.ts checks them like
 * every other catalogue (English twin, placeholders, collisions, messages.ts).
 */
// The loonstrook (features/payslip-view) is shared with the staff's payslip dialog, so its texts
// come along here too (the admin chunk brings them for staff).
export const { Messages: ContentMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['./**/messages.nl.json', '../payslip-view/messages.nl.json'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['./**/messages.en.json', '../payslip-view/messages.en.json'], { import: 'default' }),
);
