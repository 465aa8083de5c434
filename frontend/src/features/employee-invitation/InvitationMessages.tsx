import type { ComponentType } from 'react';
import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The invitation page's texts and those of the username check and password fields it shows. Not in the entry chunk
 * (i18n/catalogue.ts leaves these folders out): the employee sign-in page has a JavaScript budget
 * (R24, scripts/bundle-report.mjs), and this page is a chunk of its own.
 */
const { Messages: InvitationMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['./messages.nl.json', '../employee-username/messages.nl.json', '../../components/password/messages.nl.json'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['./messages.en.json', '../employee-username/messages.en.json', '../../components/password/messages.en.json'], { import: 'default' }),
);

/** The page with the invitation's texts. */
export function withInvitationMessages(Page: ComponentType) {
  return function WithInvitationMessages() {
    return (
      <InvitationMessages>
        <Page />
      </InvitationMessages>
    );
  };
}
