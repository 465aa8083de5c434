import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import forms from '../../../components/forms.module.css';
import { readFragment, type FragmentType } from '../../../gql';
import type { MessageId } from '../../../i18n/catalogue';
import { useFieldErrors, type FieldErrors, type FieldMessage } from '../../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { formatDay, formatMoment } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { absenceQuery, reportRecoveredMutation, reportSickMutation, sickReportFragment } from './absence.graphql';
import { DateField } from './DateField';
import { firstSickDayProblem, parseHours, recoveryDateProblem } from './validation';
import styles from '../content.module.css';
import own from './AbsencePage.module.css';

type SickReport = ReturnType<typeof readReport>;
const readReport = (r: FragmentType<typeof sickReportFragment>) => readFragment(sickReportFragment, r);

type Confirmation = { kind: 'sick' | 'recovered'; report: SickReport };

/**
 * /werknemer/ziek-en-hersteld (R25): report sick (first sick day, optionally the hours worked that
 * day) or, with a report open, report recovered; each time a confirmation of exactly what reached the
 * employer. No diagnosis is ever asked. Earlier reports below.
 */
export default function AbsencePage() {
  return <PortalPage feature="ABSENCE_REPORTING">{(context) => <Absence {...context} />}</PortalPage>;
}

function Absence({ employer }: PortalContext) {
  const intl = useIntl();
  const [{ data, fetching, error }, reload] = useQuery({ query: absenceQuery, requestPolicy: 'cache-and-network' });
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const me = data?.me;
  const open = me?.openSickReport ? readReport(me.openSickReport) : null;
  const reports = (me?.sickReports ?? []).map(readReport);
  const earlier = reports.filter((r) => r.id !== open?.id && r.id !== confirmation?.report.id);
  useDocumentTitle(open ? 'employeeAbsence.recovered.title' : 'employeeAbsence.sick.title');

  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <>
      <header className={styles.header}>
        <h1 ref={titleRef} tabIndex={-1} className={styles.title}>
          {intl.formatMessage({ id: 'employeeAbsence.title' })}
        </h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeAbsence.intro' }, { employer })}</p>
      </header>

      {!me ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="ABSENCE_REPORTING" employer={employer} />
        )
      ) : me.sickReports === null ? (
        <QueryFailure error={error} feature="ABSENCE_REPORTING" employer={employer} />
      ) : (
        <>
          {confirmation ? (
            <ConfirmationPanel
              confirmation={confirmation}
              employer={employer}
              onDone={() => {
                setConfirmation(null);
                titleRef.current?.focus();
              }}
            />
          ) : open ? (
            <>
              <OpenReport report={open} />
              <RecoveryForm report={open} onDone={(report) => setConfirmation({ kind: 'recovered', report })} onStale={refresh} />
            </>
          ) : (
            <SickForm onDone={(report) => setConfirmation({ kind: 'sick', report })} onStale={refresh} />
          )}
          {earlier.length > 0 && <EarlierReports reports={earlier} />}
        </>
      )}
    </>
  );
}

function hoursText(intl: ReturnType<typeof useIntl>, hours: number | null | undefined): string {
  return hours === null || hours === undefined
    ? intl.formatMessage({ id: 'employeeAbsence.hours.none' })
    : intl.formatMessage({ id: 'employeeContent.hours' }, { hours });
}

