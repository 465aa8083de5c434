import { chunkMessages } from '../../i18n/chunkMessages';

type Catalogue = Record<string, string>;

/*
 * The staff sign-in's texts (this folder's catalogue), in the staff area's chunk rather than the
 * entry: the employee sign-in page has a JavaScript budget (R24, scripts/bundle-report.mjs). The
 * staff shell provides them to every staff page, the admin area's too. The password pages and the
 * second factor bring their own (recovery/RecoveryMessages.tsx, secondfactor/SecondFactorMessages.tsx).
 */
export const { Messages: StaffMessages } = chunkMessages(
  import.meta.glob<Catalogue>('./messages.nl.json', { eager: true, import: 'default' }),
  import.meta.glob<Catalogue>('./messages.en.json', { import: 'default' }),
);
