import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { readFragment } from '../../../gql';
import type { PersonalDataField } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { valueLines, type DataValues } from '../../../lib/format/personalData';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { isFeatureNotActive } from '../featureGate';
import { formatDay, formatMomentDay } from '../format';
import { ChangeForm } from './ChangeForm';
import { ownDataChangeFragment, ownDataChangesQuery, withdrawDataChangeMutation } from './dataChange.graphql';
import { FIELD_LABEL, STATUS_LABEL } from './fieldLabels';
import styles from '../content.module.css';
import page from './PersonalData.module.css';

type Change = ResultOf<typeof ownDataChangeFragment>;
type OwnField = NonNullable<ResultOf<typeof ownDataChangesQuery>['me']>['personalDataFields'][number];

/** A field's values in lines, or "Niet bekend". */
function Value({ field, values }: { field: PersonalDataField; values: DataValues }) {
  const intl = useIntl();
  const lines = valueLines(field, values);
  if (lines.length === 0) return <p className={page.value}>{intl.formatMessage({ id: 'employeePersonalData.unknown' })}</p>;
  return (
    <p className={page.value}>
      {lines.map((line, i) => (
        <span key={i} className={page.line}>
          {line}
        </span>
      ))}
    </p>
  );
}

/**
 * *Persoonsgegevens wijzigen* on the personal-data page (R37): the fields the employer shows (a hidden
 * one is not there), each with *Wijziging aanvragen* when the employer takes requests for it, the
 * change in progress with its state and *Intrekken*, and the employee's changes. `readOnly` is what
 * the page shows instead should the product have gone meanwhile (FEATURE_NOT_ACTIVE, R22).
 */
export function DataChanges({ employer, readOnly }: { employer: string; readOnly: ReactNode }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ownDataChangesQuery, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const me = data?.me;
  if (!me) {
    if (fetching) return <PageStatus />;
    if (isFeatureNotActive(error)) return <>{readOnly}</>;
    return <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />;
  }
  return (
    <>
      <Fields fields={me.personalDataFields} employer={employer} onChanged={reload} />
      <History changes={me.personalDataChanges.map((c) => readFragment(ownDataChangeFragment, c))} />
    </>
  );
}

