import { useId, useRef, useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import { FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { DateInput } from '../../components/ui/DateInput';
import { Notice } from '../../components/ui/Notice';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { todayIso } from '../../lib/format/dates';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { readFragment } from '../../gql';
import { createPreboardingMutation, preboardingRowFragment, preboardingTeamsQuery } from './preboarding.graphql';
import page from './Preboarding.module.css';

type Field = 'firstName' | 'lastName' | 'email' | 'birthDate' | 'firstDay' | 'jobTitle';
type Values = { firstName: string; lastNamePrefix: string; lastName: string; email: string; birthDate: string; firstDay: string; jobTitle: string; team: string };

const EMPTY: Values = { firstName: '', lastNamePrefix: '', lastName: '', email: '', birthDate: '', firstDay: '', jobTitle: '', team: '' };
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The option "no team" of the select (SelectField keys are strings). */
const NO_TEAM = 'none';
const FIELDS: readonly Field[] = ['firstName', 'lastName', 'email', 'birthDate', 'firstDay', 'jobTitle'];

/** What is wrong before anything is sent: required fields, dates that exist, a birth date in the past, a first day from today. */
export function checkNewHire(v: Values, today: string): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!v.firstName.trim()) errors.firstName = 'preboarding.new.error.firstName';
  if (!v.lastName.trim()) errors.lastName = 'preboarding.new.error.lastName';
  if (!v.email.trim()) errors.email = 'preboarding.new.error.email';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) errors.email = 'error.INVALID_EMAIL';
  if (!ISO.test(v.birthDate)) errors.birthDate = 'preboarding.new.error.birthDate';
  else if (v.birthDate >= today) errors.birthDate = 'preboarding.new.error.birthDateFuture';
  if (!ISO.test(v.firstDay)) errors.firstDay = 'preboarding.new.error.firstDay';
  else if (v.firstDay < today) errors.firstDay = 'error.PREBOARDING_FIRST_DAY_PASSED';
  return errors;
}

/**
 * Nieuwe medewerker (R38): name, private e-mail address, birth date (the invitation's control
 * question, R4), planned first day, job and team. Creating it sends the candidate the invitation.
 */
