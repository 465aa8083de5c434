import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { TextInputField, type TextInputFieldProps } from '../../../components/TextInputField';
import { DateInput } from '../../../components/ui/DateInput';
import type { PersonalDataField } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { todayIso } from '../../../lib/format/dates';
import { FIELD_PARTS, type DataPart, type DataValues } from '../../../lib/format/personalData';
import { messageIdForCombinedError } from '../../../lib/graphql/errors';
import { requestDataChangeMutation } from './dataChange.graphql';
import { FIELD_LABEL } from './fieldLabels';
import { checkChange, MAX_DAYS_AHEAD, serverError, type FormErrors, type FormField } from './validate';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import page from './PersonalData.module.css';

/** What each part's input looks like: its label, help, keyboard and autofill. */
function partInput(field: PersonalDataField, part: DataPart): { label: MessageId; help?: MessageId } & Partial<TextInputFieldProps> {
  switch (part) {
    case 'street':
      return { label: 'employeePersonalData.part.street', autoComplete: 'address-line1', maxLength: 200 };
    case 'postalCode':
      return { label: 'employeePersonalData.part.postalCode', help: 'employeePersonalData.part.postalCode.help', autoComplete: 'postal-code', maxLength: 7 };
    case 'city':
      return { label: 'employeePersonalData.part.city', autoComplete: 'address-level2', maxLength: 100 };
    case 'phone':
      return field === 'EMERGENCY_CONTACT'
        ? { label: 'employeePersonalData.part.contactPhone', help: 'employeePersonalData.part.phone.help', type: 'tel', autoComplete: 'off', maxLength: 20 }
        : { label: 'employeePersonalData.part.phone', help: 'employeePersonalData.part.phone.help', type: 'tel', autoComplete: 'tel', maxLength: 20 };
    case 'email':
      return { label: 'employeePersonalData.part.email', type: 'email', autoComplete: 'email', verbatim: true, maxLength: 254 };
    case 'iban':
      return { label: 'employeePersonalData.part.iban', help: 'employeePersonalData.part.iban.help', autoComplete: 'off', verbatim: true, maxLength: 42 };
    case 'name':
      return { label: 'employeePersonalData.part.name', autoComplete: 'off', maxLength: 200 };
  }
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * *Wijziging aanvragen* for one field (R37): the new values (the current ones to start from, except an
 * IBAN), an optional date it takes effect, and for an IBAN the current password again. The page
 * checks what the server checks and says where; the server's answer has the last word.
 */
export function ChangeForm({
  field,
  current,
  onSent,
  onCancel,
}: {
  field: PersonalDataField;
  current: DataValues;
  onSent: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const parts = FIELD_PARTS[field];
  const [values, setValues] = useState<DataValues>(() => (field === 'IBAN' ? { ...current, iban: '' } : { ...current }));
  const [effectiveDate, setEffectiveDate] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [{ fetching }, request] = useMutation(requestDataChangeMutation);
  const refs = useRef<Partial<Record<FormField, HTMLInputElement | null>>>({});
  const today = todayIso();

  useEffect(() => {
    refs.current[parts[0]!]?.focus();
  }, [parts]);

  const show = (next: FormErrors) => {
    setErrors(next);
    const order: FormField[] = [...parts, 'effectiveDate', 'currentPassword'];
    const first = order.find((f) => next[f]);
    if (first) refs.current[first]?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const found = checkChange(field, values, current, effectiveDate, password, today);
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setErrors({});
    const { data, error } = await request({
      input: {
        field,
        values: Object.fromEntries(parts.map((p) => [p, values[p].trim()])),
        ...(effectiveDate ? { effectiveDate } : {}),
        ...(field === 'IBAN' ? { currentPassword: password } : {}),
      },
    });
    const payload = data?.requestPersonalDataChange;
    const refusal = payload?.userErrors[0];
    if (error || refusal || !payload?.change) {
      if (refusal) {
        const { field: at, message } = serverError(refusal.code, refusal.field);
        if (at === 'currentPassword') setPassword('');
        show({ [at]: message });
      } else show({ form: error ? messageIdForCombinedError(error) : 'error.generic' });
      return;
    }
    onSent();
  };

  const set = (part: DataPart) => (value: string) => {
    setValues((v) => ({ ...v, [part]: value }));
    setErrors(({ [part]: _gone, form: _form, ...rest }) => rest);
  };
  const text = (id: MessageId | undefined) => (id ? intl.formatMessage({ id }) : undefined);
  const validationErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([f]) => f !== 'form' && f !== 'effectiveDate')
      .map(([f, id]) => [f, intl.formatMessage({ id })]),
  );
  const label = intl.formatMessage({ id: 'employeePersonalData.request.label' }, { field: intl.formatMessage({ id: FIELD_LABEL[field] }) });

  return (
    <Form className={`${forms.form} ${page.form}`} validationBehavior="aria" validationErrors={validationErrors} onSubmit={(e) => void submit(e)} aria-label={label}>
      <Alert messageId={errors.form ?? null} takeFocus />
      {parts.map((part) => {
        const { label: partLabel, help, ...input } = partInput(field, part);
        return (
          <TextInputField
            key={part}
            {...input}
            name={part}
            label={intl.formatMessage({ id: partLabel })}
            {...(help ? { description: text(help) } : {})}
            inputRef={(el) => {
              refs.current[part] = el;
            }}
            value={values[part]}
            onChange={set(part)}
          />
        );
      })}
      <DateInput
        name="effectiveDate"
        label={intl.formatMessage({ id: 'employeePersonalData.effectiveDate' })}
        hint={intl.formatMessage({ id: 'employeePersonalData.effectiveDate.hint' })}
        value={effectiveDate}
        error={errors.effectiveDate ? intl.formatMessage({ id: errors.effectiveDate }) : null}
        calendar={{ min: today, max: addDays(today, MAX_DAYS_AHEAD) }}
        inputRef={(el: HTMLInputElement | null) => {
          refs.current.effectiveDate = el;
        }}
        onChange={(value) => {
          setEffectiveDate(value);
          setErrors(({ effectiveDate: _gone, ...rest }) => rest);
        }}
      />
      {field === 'IBAN' && (
        <TextInputField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={intl.formatMessage({ id: 'employeePersonalData.password' })}
          description={intl.formatMessage({ id: 'employeePersonalData.password.help' })}
          inputRef={(el) => {
            refs.current.currentPassword = el;
          }}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setErrors(({ currentPassword: _gone, ...rest }) => rest);
          }}
        />
      )}
      <div className={styles.buttons}>
        <BusyButton type="submit" className={forms.primaryButton} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'employeePersonalData.sending' })}>
          {intl.formatMessage({ id: 'employeePersonalData.submit' })}
        </BusyButton>
        <button type="button" className={styles.secondaryButton} onClick={onCancel}>
          {intl.formatMessage({ id: 'employeePersonalData.cancel' })}
        </button>
      </div>
    </Form>
  );
}
