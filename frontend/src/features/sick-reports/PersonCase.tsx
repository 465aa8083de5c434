import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import { DateInput } from '../../components/ui/DateInput';
import { useFormat } from '../../components/ui/format';
import styles from '../../components/ui/ui.module.css';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { todayIso } from '../../lib/format/dates';
import { readFragment, type FragmentType } from '../../gql';
import { PoortwachterTimeline } from './PoortwachterTimeline';
import { caseFields, correctSickReportMutation, staffReportPartialRecoveryMutation, staffReportRecoveredMutation, staffReportSickMutation } from './verzuim.graphql';
import own from './SickReportsPage.module.css';

type Unit = 'percentage' | 'hours';

/** Hours as typed with a decimal comma or point ("" is none). */
function parseNumber(text: string): number | null | undefined {
  const value = text.trim().replace(',', '.');
  if (value === '') return null;
  if (!/^\d{0,3}(\.\d{1,2})?$/.test(value)) return undefined;
  return Number(value);
}

function StaffForm({
  id,
  title,
  intro,
  failure,
  onSubmit,
  busy,
  submitLabel,
  validationErrors,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  failure: MessageId | null;
  onSubmit: () => Promise<void>;
  busy: boolean;
  submitLabel: string;
  validationErrors: Record<string, string>;
  children: ReactNode;
}) {
  const intl = useIntl();
  return (
    <section aria-labelledby={id} className={own.caseCard}>
      <h3 id={id} className={own.subTitle}>
        {title}
      </h3>
      {intro && <p className={`${styles.muted} ${styles.small}`}>{intro}</p>}
      <Alert messageId={failure} takeFocus />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={validationErrors}
        aria-labelledby={id}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (!busy) void onSubmit();
        }}
      >
        {children}
        <BusyButton type="submit" className={forms.primaryButton} isBusy={busy} busyLabel={intl.formatMessage({ id: 'sickReports.staff.sending' })}>
          {submitLabel}
        </BusyButton>
      </Form>
    </section>
  );
}

/**
 * What the sick-report form does: `report` enters a new report for an employee who phoned in (the
 * report and the trail name the staff user, "gemeld door X namens Y"; the verzuim contacts get their
 * mail); `correct` changes the first sick day or the hours worked that day of a report that was passed
 * on wrong. Both ask the same two fields with the same checks (R25).
 */
export type SickReportFormMode =
  | { kind: 'report'; personId: string; fullName: string }
  | { kind: 'correct'; reportId: string; firstSickDay: string; hoursWorked: number | null };

/** Ziekmelding invoeren or corrigeren (R25): one form, the mode decides the texts and the mutation. */
export function SickReportForm({ mode, onDone }: { mode: SickReportFormMode; onDone: () => void }) {
  const intl = useIntl();
  const today = todayIso();
  const correcting = mode.kind === 'correct';
  const [firstSickDay, setFirstSickDay] = useState(correcting ? mode.firstSickDay : today);
  const [hours, setHours] = useState(correcting && mode.hoursWorked != null ? intl.formatNumber(mode.hoursWorked) : '');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching: reporting }, report] = useMutation(staffReportSickMutation);
  const [{ fetching: correctingNow }, correct] = useMutation(correctSickReportMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const hoursRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'firstSickDay' | 'hoursWorked'>({ firstSickDay: dateRef, hoursWorked: hoursRef });

  const send = async (hoursWorked: number | null): Promise<MessageId | null> => {
    const extra = hoursWorked == null ? {} : { hoursWorked };
    if (mode.kind === 'correct') {
      const { data, error } = await correct({ input: { sickReportId: mode.reportId, firstSickDay, ...extra } });
      const failed = messageIdForMutationFailure({ error, userErrors: data?.correctSickReport.userErrors });
      return failed ?? (data?.correctSickReport.sickReport ? null : 'error.generic');
    }
    const { data, error } = await report({ input: { personId: mode.personId, firstSickDay, ...extra } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.staffReportSick.userErrors });
    return failed ?? (data?.staffReportSick.sickReport ? null : 'error.generic');
  };

  const submit = async () => {
    setFailure(null);
    const errors: FieldErrors<'firstSickDay' | 'hoursWorked'> = {};
    if (!firstSickDay) errors.firstSickDay = 'sickReports.staff.firstSickDay.required';
    else if (firstSickDay > today) errors.firstSickDay = 'error.FIRST_SICK_DAY_IN_FUTURE';
    const h = parseNumber(hours);
    if (h === undefined || (h !== null && h > 24)) errors.hoursWorked = 'error.HOURS_WORKED_OUT_OF_RANGE';
    if (fields.show(errors)) return;
    const failed = await send(h ?? null);
    if (failed) {
      setFailure(failed);
      return;
    }
    onDone();
  };

  return (
    <StaffForm
      id={mode.kind === 'correct' ? `staff-correct-${mode.reportId}` : 'staff-sick-form'}
      title={intl.formatMessage({ id: correcting ? 'sickReports.staff.correct.title' : 'sickReports.staff.sick.title' })}
      intro={
        mode.kind === 'correct'
          ? intl.formatMessage({ id: 'sickReports.staff.correct.intro' })
          : intl.formatMessage({ id: 'sickReports.staff.sick.intro' }, { name: mode.fullName })
      }
      failure={failure}
      onSubmit={submit}
      busy={reporting || correctingNow}
      submitLabel={intl.formatMessage({ id: correcting ? 'sickReports.staff.correct.submit' : 'sickReports.staff.sick.submit' })}
      validationErrors={fields.validationErrors}
    >
      <DateInput
        name="firstSickDay"
        label={intl.formatMessage({ id: 'sickReports.column.firstSickDay' })}
        value={firstSickDay}
        inputRef={dateRef}
        error={fields.validationErrors.firstSickDay}
        calendar={{ max: today }}
        onChange={(value) => {
          setFirstSickDay(value);
          fields.clear('firstSickDay');
        }}
      />
      <TextInputField
        name="hoursWorked"
        label={intl.formatMessage({ id: 'sickReports.staff.hoursWorked' })}
        description={intl.formatMessage({ id: 'sickReports.staff.hoursWorked.help' })}
        inputMode="decimal"
        autoComplete="off"
        inputRef={hoursRef}
        value={hours}
        onChange={(value) => {
          setHours(value);
          fields.clear('hoursWorked');
        }}
      />
    </StaffForm>
  );
}

