import { useId, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { LeaveRequestStatus } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { messageIdForMutationFailure, messageIdForUserErrorCode } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { DateInput } from '../../../components/ui/DateInput';
import { formatDay } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { adjustedDays, parseDayHours } from './days';
import {
  leaveRequestsQuery,
  previewLeaveRequestQuery,
  requestLeaveCancellationMutation,
  requestLeaveMutation,
  withdrawLeaveRequestMutation,
} from './leaveRequests.graphql';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';

const STATUS: Record<LeaveRequestStatus, MessageId> = {
  SUBMITTED: 'employeeLeaveRequests.status.SUBMITTED',
  ACCEPTED: 'employeeLeaveRequests.status.ACCEPTED',
  REJECTED: 'employeeLeaveRequests.status.REJECTED',
  WITHDRAWN: 'employeeLeaveRequests.status.WITHDRAWN',
  CANCELLED: 'employeeLeaveRequests.status.CANCELLED',
};

/** /werknemer/verlof-aanvragen: request leave (R29, R30) and follow your requests. Phone first. */
export default function LeaveRequestsPage() {
  return (
    <PortalPage feature="LEAVE_REQUESTS" perEmployment>
      {(context) => <LeaveRequests {...context} />}
    </PortalPage>
  );
}

function LeaveRequests({ employment, employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeLeaveRequests.title');
  const [{ data, fetching, error }, refetch] = useQuery({ query: leaveRequestsQuery, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeLeaveRequests.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeLeaveRequests.intro' })}</p>
      </header>
      {!data ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="LEAVE_REQUESTS" employer={employer} />
        )
      ) : (
        <>
          {employment && data.myLeaveTypes.length > 0 ? (
            <RequestForm employmentId={employment.id} types={data.myLeaveTypes} onSent={reload} />
          ) : (
            <p className={styles.notice}>{intl.formatMessage({ id: 'employeeLeaveRequests.noTypes' })}</p>
          )}
          <MyRequests requests={data.myLeaveRequests} onChanged={reload} />
        </>
      )}
    </>
  );
}

function RequestForm({
  employmentId,
  types,
  onSent,
}: {
  employmentId: string;
  types: ReadonlyArray<{ id: string; name: string }>;
  onSent: () => void;
}) {
  const intl = useIntl();
  const typeId = useId();
  const commentId = useId();
  const [leaveTypeId, setLeaveTypeId] = useState(types[0]?.id ?? '');
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [hours, setHours] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [sent, setSent] = useState(false);
  // The date boxes give what was typed until it is a whole date (YYYY-MM-DD).
  const whole = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
  const ready = whole(firstDay) && whole(lastDay) && firstDay <= lastDay;
  const adjust = adjustedDays(hours);
  const input = {
    employmentId,
    leaveTypeId,
    firstDay,
    lastDay,
    days: adjust.ok ? adjust.days : [],
    comment,
  };
  const [{ data: preview, fetching: computing }] = useQuery({
    query: previewLeaveRequestQuery,
    variables: { input },
    pause: !ready || !adjust.ok,
    requestPolicy: 'network-only',
  });
  const [{ fetching }, requestLeave] = useMutation(requestLeaveMutation);
  const shown = ready ? preview?.previewLeaveRequest : undefined;
  const refusal = shown?.userErrors[0]?.code;
  const h = (value: number) => intl.formatMessage({ id: 'employeeContent.hours' }, { hours: value });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || !ready) return;
    setFailure(null);
    setSent(false);
    if (!adjust.ok) {
      setFailure('employeeLeaveRequests.invalidHours');
      return;
    }
    const { data, error } = await requestLeave({ input });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.requestLeave.userErrors });
    if (failed || !data?.requestLeave.leaveRequest) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setFirstDay('');
    setLastDay('');
    setHours({});
    setComment('');
    setSent(true);
    onSent();
  };

  return (
    <section className={styles.card} aria-labelledby="leave-request-form">
      <h2 id="leave-request-form" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeLeaveRequests.form.title' })}
      </h2>
      <Alert messageId={failure} takeFocus />
      {sent && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeeLeaveRequests.sent' })}
        </p>
      )}
      <Form className={forms.form} validationBehavior="aria" onSubmit={(event) => void submit(event)} aria-labelledby="leave-request-form">
        <div className={forms.field}>
          <label htmlFor={typeId} className={forms.label}>
            {intl.formatMessage({ id: 'employeeLeaveRequests.type' })}
          </label>
          <select id={typeId} className={styles.select} value={leaveTypeId} onChange={(event) => setLeaveTypeId(event.target.value)}>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <DateInput
          name="firstDay"
          label={intl.formatMessage({ id: 'employeeLeaveRequests.firstDay' })}
          value={firstDay}
          calendar={{ min: todayIso() }}
          onChange={(value) => {
            setFirstDay(value);
            if (whole(value) && (!whole(lastDay) || lastDay < value)) setLastDay(value);
            setHours({});
          }}
        />
        <DateInput
          name="lastDay"
          label={intl.formatMessage({ id: 'employeeLeaveRequests.lastDay' })}
          value={lastDay}
          calendar={{ min: whole(firstDay) ? firstDay : todayIso() }}
          onChange={(value) => {
            setLastDay(value);
            setHours({});
          }}
        />
        {shown && shown.days.length > 0 && (
          <fieldset className={forms.field}>
            <legend className={forms.label}>{intl.formatMessage({ id: 'employeeLeaveRequests.days' })}</legend>
            <p className={forms.description}>{intl.formatMessage({ id: 'employeeLeaveRequests.days.help' })}</p>
            {shown.days
              .filter((d) => d.computedHours > 0 || hours[d.date] !== undefined)
              .map((d) => (
                <TextInputField
                  key={d.date}
                  name={`day-${d.date}`}
                  label={intl.formatMessage({ id: 'employeeLeaveRequests.dayHours' }, { day: formatDay(intl, d.date) })}
                  inputMode="decimal"
                  autoComplete="off"
                  value={hours[d.date] ?? intl.formatNumber(d.computedHours)}
                  onChange={(value) => setHours((previous) => ({ ...previous, [d.date]: value }))}
                  isInvalid={hours[d.date] !== undefined && parseDayHours(hours[d.date] ?? '') === null}
                />
              ))}
          </fieldset>
        )}
        {shown && (
          <dl className={styles.facts} aria-live="polite">
            <div>
              <dt>{intl.formatMessage({ id: 'employeeLeaveRequests.total' })}</dt>
              <dd className={styles.strong}>{h(shown.hours)}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeLeaveRequests.balanceBefore' })}</dt>
              <dd>{h(shown.balanceBeforeHours)}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeLeaveRequests.balanceAfter' })}</dt>
              <dd>{h(shown.balanceAfterHours)}</dd>
            </div>
          </dl>
        )}
        {refusal && <Alert messageId={messageIdForUserErrorCode(refusal)} />}
        <div className={forms.field}>
          <label htmlFor={commentId} className={forms.label}>
            {intl.formatMessage({ id: 'employeeLeaveRequests.comment' })}
          </label>
          <textarea
            id={commentId}
            className={forms.input}
            maxLength={500}
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching || computing}
          busyLabel={intl.formatMessage({ id: 'employeeLeaveRequests.sending' })}
        >
          {intl.formatMessage({ id: 'employeeLeaveRequests.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

type RequestRow = {
  id: string;
  kind: string;
  status: LeaveRequestStatus;
  firstDay: string;
  lastDay: string;
  hours: number;
  decisionComment: string;
  decidedByName?: string | null;
  decidedOnBehalfOfName?: string | null;
  byLapse: boolean;
  leaveType: { name: string };
};

function MyRequests({ requests, onChanged }: { requests: ReadonlyArray<RequestRow>; onChanged: () => void }) {
  const intl = useIntl();
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching: withdrawing }, withdraw] = useMutation(withdrawLeaveRequestMutation);
  const [{ fetching: cancelling }, cancel] = useMutation(requestLeaveCancellationMutation);
  const today = todayIso();
  const act = async (run: () => Promise<{ failed: MessageId | null }>) => {
    setFailure(null);
    const { failed } = await run();
    if (failed) setFailure(failed);
    else onChanged();
  };
  return (
    <section className={styles.card} aria-labelledby="leave-requests-mine">
      <h2 id="leave-requests-mine" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeLeaveRequests.mine' })}
      </h2>
      <Alert messageId={failure} takeFocus />
      {requests.length === 0 ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeeLeaveRequests.none' })}</p>
      ) : (
        <ul className={styles.list}>
          {requests.map((r) => (
            <li key={r.id} className={styles.row}>
              <div className={styles.rowMain}>
                <p className={styles.rowTitle}>
                  {r.kind === 'CANCELLATION' ? intl.formatMessage({ id: 'employeeLeaveRequests.cancellation' }) : r.leaveType.name} ·{' '}
                  {intl.formatMessage({ id: STATUS[r.status] })}
                </p>
                <p className={styles.rowMeta}>
                  {intl.formatMessage(
                    { id: 'employeeLeaveRequests.period' },
                    { first: formatDay(intl, r.firstDay), last: formatDay(intl, r.lastDay) },
                  )}{' '}
                  · {intl.formatMessage({ id: 'employeeContent.hours' }, { hours: r.hours })}
                </p>
                {r.decisionComment && (
                  <p className={styles.rowMeta}>
                    {intl.formatMessage({ id: 'employeeLeaveRequests.handlerComment' }, { comment: r.decisionComment })}
                  </p>
                )}
                {r.decidedByName && r.decidedOnBehalfOfName && (
                  <p className={styles.rowMeta}>
                    {intl.formatMessage(
                      { id: 'employeeLeaveRequests.decidedOnBehalf' },
                      { by: r.decidedByName, for: r.decidedOnBehalfOfName },
                    )}
                  </p>
                )}
                {r.byLapse && <p className={styles.rowMeta}>{intl.formatMessage({ id: 'employeeLeaveRequests.byLapse' })}</p>}
              </div>
              {r.status === 'SUBMITTED' && (
                <BusyButton
                  className={styles.secondaryButton}
                  isBusy={withdrawing}
                  busyLabel={intl.formatMessage({ id: 'employeeLeaveRequests.sending' })}
                  onClick={() =>
                    void act(async () => {
                      const { data, error } = await withdraw({ id: r.id });
                      return { failed: messageIdForMutationFailure({ error, userErrors: data?.withdrawLeaveRequest.userErrors }) };
                    })
                  }
                >
                  {intl.formatMessage({ id: 'employeeLeaveRequests.withdraw' })}
                </BusyButton>
              )}
              {r.status === 'ACCEPTED' && r.kind === 'LEAVE' && r.firstDay > today && (
                <BusyButton
                  className={styles.secondaryButton}
                  isBusy={cancelling}
                  busyLabel={intl.formatMessage({ id: 'employeeLeaveRequests.sending' })}
                  onClick={() =>
                    void act(async () => {
                      const { data, error } = await cancel({ id: r.id });
                      return {
                        failed: messageIdForMutationFailure({ error, userErrors: data?.requestLeaveCancellation.userErrors }),
                      };
                    })
                  }
                >
                  {intl.formatMessage({ id: 'employeeLeaveRequests.cancel' })}
                </BusyButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