/** R25: what the employee passed on, exactly as the employer received it. */
function ConfirmationPanel({ confirmation, employer, onDone }: { confirmation: Confirmation; employer: string; onDone: () => void }) {
  const intl = useIntl();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { kind, report } = confirmation;
  return (
    <section className={`${styles.card} ${own.confirmation}`} aria-labelledby="absence-confirmation">
      <h2 id="absence-confirmation" ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {intl.formatMessage(
          { id: kind === 'sick' ? 'employeeAbsence.confirm.sick.title' : 'employeeAbsence.confirm.recovered.title' },
          { employer },
        )}
      </h2>
      <p>{intl.formatMessage({ id: 'employeeAbsence.confirm.lead' }, { employer })}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
          <dd>{formatDay(intl, report.firstSickDay)}</dd>
        </div>
        {kind === 'sick' ? (
          <>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
              <dd>{hoursText(intl, report.hoursWorked)}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
              <dd>{formatMoment(intl, report.reportedAt)}</dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}</dt>
              <dd>{report.recoveryDate ? formatDay(intl, report.recoveryDate) : ''}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
              <dd>{report.recoveryReportedAt ? formatMoment(intl, report.recoveryReportedAt) : ''}</dd>
            </div>
          </>
        )}
      </dl>
      <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAbsence.confirm.nothingElse' })}</p>
      {kind === 'sick' && <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAbsence.confirm.sick.next' })}</p>}
      <div className={`${styles.buttons} ${styles.spaced}`}>
        <button type="button" className={styles.button} onClick={onDone}>
          {intl.formatMessage({ id: 'employeeAbsence.confirm.done' })}
        </button>
      </div>
    </section>
  );
}

