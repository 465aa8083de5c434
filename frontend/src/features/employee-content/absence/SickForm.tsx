import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { TextInputField } from '../../../components/TextInputField';
import type { MessageId } from '../../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { reportSickMutation } from './absence.graphql';
import { DateInput } from '../../../components/ui/DateInput';
import { firstSickDayProblem, parseHours } from './validation';
import { readReport, type SickReport } from './sickReport';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import own from './AbsencePage.module.css';

type SickField = 'firstSickDay' | 'hoursWorked';

/** Report sick (R25): the first sick day (today at the latest) and, if any, the hours worked that day. */
export function SickForm({ onDone, onStale }: { onDone: (report: SickReport) => void; onStale: () => void }) {
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
        <DateInput
          name="firstSickDay"
          label={intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}
          hint={intl.formatMessage({ id: 'employeeAbsence.firstSickDay.help' })}
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
