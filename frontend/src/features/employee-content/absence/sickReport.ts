import { readFragment, type FragmentType } from '../../../gql';
import { sickReportFragment } from './absence.graphql';

/** A sick report as the absence page reads it (the sickReport fragment, unmasked). */
export type SickReport = ReturnType<typeof readReport>;
export const readReport = (r: FragmentType<typeof sickReportFragment>) => readFragment(sickReportFragment, r);
