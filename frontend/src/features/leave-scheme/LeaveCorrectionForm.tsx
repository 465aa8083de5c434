import { useId, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import { DateInput } from '../../components/ui/DateInput';
import { Notice } from '../../components/ui/Notice';
import { SelectField } from '../../components/ui/SelectField';
import type { MessageId } from '../../i18n/catalogue';
import { todayIso } from '../../lib/format/dates';
import { messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { correctionLeaveTypesQuery, recordLeaveEntriesMutation } from './leaveScheme.graphql';
import { parseHours, parseWhole } from './hours';
import page from './PersonLeave.module.css';

type Field = 'hours' | 'date' | 'year' | 'reason' | 'leaveTypeId';

const whole = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The form field a row's userError points at: ["input", "entries", "0", "reason"] → reason. */
function fieldOf(path: readonly string[] | null | undefined): Field | null {
  const last = path?.at(-1);
  return last === 'hours' || last === 'date' || last === 'year' || last === 'reason' || last === 'leaveTypeId' ? last : null;
}

/**
 * "Correctie boeken" (R28) on the person page: one ledger correction of an employment — hours added
 * or taken off a leave type, on a day and accrual year, with the reason every correction needs —
 * recorded through recordLeaveEntries (MANAGE_PAYROLL_DATA). The row's own result is what the form
 * shows: booked, or refused with the field it names.
 */
export function LeaveCorrectionForm({ employmentId, employerId, onBooked }: { employmentId: string; employerId: string; onBooked: () => void }) {
  const intl = useIntl();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [types] = useQuery({ query: correctionLeaveTypesQuery, variables: { employerId }, pause: !open });
  const options = (types.data?.leaveScheme?.leaveTypes ?? []).map((t) => ({ id: t.id, label: t.name }));
  const [typeId, setTypeId] = useState('');
  const [direction, setDirection] = useState<'add' | 'subtract'>('add');
  const [hours, setHours] = useState('');
  const [date, setDate] = useState(() => todayIso());
  const [year, setYear] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [booked, setBooked] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(recordLeaveEntriesMutation);
  const chosen = typeId || options[0]?.id || '';
  // A field's message goes as soon as it is changed, so the form does not shift under the pointer.
  const changed =
    <T,>(field: Field, setter: (value: T) => void) =>
    (value: T) => {
      setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([f]) => f !== field)) : e));
      setter(value);
    };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBooked(null);
    const found: Partial<Record<Field, string>> = {};
    const h = parseHours(hours);
    if (h === null || h === 0 || h > 5000) found.hours = intl.formatMessage({ id: 'correction.problem.hours' });
    if (!whole(date)) found.date = intl.formatMessage({ id: 'correction.problem.date' });
    const y = year.trim() === '' ? null : parseWhole(year);
    if (year.trim() !== '' && (y === null || y < 2000 || y > 2100)) found.year = intl.formatMessage({ id: 'correction.problem.year' });
    if (reason.trim() === '') found.reason = intl.formatMessage({ id: 'correction.problem.reason' });
    setErrors(found);
    if (Object.keys(found).length > 0 || !chosen) {
      setFailure(chosen ? 'leaveScheme.problem.summary' : 'correction.problem.type');
      return;
    }
    setFailure(null);
    const signed = direction === 'add' ? h! : -h!;
    const res = await record({
      input: {
        entries: [{ employmentId, leaveTypeId: chosen, kind: 'CORRECTION', hours: signed, date, ...(y !== null ? { year: y } : {}), reason: reason.trim() }],
      },
    });
    const payload = res.data?.recordLeaveEntries;
    const row = payload?.results[0];
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: payload?.userErrors?.length ? payload.userErrors : row?.userErrors });
    if (failed) {
      const first = row?.userErrors[0];
      const field = fieldOf(first?.field);
      if (field && first) setErrors({ [field]: intl.formatMessage({ id: messageIdForUserErrorCode(first.code) }) });
      setFailure(failed);
      return;
    }
    const name = options.find((o) => o.id === chosen)?.label ?? '';
    setBooked(intl.formatMessage({ id: 'correction.booked' }, { hours: row?.entry?.hours ?? signed, type: name }));
    setHours('');
    setReason('');
    onBooked();
  };

  if (!open) {
    return (
      <div className={page.block}>
        {booked && <Notice tone="success">{booked}</Notice>}
        <div>
          <button type="button" className={styles.buttonSecondary} onClick={() => setOpen(true)}>
            {intl.formatMessage({ id: 'correction.open' })}
          </button>
        </div>
      </div>
    );
  }

  return (
    <section className={page.block} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className={page.blockTitle}>
        {intl.formatMessage({ id: 'correction.title' })}
      </h3>
      <p className={styles.description} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'correction.intro' })}
      </p>
      {booked && <Notice tone="success">{booked}</Notice>}
      <Form className={page.form} validationBehavior="aria" validationErrors={errors} onSubmit={(e) => void submit(e)}>
        {options.length > 0 && (
          <SelectField label={intl.formatMessage({ id: 'correction.type' })} options={options} value={chosen} onChange={setTypeId} />
        )}
        <RadioGroup className={styles.choiceGroup} value={direction} onChange={(v) => setDirection(v as 'add' | 'subtract')}>
          <Label className={styles.label}>{intl.formatMessage({ id: 'correction.direction' })}</Label>
          <div className={styles.choices}>
            {(['add', 'subtract'] as const).map((d) => (
              <Radio key={d} value={d} className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: `correction.direction.${d}` })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <TextInputField name="hours" label={intl.formatMessage({ id: 'correction.hours' })} inputMode="decimal" autoComplete="off" isRequired value={hours} onChange={changed('hours', setHours)} />
        <DateInput name="date" label={intl.formatMessage({ id: 'correction.date' })} value={date} error={errors.date ?? null} onChange={changed('date', setDate)} />
        <TextInputField
          name="year"
          label={intl.formatMessage({ id: 'correction.year' })}
          description={intl.formatMessage({ id: 'correction.yearHint' })}
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={year}
          onChange={changed('year', setYear)}
        />
        <TextInputField name="reason" label={intl.formatMessage({ id: 'correction.reason' })} isRequired maxLength={500} value={reason} onChange={changed('reason', setReason)} />
        <Alert messageId={failure} takeFocus />
        <div className={page.actions}>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'correction.busy' })}>
            {intl.formatMessage({ id: 'correction.submit' })}
          </BusyButton>
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() => {
              setOpen(false);
              setErrors({});
              setFailure(null);
            }}
          >
            {intl.formatMessage({ id: 'correction.close' })}
          </button>
        </div>
      </Form>
    </section>
  );
}
