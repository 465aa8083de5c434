import { chunkMessages } from '../../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the second-factor step and the enrolment (R43), in the chunk of those pages only: the
 * entry catalogue serves the employee sign-in too, which has a budget (scripts/bundle-report.mjs).
 * The recovery codes' download texts (lib/download) come along.
 */
export const { Messages: SecondFactorMessages } = chunkMessages(
  import.meta.glob<Catalogue>(['./messages.nl.json', '../../../lib/download/messages.nl.json'], { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>(['./messages.en.json', '../../../lib/download/messages.en.json'], { import: 'default' }),
);
