import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import type { MessageId } from '../../../i18n/catalogue';
import { useFieldErrors, type FieldMessage } from '../../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { formatDay } from '../format';
import { reportRecoveredMutation } from './absence.graphql';
import { DateInput } from '../../../components/ui/DateInput';
import { recoveryDateProblem } from './validation';
import { readReport, type SickReport } from './sickReport';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import own from './AbsencePage.module.css';

/** Report recovered (R25): the recovery date, not before the first sick day. */
export function RecoveryForm({ report, onDone, onStale }: { report: SickReport; onDone: (report: SickReport) => void; onStale: () => void }) {
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
        <DateInput
          name="recoveryDate"
          label={intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}
          hint={intl.formatMessage({ id: 'employeeAbsence.recoveryDate.help' }, { date: firstDay })}
          value={recoveryDate}
          inputRef={dateRef}
          error={fields.validationErrors.recoveryDate}
          calendar={{ min: report.firstSickDay, max: todayIso() }}
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
