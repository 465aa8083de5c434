import { useIntl } from 'react-intl';
import type { PersonalDataChangeStatus, PersonalDataField, PersonalDataFieldMode } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { valueLines, type DataValues } from '../../lib/format/personalData';
import css from './PersonalDataChanges.module.css';

export const FIELDS: readonly PersonalDataField[] = ['ADDRESS', 'PHONE', 'PRIVATE_EMAIL', 'IBAN', 'EMERGENCY_CONTACT'];

export const FIELD_LABEL: Record<PersonalDataField, MessageId> = {
  ADDRESS: 'personalDataAdmin.field.ADDRESS',
  PHONE: 'personalDataAdmin.field.PHONE',
  PRIVATE_EMAIL: 'personalDataAdmin.field.PRIVATE_EMAIL',
  IBAN: 'personalDataAdmin.field.IBAN',
  EMERGENCY_CONTACT: 'personalDataAdmin.field.EMERGENCY_CONTACT',
};

export const MODES: readonly PersonalDataFieldMode[] = ['REQUEST', 'VIEW', 'HIDDEN'];

export const MODE_LABEL: Record<PersonalDataFieldMode, MessageId> = {
  REQUEST: 'personalDataAdmin.mode.REQUEST',
  VIEW: 'personalDataAdmin.mode.VIEW',
  HIDDEN: 'personalDataAdmin.mode.HIDDEN',
};

export const STATUS_LABEL: Record<PersonalDataChangeStatus, MessageId> = {
  SUBMITTED: 'personalDataAdmin.status.SUBMITTED',
  APPROVED: 'personalDataAdmin.status.APPROVED',
  REJECTED: 'personalDataAdmin.status.REJECTED',
  WITHDRAWN: 'personalDataAdmin.status.WITHDRAWN',
  APPLIED: 'personalDataAdmin.status.APPLIED',
};

/** A field's values in lines (an IBAN in groups of four), or a dash when nothing was registered. */
export function Values({ field, values }: { field: PersonalDataField; values: DataValues }) {
  const intl = useIntl();
  const lines = valueLines(field, values);
  if (lines.length === 0) return <span className={css.empty}>{intl.formatMessage({ id: 'personalDataAdmin.none' })}</span>;
  return (
    <span className={css.lines}>
      {lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </span>
  );
}

/** Old and new side by side (one under the other on a narrow screen), with an arrow between for the eye (CSS). */
export function OldNew({ field, old, next }: { field: PersonalDataField; old: DataValues; next: DataValues }) {
  const intl = useIntl();
  return (
    <dl className={css.compare}>
      <div className={css.side}>
        <dt>{intl.formatMessage({ id: 'personalDataAdmin.old' })}</dt>
        <dd>
          <Values field={field} values={old} />
        </dd>
      </div>
      <div className={css.side}>
        <dt>{intl.formatMessage({ id: 'personalDataAdmin.new' })}</dt>
        <dd className={css.newValue}>
          <Values field={field} values={next} />
        </dd>
      </div>
    </dl>
  );
}
