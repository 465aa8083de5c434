import { chunkMessages } from '../../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The texts of the second-factor step and the enrolment (R43), in the chunk of those pages only: the
 * entry catalogue serves the employee sign-in too, which has a budget (scripts/bundle-report.mjs).
 */
export const { Messages: SecondFactorMessages } = chunkMessages(
  import.meta.glob<Catalogue>('./messages.nl.json', { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>('./messages.en.json', { import: 'default' }),
);