function OpenReport({ report }: { report: SickReport }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="absence-open">
      <h2 id="absence-open" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.open.title' })}
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
          <dd>{formatDay(intl, report.firstSickDay)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
          <dd>{hoursText(intl, report.hoursWorked)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
          <dd>{formatMoment(intl, report.reportedAt)}</dd>
        </div>
      </dl>
    </section>
  );
}

type SickField = 'firstSickDay' | 'hoursWorked';

function SickForm({ onDone, onStale }: { onDone: (report: SickReport) => void; onStale: () => void }) {
  const intl = useIntl();
  const today = todayIso();
  const [firstSickDay, setFirstSickDay] = useState(today);
  const [hours, setHours] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, reportSick] = useMutation(reportSickMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const hoursRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<SickField>({ firstSickDay: dateRef, hoursWorked: hoursRef });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const next: FieldErrors<SickField> = {};
    const dayProblem = firstSickDayProblem(firstSickDay, todayIso());
    if (dayProblem) next.firstSickDay = FIRST_DAY_MESSAGES[dayProblem];
    const parsed = parseHours(hours);
    if (!parsed.ok) next.hoursWorked = parsed.problem === 'range' ? 'error.HOURS_WORKED_OUT_OF_RANGE' : 'employeeAbsence.hours.format';
    if (fields.show(next) || !parsed.ok) return;
    const { data, error } = await reportSick({
      input: { firstSickDay, ...(parsed.hours !== null ? { hoursWorked: parsed.hours } : {}) },
    });
    const code = data?.reportSick.userErrors[0]?.code;
    if (!error && code === 'FIRST_SICK_DAY_IN_FUTURE') {
      fields.show({ firstSickDay: 'error.FIRST_SICK_DAY_IN_FUTURE' });
      return;
    }
    if (!error && code === 'HOURS_WORKED_OUT_OF_RANGE') {
      fields.show({ hoursWorked: 'error.HOURS_WORKED_OUT_OF_RANGE' });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors: data?.reportSick.userErrors });
    const report = data?.reportSick.sickReport;
    if (failed || !report) {
      setFailure(code === 'ALREADY_REPORTED_SICK' ? 'employeeAbsence.alreadySick' : (failed ?? 'error.generic'));
      if (code === 'ALREADY_REPORTED_SICK') onStale();
      return;
    }
    onDone(readReport(report));
  };

  return (
    <section className={styles.card} aria-labelledby="absence-sick">
      <h2 id="absence-sick" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.sick.title' })}
      </h2>
      <Alert messageId={failure} takeFocus className={own.gap} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="absence-sick"
        aria-describedby="absence-sick-privacy"
      >
        <p id="absence-sick-privacy" className={own.privacy}>
          {intl.formatMessage({ id: 'employeeAbsence.sick.privacy' })}
        </p>
        <DateField
          name="firstSickDay"
          label={intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}
          description={intl.formatMessage({ id: 'employeeAbsence.firstSickDay.help' })}
          value={firstSickDay}
          max={today}
          inputRef={dateRef}
          onChange={(value) => {
            setFirstSickDay(value);
            fields.clear('firstSickDay');
          }}
        />
        <TextInputField
          name="hoursWorked"
          label={intl.formatMessage({ id: 'employeeAbsence.hoursWorked.label' })}
          description={intl.formatMessage({ id: 'employeeAbsence.hoursWorked.help' })}
          inputMode="decimal"
          autoComplete="off"
          inputRef={hoursRef}
          value={hours}
          onChange={(value) => {
            setHours(value);
            fields.clear('hoursWorked');
          }}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeeAbsence.sending' })}
        >
          {intl.formatMessage({ id: 'employeeAbsence.sick.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

const FIRST_DAY_MESSAGES: Record<NonNullable<ReturnType<typeof firstSickDayProblem>>, MessageId> = {
  required: 'employeeAbsence.firstSickDay.required',
  invalid: 'employeeAbsence.date.invalid',
  future: 'error.FIRST_SICK_DAY_IN_FUTURE',
};

function RecoveryForm({ report, onDone, onStale }: { report: SickReport; onDone: (report: SickReport) => void; onStale: () => void }) {
  const intl = useIntl();
  const [recoveryDate, setRecoveryDate] = useState(() => {
    const today = todayIso();
    return today < report.firstSickDay ? report.firstSickDay : today;
  });
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, reportRecovered] = useMutation(reportRecoveredMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'recoveryDate'>({ recoveryDate: dateRef });
  const firstDay = formatDay(intl, report.firstSickDay);
  const beforeFirst: FieldMessage = { id: 'employeeAbsence.recoveryDate.beforeFirstSickDay', values: { date: firstDay } };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const problem = recoveryDateProblem(recoveryDate, report.firstSickDay);
    if (problem) {
      fields.show({
        recoveryDate:
          problem === 'beforeFirstSickDay'
            ? beforeFirst
            : problem === 'required'
              ? 'employeeAbsence.recoveryDate.required'
              : 'employeeAbsence.date.invalid',
      });
      return;
    }
    fields.set({});
    const { data, error } = await reportRecovered({ input: { recoveryDate } });
    const code = data?.reportRecovered.userErrors[0]?.code;
    if (!error && code === 'RECOVERY_BEFORE_FIRST_SICK_DAY') {
      fields.show({ recoveryDate: beforeFirst });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors: data?.reportRecovered.userErrors });
    const recovered = data?.reportRecovered.sickReport;
    if (failed || !recovered) {
      setFailure(code === 'NOT_REPORTED_SICK' ? 'employeeAbsence.notSick' : (failed ?? 'error.generic'));
      if (code === 'NOT_REPORTED_SICK') onStale();
      return;
    }
    onDone(readReport(recovered));
  };

  return (
    <section className={styles.card} aria-labelledby="absence-recovered">
      <h2 id="absence-recovered" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.recovered.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeeAbsence.recovered.intro' })}</p>
      <Alert messageId={failure} takeFocus className={own.gap} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="absence-recovered"
      >
        <DateField
          name="recoveryDate"
          label={intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}
          description={intl.formatMessage({ id: 'employeeAbsence.recoveryDate.help' }, { date: firstDay })}
          value={recoveryDate}
          min={report.firstSickDay}
          inputRef={dateRef}
          onChange={(value) => {
            setRecoveryDate(value);
            fields.clear('recoveryDate');
          }}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeeAbsence.sending' })}
        >
          {intl.formatMessage({ id: 'employeeAbsence.recovered.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

function EarlierReports({ reports }: { reports: SickReport[] }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="absence-earlier">
      <h2 id="absence-earlier" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.earlier.title' })}
      </h2>
      <ul className={`${styles.list} ${own.earlier}`}>
        {reports.map((r) => (
          <li key={r.id}>
            <dl className={styles.facts}>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
                <dd>{formatDay(intl, r.firstSickDay)}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}</dt>
                <dd>
                  {r.recoveryDate ? formatDay(intl, r.recoveryDate) : intl.formatMessage({ id: 'employeeAbsence.earlier.open' })}
                </dd>
              </div>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
                <dd>{hoursText(intl, r.hoursWorked)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