/**
 * The open case for staff (R25): the Poortwachter timeline, the partial recoveries so far, and — for
 * staff who handle it — a partial or full recovery entered for the employee.
 */
export function PersonCase({ report: masked, canHandle, onChanged }: { report: FragmentType<typeof caseFields>; canHandle: boolean; onChanged: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const report = readFragment(caseFields, masked);
  return (
    <div className={styles.stack}>
      {report.poortwachter && (
        <PoortwachterTimeline
          reportId={report.id}
          caseFirstSickDay={report.poortwachter.firstSickDay}
          milestones={report.poortwachter.milestones}
          canMark={canHandle}
        />
      )}
      <section aria-labelledby={`partial-${report.id}`}>
        <h3 id={`partial-${report.id}`} className={own.subTitle}>
          {intl.formatMessage({ id: 'sickReports.partial.title' })}
        </h3>
        {report.partialRecoveries.length === 0 ? (
          <p className={`${styles.muted} ${styles.small}`}>{intl.formatMessage({ id: 'sickReports.partial.none' })}</p>
        ) : (
          <ul className={own.history}>
            {report.partialRecoveries.map((p) => (
              <li key={p.id}>
                {p.percentage != null
                  ? intl.formatMessage({ id: 'sickReports.partial.percentage' }, { percentage: p.percentage, date: format.day(p.fromDate) })
                  : intl.formatMessage({ id: 'sickReports.partial.hours' }, { hours: p.hoursPerWeek ?? 0, date: format.day(p.fromDate) })}{' '}
                <span className={styles.muted}>
                  {intl.formatMessage(
                    { id: 'sickReports.reportedBy' },
                    { name: p.recordedByName, kind: intl.formatMessage({ id: `sickReports.kind.${p.recordedByKind}` }) },
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canHandle && (
        <SickReportForm
          mode={{ kind: 'correct', reportId: report.id, firstSickDay: report.firstSickDay, hoursWorked: report.hoursWorked ?? null }}
          onDone={onChanged}
        />
      )}
      {canHandle && <StaffPartialForm reportId={report.id} firstSickDay={report.firstSickDay} onDone={onChanged} />}
      {canHandle && <StaffRecoveryForm reportId={report.id} firstSickDay={report.firstSickDay} onDone={onChanged} />}
    </div>
  );
}

function StaffPartialForm({ reportId, firstSickDay, onDone }: { reportId: string; firstSickDay: string; onDone: () => void }) {
  const intl = useIntl();
  const [fromDate, setFromDate] = useState(todayIso());
  const [unit, setUnit] = useState<Unit>('percentage');
  const [amount, setAmount] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, send] = useMutation(staffReportPartialRecoveryMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'fromDate' | 'amount'>({ fromDate: dateRef, amount: amountRef });

  const submit = async () => {
    setFailure(null);
    const errors: FieldErrors<'fromDate' | 'amount'> = {};
    if (!fromDate) errors.fromDate = 'sickReports.staff.date.required';
    else if (fromDate < firstSickDay) errors.fromDate = 'error.RECOVERY_BEFORE_FIRST_SICK_DAY';
    const n = parseNumber(amount);
    const ok = n != null && (unit === 'percentage' ? Number.isInteger(n) && n >= 1 && n <= 99 : n > 0 && n <= 80);
    if (!ok) errors.amount = 'error.WORK_RESUMED_OUT_OF_RANGE';
    if (fields.show(errors) || n == null) return;
    const partialRecovery = unit === 'percentage' ? { fromDate, percentage: n } : { fromDate, hoursPerWeek: n };
    const { data, error } = await send({ input: { sickReportId: reportId, partialRecovery } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.staffReportPartialRecovery.userErrors });
    if (failed || !data?.staffReportPartialRecovery.partialRecovery) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setAmount('');
    onDone();
  };

  return (
    <StaffForm
      id={`staff-partial-${reportId}`}
      title={intl.formatMessage({ id: 'sickReports.staff.partial.title' })}
      failure={failure}
      onSubmit={submit}
      busy={fetching}
      submitLabel={intl.formatMessage({ id: 'sickReports.staff.partial.submit' })}
      validationErrors={fields.validationErrors}
    >
      <DateInput
        name="fromDate"
        label={intl.formatMessage({ id: 'sickReports.staff.partial.fromDate' })}
        value={fromDate}
        inputRef={dateRef}
        error={fields.validationErrors.fromDate}
        calendar={{ min: firstSickDay }}
        onChange={(value) => {
          setFromDate(value);
          fields.clear('fromDate');
        }}
      />
      <RadioGroup className={styles.choiceGroup} value={unit} onChange={(value) => setUnit(value as Unit)} orientation="horizontal">
        <Label className={styles.label}>{intl.formatMessage({ id: 'sickReports.staff.partial.unit' })}</Label>
        <div className={styles.choices}>
          {(['percentage', 'hours'] as const).map((value) => (
            <Radio key={value} value={value} className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: `sickReports.staff.partial.unit.${value}` })}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <TextInputField
        name="amount"
        label={intl.formatMessage({ id: unit === 'percentage' ? 'sickReports.staff.partial.percentage' : 'sickReports.staff.partial.hours' })}
        inputMode="decimal"
        autoComplete="off"
        inputRef={amountRef}
        value={amount}
        onChange={(value) => {
          setAmount(value);
          fields.clear('amount');
        }}
      />
    </StaffForm>
  );
}

function StaffRecoveryForm({ reportId, firstSickDay, onDone }: { reportId: string; firstSickDay: string; onDone: () => void }) {
  const intl = useIntl();
  const [recoveryDate, setRecoveryDate] = useState(todayIso());
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, send] = useMutation(staffReportRecoveredMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'recoveryDate'>({ recoveryDate: dateRef });

  const submit = async () => {
    setFailure(null);
    if (fields.show(!recoveryDate ? { recoveryDate: 'sickReports.staff.date.required' } : recoveryDate < firstSickDay ? { recoveryDate: 'error.RECOVERY_BEFORE_FIRST_SICK_DAY' } : {})) return;
    const { data, error } = await send({ input: { sickReportId: reportId, recoveryDate } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.staffReportRecovered.userErrors });
    if (failed || !data?.staffReportRecovered.sickReport) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    onDone();
  };

  return (
    <StaffForm
      id={`staff-recovery-${reportId}`}
      title={intl.formatMessage({ id: 'sickReports.staff.recovery.title' })}
      intro={intl.formatMessage({ id: 'sickReports.staff.recovery.intro' })}
      failure={failure}
      onSubmit={submit}
      busy={fetching}
      submitLabel={intl.formatMessage({ id: 'sickReports.staff.recovery.submit' })}
      validationErrors={fields.validationErrors}
    >
      <DateInput
        name="recoveryDate"
        label={intl.formatMessage({ id: 'sickReports.column.recovery' })}
        value={recoveryDate}
        inputRef={dateRef}
        error={fields.validationErrors.recoveryDate}
        calendar={{ min: firstSickDay }}
        onChange={(value) => {
          setRecoveryDate(value);
          fields.clear('recoveryDate');
        }}
      />
    </StaffForm>
  );
}
