import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the admin area: every feature folder except the staff sign-in (features/auth, whose
 * texts the staff area brings: auth/StaffMessages.tsx) and the employee area (features/employee-*).
 * Imported here, the Dutch catalogues land in the admin chunk; English is fetched when chosen. The
 * leave calendar's and the downloads' texts (components/calendar, lib/download) and the error texts of
 * the signed-in pages' own codes (lib/graphql/domain) come along: they are not in the entry chunk
 * either (i18n/catalogue.ts).
 */
export const { Messages: AdminMessages } = chunkMessages(
  import.meta.glob<Catalogue>(
    [
      '../**/messages.nl.json',
      '!../auth/**',
      '!../employee-*/**',
      '../../components/calendar/messages.nl.json',
      '../../lib/download/messages.nl.json',
      '../../lib/graphql/domain/messages.nl.json',
    ],
    { eager: true, import: 'default' },
  ),
  import.meta.glob<Catalogue>(
    [
      '../**/messages.en.json',
      '!../auth/**',
      '!../employee-*/**',
      '../../components/calendar/messages.en.json',
      '../../lib/download/messages.en.json',
      '../../lib/graphql/domain/messages.en.json',
    ],
    { import: 'default' },
  ),
);