export function NewHireForm({ employerId, onCreated, onCancel }: { employerId: string; onCreated: (name: string, email: string) => void; onCancel: () => void }) {
  const intl = useIntl();
  const ids = useId();
  const today = todayIso();
  const [values, setValues] = useState<Values>(EMPTY);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const firstNameRef = useRef<HTMLInputElement>(null);
  const lastNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const birthDateRef = useRef<HTMLInputElement>(null);
  const firstDayRef = useRef<HTMLInputElement>(null);
  const jobTitleRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<Field>({
    firstName: firstNameRef,
    lastName: lastNameRef,
    email: emailRef,
    birthDate: birthDateRef,
    firstDay: firstDayRef,
    jobTitle: jobTitleRef,
  });
  const [{ data: teamsData }] = useQuery({ query: preboardingTeamsQuery, variables: { employerId } });
  const teams = teamsData?.preboardingTeams ?? [];
  const [{ fetching }, create] = useMutation(createPreboardingMutation);

  const set = (key: keyof Values, value: string) => {
    setValues((old) => ({ ...old, [key]: value }));
    if (key !== 'team' && key !== 'lastNamePrefix') fields.clear(key);
  };

  const submit = async () => {
    setFailure(null);
    if (fields.show(checkNewHire(values, today))) return;
    const { data, error } = await create({
      input: {
        employerId,
        firstName: values.firstName.trim(),
        lastNamePrefix: values.lastNamePrefix.trim(),
        lastName: values.lastName.trim(),
        email: values.email.trim(),
        birthDate: values.birthDate,
        firstDay: values.firstDay,
        jobTitle: values.jobTitle.trim(),
        ...(values.team && values.team !== NO_TEAM ? { departmentId: values.team } : {}),
      },
    });
    const payload = data?.createPreboarding;
    const problem = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (problem || !payload?.preboarding) {
      const field = payload?.userErrors[0]?.field?.at(-1);
      if (problem && field && FIELDS.includes(field as Field)) fields.show({ [field as Field]: problem });
      else setFailure(problem ?? 'error.generic');
      return;
    }
    const p = readFragment(preboardingRowFragment, payload.preboarding);
    onCreated([p.firstName, p.lastNamePrefix, p.lastName].filter(Boolean).join(' '), p.email);
    setValues(EMPTY);
  };

  const text = (
    key: Field | 'lastNamePrefix',
    label: MessageId,
    inputRef: RefObject<HTMLInputElement | null> | undefined,
    options: { required?: boolean; type?: string; hint?: MessageId; max?: number } = {},
  ) => (
    <TextField
      className={styles.field}
      name={key}
      type={options.type ?? 'text'}
      value={values[key]}
      maxLength={options.max ?? 100}
      onChange={(v) => set(key, v)}
      isRequired={options.required ?? false}
      validationBehavior="aria"
    >
      <Label className={styles.label}>{intl.formatMessage({ id: label })}</Label>
      <Input className={styles.input} ref={inputRef} autoComplete="off" />
      {options.hint && (
        <Text slot="description" className={styles.description}>
          {intl.formatMessage({ id: options.hint })}
        </Text>
      )}
      <FieldError className={styles.fieldError} />
    </TextField>
  );
  const dateError = (key: 'birthDate' | 'firstDay') => fields.validationErrors[key] ?? null;

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <div>
        <h2 id={`${ids}-title`} className={styles.cardTitle}>
          {intl.formatMessage({ id: 'preboarding.new.title' })}
        </h2>
        <p className={`${styles.muted} ${styles.small}`}>{intl.formatMessage({ id: 'preboarding.new.intro' })}</p>
      </div>
      {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
      <Form
        className={page.form}
        validationErrors={fields.validationErrors}
        onSubmit={(event) => {
          event.preventDefault();
          if (!fetching) void submit();
        }}
      >
        {text('firstName', 'preboarding.field.firstName', firstNameRef, { required: true })}
        {text('lastNamePrefix', 'preboarding.field.lastNamePrefix', undefined, { max: 20 })}
        {text('lastName', 'preboarding.field.lastName', lastNameRef, { required: true })}
        {text('email', 'preboarding.field.email', emailRef, { required: true, type: 'email', hint: 'preboarding.new.emailHint', max: 254 })}
        <div className={page.wide}>
          <DateInput
            name="birthDate"
            label={intl.formatMessage({ id: 'preboarding.field.birthDate' })}
            hint={intl.formatMessage({ id: 'preboarding.new.birthDateHint' })}
            value={values.birthDate}
            onChange={(v) => set('birthDate', v)}
            error={dateError('birthDate')}
            inputRef={birthDateRef}
          />
        </div>
        <div className={page.wide}>
          <DateInput
            name="firstDay"
            label={intl.formatMessage({ id: 'preboarding.field.firstDay' })}
            value={values.firstDay}
            onChange={(v) => set('firstDay', v)}
            error={dateError('firstDay')}
            inputRef={firstDayRef}
            calendar={{ min: today }}
          />
        </div>
        {text('jobTitle', 'preboarding.field.jobTitle', jobTitleRef)}
        <SelectField<string>
          label={intl.formatMessage({ id: 'preboarding.field.team' })}
          value={values.team || NO_TEAM}
          onChange={(v) => set('team', v)}
          options={[{ id: NO_TEAM, label: intl.formatMessage({ id: 'preboarding.new.noTeam' }) }, ...teams.map((t) => ({ id: t.id, label: t.name }))]}
          {...(teams.length === 0 ? { description: intl.formatMessage({ id: 'preboarding.new.noTeams' }) } : {})}
        />
        <div className={`${page.wide} ${page.actions}`}>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'preboarding.new.busy' })}>
            {intl.formatMessage({ id: 'preboarding.new.submit' })}
          </BusyButton>
          <button type="button" className={styles.buttonSecondary} onClick={onCancel}>
            {intl.formatMessage({ id: 'preboarding.new.cancel' })}
          </button>
        </div>
      </Form>
    </section>
  );
}
