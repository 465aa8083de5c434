import type { ComponentType } from 'react';
import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the pages for a forgotten password or username and of the help page. Not in the entry
 * chunk (i18n/catalogue.ts leaves this folder out): the employee sign-in page has a JavaScript budget
 * (R24, scripts/bundle-report.mjs) and only links here. The password reset shows the invitation's
 * link states and the password fields (components/password), so their texts come along.
 */
const { Messages: RecoveryMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['./messages.nl.json', '../employee-invitation/messages.nl.json', '../../components/password/messages.nl.json'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['./messages.en.json', '../employee-invitation/messages.en.json', '../../components/password/messages.en.json'], { import: 'default' }),
);

/** The page with this folder's texts. */
export function withRecoveryMessages(Page: ComponentType) {
  return function WithRecoveryMessages() {
    return (
      <RecoveryMessages>
        <Page />
      </RecoveryMessages>
    );
  };
}