function Fields({ fields, employer, onChanged }: { fields: readonly OwnField[]; employer: string; onChanged: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState<PersonalDataField | null>(null);
  const [done, setDone] = useState<MessageId | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching: withdrawing }, withdraw] = useMutation(withdrawDataChangeMutation);
  const buttons = useRef<Partial<Record<PersonalDataField, HTMLButtonElement | null>>>({});
  const titles = useRef<Partial<Record<PersonalDataField, HTMLHeadingElement | null>>>({});
  const id = useId();

  const remove = async (field: PersonalDataField, change: Change) => {
    setDone(null);
    setFailure(null);
    const { data, error } = await withdraw({ input: { id: change.id } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.withdrawPersonalDataChange.userErrors });
    if (failed) setFailure(failed);
    else {
      setDone('employeePersonalData.withdrawn');
      titles.current[field]?.focus();
    }
    onChanged();
  };

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePersonalData.changeable' })}
      </h2>
      {fields.some((f) => f.mode === 'REQUEST') && (
        <p className={page.intro}>{intl.formatMessage({ id: 'employeePersonalData.changeable.intro' }, { employer })}</p>
      )}
      <p role="status" className={done ? styles.saved : page.quiet}>
        {done ? intl.formatMessage({ id: done }, { employer }) : ''}
      </p>
      <Alert messageId={failure} takeFocus />
      {fields.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeePersonalData.changeable.none' })}</p>
      ) : (
        <ul className={page.fields}>
          {fields.map((f) => {
            const label = intl.formatMessage({ id: FIELD_LABEL[f.field] });
            const pending = f.pending ? readFragment(ownDataChangeFragment, f.pending) : null;
            const titleId = `${id}-${f.field}`;
            return (
              <li key={f.field} className={page.field} aria-labelledby={titleId}>
                <h3
                  id={titleId}
                  className={page.fieldTitle}
                  tabIndex={-1}
                  ref={(el) => {
                    titles.current[f.field] = el;
                  }}
                >
                  {label}
                </h3>
                <Value field={f.field} values={f.current} />
                {pending && (
                  <Pending
                    change={pending}
                    label={label}
                    busy={withdrawing}
                    onWithdraw={() => void remove(f.field, pending)}
                  />
                )}
                {!pending && f.mode === 'VIEW' && (
                  <p className={page.note}>{intl.formatMessage({ id: 'employeePersonalData.viewOnly' }, { employer })}</p>
                )}
                {!pending && f.mode === 'REQUEST' && open !== f.field && (
                  <button
                    type="button"
                    className={styles.secondaryButton}
                    aria-label={intl.formatMessage({ id: 'employeePersonalData.request.label' }, { field: label })}
                    ref={(el) => {
                      buttons.current[f.field] = el;
                    }}
                    onClick={() => {
                      setDone(null);
                      setFailure(null);
                      setOpen(f.field);
                    }}
                  >
                    {intl.formatMessage({ id: 'employeePersonalData.request' })}
                  </button>
                )}
                {!pending && open === f.field && (
                  <ChangeForm
                    field={f.field}
                    current={f.current}
                    onCancel={() => {
                      setOpen(null);
                      requestAnimationFrame(() => buttons.current[f.field]?.focus());
                    }}
                    onSent={() => {
                      setOpen(null);
                      setDone('employeePersonalData.sent');
                      titles.current[f.field]?.focus();
                      onChanged();
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The change in progress of a field: what was asked, where it stands, and *Intrekken* while nobody decided. */
function Pending({ change, label, busy, onWithdraw }: { change: Change; label: string; busy: boolean; onWithdraw: () => void }) {
  const intl = useIntl();
  const day = (iso: string) => formatDay(intl, iso);
  return (
    <div className={page.pending}>
      <p className={styles.strong}>
        {intl.formatMessage({ id: change.status === 'APPROVED' ? 'employeePersonalData.pending.APPROVED' : 'employeePersonalData.pending.SUBMITTED' })}
      </p>
      <Value field={change.field} values={change.new} />
      <p className={page.note}>
        {change.status === 'APPROVED' && change.decidedAt
          ? intl.formatMessage({ id: 'employeePersonalData.pending.approved' }, { date: formatMomentDay(intl, change.decidedAt) })
          : intl.formatMessage({ id: 'employeePersonalData.pending.submitted' }, { date: formatMomentDay(intl, change.createdAt) })}{' '}
        {change.effectiveDate
          ? intl.formatMessage({ id: 'employeePersonalData.pending.from' }, { date: day(change.effectiveDate) })
          : intl.formatMessage({ id: 'employeePersonalData.pending.whenApproved' })}
      </p>
      {change.status === 'SUBMITTED' && (
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy}
          busyLabel={intl.formatMessage({ id: 'employeePersonalData.withdrawing' })}
          aria-label={intl.formatMessage({ id: 'employeePersonalData.withdraw.label' }, { field: label })}
          onClick={onWithdraw}
        >
          {intl.formatMessage({ id: 'employeePersonalData.withdraw' })}
        </BusyButton>
      )}
    </div>
  );
}

/** Mijn wijzigingen: every change the employee asked for, newest first, old and new side by side. */
function History({ changes }: { changes: readonly Change[] }) {
  const intl = useIntl();
  const id = useId();
  return (
    <section className={styles.card} aria-labelledby={`${id}-history`}>
      <h2 id={`${id}-history`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePersonalData.history' })}
      </h2>
      {changes.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeePersonalData.history.none' })}</p>
      ) : (
        <ul className={page.fields}>
          {changes.map((c) => {
            const label = intl.formatMessage({ id: FIELD_LABEL[c.field] });
            return (
              <li key={c.id} className={page.change} aria-label={`${label}: ${intl.formatMessage({ id: STATUS_LABEL[c.status] })}`}>
                <p className={styles.rowTitle}>
                  {label} · {intl.formatMessage({ id: STATUS_LABEL[c.status] })}
                </p>
                <dl className={page.compare}>
                  <div>
                    <dt>{intl.formatMessage({ id: 'employeePersonalData.old' })}</dt>
                    <dd>
                      <Value field={c.field} values={c.old} />
                    </dd>
                  </div>
                  <div>
                    <dt>{intl.formatMessage({ id: 'employeePersonalData.new' })}</dt>
                    <dd>
                      <Value field={c.field} values={c.new} />
                    </dd>
                  </div>
                </dl>
                <p className={page.note}>
                  {intl.formatMessage({ id: 'employeePersonalData.requestedOn' }, { date: formatMomentDay(intl, c.createdAt) })}
                  {c.effectiveDate && ` · ${intl.formatMessage({ id: 'employeePersonalData.effectiveOn' }, { date: formatDay(intl, c.effectiveDate) })}`}
                  {c.appliedAt && ` · ${intl.formatMessage({ id: 'employeePersonalData.appliedOn' }, { date: formatMomentDay(intl, c.appliedAt) })}`}
                </p>
                {c.comment && (
                  <p className={page.note}>
                    {c.decidedByName
                      ? intl.formatMessage({ id: 'employeePersonalData.comment' }, { name: c.decidedByName, comment: c.comment })
                      : intl.formatMessage({ id: 'employeePersonalData.commentAnonymous' }, { comment: c.comment })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
