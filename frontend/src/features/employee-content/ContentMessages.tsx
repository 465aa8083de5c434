import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the portal's content pages (this folder and its subfolders). Unlike the other
 * features/employee-* texts they are not in the entry chunk (i18n/catalogue.ts leaves this folder
 * out): the employee sign-in page has a budget of 120 KB gzip (scripts/bundle-report.mjs), and these
 * texts are only needed once someone is signed in. Imported here, the Dutch catalogues land in the
 * chunk the content pages share; English is fetched when chosen. catalogue.test.ts checks them like
 * every other catalogue (English twin, placeholders, collisions, messages.ts).
 */
// The loonstrook (features/payslip-view) is shared with the staff's payslip dialog, so its texts
// come along here too (the admin chunk brings them for staff). The account page (employee-portal,
// inside the portal's layout) and its username and password forms (employee-username,
// employee-invitation, components/password) bring none of their own: they are here, out of the entry
// chunk as well, like the leave calendar's (components/calendar)
// and the downloads' (lib/download), and the error texts of the portal's own codes (lib/graphql/domain).
export const { Messages: ContentMessages } = chunkMessages(
  import.meta.glob<Catalogue>(
    [
      './**/messages.nl.json',
      '../payslip-view/messages.nl.json',
      '../employee-portal/messages.nl.json',
      '../employee-username/messages.nl.json',
      '../employee-invitation/messages.nl.json',
      '../../components/password/messages.nl.json',
      '../../components/calendar/messages.nl.json',
      '../../lib/download/messages.nl.json',
      '../../lib/graphql/domain/messages.nl.json',
    ],
    { eager: true, import: 'default' },
  ),
  import.meta.glob<Catalogue>(
    [
      './**/messages.en.json',
      '../payslip-view/messages.en.json',
      '../employee-portal/messages.en.json',
      '../employee-username/messages.en.json',
      '../employee-invitation/messages.en.json',
      '../../components/password/messages.en.json',
      '../../components/calendar/messages.en.json',
      '../../lib/download/messages.en.json',
      '../../lib/graphql/domain/messages.en.json',
    ],
    { import: 'default' },
  ),
);
