import { useRef, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { TextInputField } from '../../../components/TextInputField';
import type { MessageId } from '../../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { DateInput } from '../../../components/ui/DateInput';
import ui from '../../../components/ui/ui.module.css';
import { formatDay } from '../format';
import { reportPartialRecoveryMutation } from './absence.graphql';
import { parseWorkResumed, recoveryDateProblem } from './validation';
import type { SickReport } from './sickReport';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import own from './AbsencePage.module.css';

/**
 * Gedeeltelijk hersteld melden (R25): from a date the employee works partly again, as a percentage
 * of the own work or hours a week. The report stays open; only "Hersteld melden" ends it.
 */
export function PartialRecoveryForm({ report, onDone }: { report: SickReport; onDone: () => void }) {
  const intl = useIntl();
  const last = report.partialRecoveries.at(-1)?.fromDate;
  const [fromDate, setFromDate] = useState(() => todayIso());
  const [unit, setUnit] = useState<'percentage' | 'hours'>('percentage');
  const [amount, setAmount] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [sent, setSent] = useState(false);
  const [{ fetching }, send] = useMutation(reportPartialRecoveryMutation);
  const dateRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'fromDate' | 'amount'>({ fromDate: dateRef, amount: amountRef });
  const firstDay = formatDay(intl, report.firstSickDay);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    setSent(false);
    const dateProblem = recoveryDateProblem(fromDate, report.firstSickDay);
    const parsed = parseWorkResumed(amount, unit);
    const errors: FieldErrors<'fromDate' | 'amount'> = {};
    if (dateProblem === 'required') errors.fromDate = 'employeeAbsence.partial.fromDate.required';
    else if (dateProblem === 'invalid') errors.fromDate = 'employeeAbsence.date.invalid';
    else if (dateProblem === 'beforeFirstSickDay') errors.fromDate = { id: 'employeeAbsence.recoveryDate.beforeFirstSickDay', values: { date: firstDay } };
    else if (last && fromDate <= last) errors.fromDate = 'error.RECOVERY_BEFORE_PARTIAL_RECOVERY';
    if (!parsed.ok) errors.amount = unit === 'percentage' ? 'employeeAbsence.partial.percentage.invalid' : 'employeeAbsence.partial.hours.invalid';
    if (errors.fromDate || errors.amount) {
      fields.show(errors);
      return;
    }
    fields.set({});
    if (!parsed.ok) return;
    const input = parsed.percentage !== undefined ? { fromDate, percentage: parsed.percentage } : { fromDate, hoursPerWeek: parsed.hoursPerWeek };
    const { data, error } = await send({ input });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.reportPartialRecovery.userErrors });
    if (failed || !data?.reportPartialRecovery.partialRecovery) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setAmount('');
    setSent(true);
    onDone();
  };

  return (
    <section className={styles.card} aria-labelledby="absence-partial">
      <h2 id="absence-partial" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.partial.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeeAbsence.partial.intro' })}</p>
      <Alert messageId={failure} takeFocus className={own.gap} />
      {sent && (
        <p role="status" className={own.sent}>
          {intl.formatMessage({ id: 'employeeAbsence.partial.sent' })}
        </p>
      )}
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="absence-partial"
      >
        <DateInput
          name="fromDate"
          label={intl.formatMessage({ id: 'employeeAbsence.partial.fromDate' })}
          hint={intl.formatMessage({ id: 'employeeAbsence.partial.fromDate.help' }, { date: firstDay })}
          value={fromDate}
          inputRef={dateRef}
          error={fields.validationErrors.fromDate}
          calendar={{ min: report.firstSickDay }}
          onChange={(value) => {
            setFromDate(value);
            fields.clear('fromDate');
          }}
        />
        <RadioGroup className={ui.choiceGroup} value={unit} onChange={(value) => setUnit(value as 'percentage' | 'hours')} orientation="horizontal">
          <Label className={ui.label}>{intl.formatMessage({ id: 'employeeAbsence.partial.unit' })}</Label>
          <div className={ui.choices}>
            {(['percentage', 'hours'] as const).map((value) => (
              <Radio key={value} value={value} className={ui.choice}>
                <span className={ui.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: `employeeAbsence.partial.unit.${value}` })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <TextInputField
          name="amount"
          label={intl.formatMessage({ id: unit === 'percentage' ? 'employeeAbsence.partial.percentage' : 'employeeAbsence.partial.hours' })}
          description={intl.formatMessage({ id: unit === 'percentage' ? 'employeeAbsence.partial.percentage.help' : 'employeeAbsence.partial.hours.help' })}
          inputMode={unit === 'percentage' ? 'numeric' : 'decimal'}
          autoComplete="off"
          inputRef={amountRef}
          value={amount}
          onChange={(value) => {
            setAmount(value);
            fields.clear('amount');
          }}
        />
        <BusyButton type="submit" className={forms.primaryButton} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'employeeAbsence.sending' })}>
          {intl.formatMessage({ id: 'employeeAbsence.partial.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}
