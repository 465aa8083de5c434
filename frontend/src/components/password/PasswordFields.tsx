import { useDeferredValue, useEffect, useId, useMemo, useState, type Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useIntl } from 'react-intl';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import {
  ADVICE_MESSAGES,
  adviceToShow,
  METER_FILL,
  METER_LABEL,
  meterLevel,
  type ServerPasswordCode,
} from './advice';
import type { Estimate } from './estimator';
import { MIN_LENGTH } from './strength';
import styles from './PasswordFields.module.css';

/** The server refused this exact password with this code. */
export interface ServerPasswordVerdict {
  password: string;
  code: ServerPasswordCode;
}

export interface PasswordFieldsProps {
  password: string;
  onPasswordChange: (value: string) => void;
  repeat: string;
  onRepeatChange: (value: string) => void;
  /** What the page knows about the employee (username, names, e-mail, employer, birth date), for the estimate. */
  personal: readonly string[];
  /** The server's verdict on a password sent earlier; shown while the field still holds that password. */
  serverVerdict?: ServerPasswordVerdict | null;
  /** Labels: "Nieuw wachtwoord" / "Herhaal je nieuwe wachtwoord" by default. */
  labelId?: MessageId;
  repeatLabelId?: MessageId;
  /** Field names for the surrounding <Form validationErrors>. */
  name?: string;
  repeatName?: string;
  passwordRef?: Ref<HTMLInputElement>;
  repeatRef?: Ref<HTMLInputElement>;
}

let estimatorModule: Promise<{ estimatePassword: Estimate }> | null = null;
const loadEstimator = () => (estimatorModule ??= import('./estimator'));

/**
 * A new password, twice, with a strength meter and concrete tips (R4, R10, R12). The estimate is the
 * server's policy run in the browser (strength.ts), loaded lazily with its word lists; the server still
 * judges on submit, and its verdict on this password replaces the estimate. No composition rules: the
 * tips steer towards length (a few loose words) instead.
 */
export function PasswordFields({
  password,
  onPasswordChange,
  repeat,
  onRepeatChange,
  personal,
  serverVerdict = null,
  labelId = 'employeePassword.new',
  repeatLabelId = 'employeePassword.repeat',
  name = 'password',
  repeatName = 'passwordRepeat',
  passwordRef,
  repeatRef,
}: PasswordFieldsProps) {
  const intl = useIntl();
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [visible, setVisible] = useState(false);
  const [repeatTouched, setRepeatTouched] = useState(false);
  const toggleId = useId();

  useEffect(() => {
    let live = true;
    loadEstimator().then(
      (module) => live && setEstimate(() => module.estimatePassword),
      () => {
        // Offline: the meter then judges the length only; the server still checks everything.
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const deferred = useDeferredValue(password);
  const personalKey = personal.join('\u0000');
  const result = useMemo(
    () => (estimate && deferred ? estimate(deferred, personalKey.split('\u0000')) : null),
    [estimate, deferred, personalKey],
  );
  const current = deferred === password ? result : null;
  const length = Array.from(password.normalize('NFC')).length;
  const serverCode = serverVerdict && serverVerdict.password === password ? serverVerdict.code : null;
  const level = meterLevel(length, current, serverCode !== null);
  const advice = adviceToShow(current, serverCode);
  const repeatMismatch = repeatTouched && repeat !== '' && repeat !== password;
  const type = visible ? 'text' : 'password';

  const label =
    level === 'tooShort'
      ? intl.formatMessage({ id: 'employeePassword.meter.tooShort' }, { count: Math.max(0, MIN_LENGTH - length) })
      : intl.formatMessage({ id: METER_LABEL[level] });

  // Screen readers hear the verdict once typing pauses, not at every key.
  const [announced, setAnnounced] = useState('');
  const spoken = password ? label : '';
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(spoken), 800);
    return () => clearTimeout(timer);
  }, [spoken]);

  return (
    <div className={styles.group}>
      <TextField
        name={name}
        value={password}
        onChange={onPasswordChange}
        type={type}
        isRequired
        autoComplete="new-password"
        className={forms.field}
      >
        <Label className={forms.label}>{intl.formatMessage({ id: labelId })}</Label>
        <Text slot="description" className={forms.description}>
          {intl.formatMessage({ id: 'employeePassword.rules' })}
        </Text>
        <Input ref={passwordRef} className={forms.input} />
        <FieldError className={forms.fieldError} />
      </TextField>

      <span role="status" className={styles.visuallyHidden}>
        {announced}
      </span>
      {password && (
        <div className={styles.meter} data-level={level}>
          <div className={styles.bar} aria-hidden="true">
            {[1, 2, 3, 4].map((segment) => (
              <span key={segment} className={styles.segment} data-filled={segment <= METER_FILL[level] || undefined} />
            ))}
          </div>
          <p className={styles.label}>
            <span className={styles.labelPrefix}>{intl.formatMessage({ id: 'employeePassword.meter.prefix' })} </span>
            {label}
          </p>
          {advice.length > 0 && (
            <ul className={styles.advice}>
              {advice.map((code) => (
                <li key={code}>{intl.formatMessage({ id: ADVICE_MESSAGES[code] })}</li>
              ))}
            </ul>
          )}
          {level === 'good' || level === 'strong' ? (
            <p className={styles.note}>{intl.formatMessage({ id: 'employeePassword.meter.finalCheck' })}</p>
          ) : null}
        </div>
      )}

      <TextField
        name={repeatName}
        value={repeat}
        onChange={onRepeatChange}
        onBlur={() => setRepeatTouched(true)}
        type={type}
        isRequired
        autoComplete="new-password"
        isInvalid={repeatMismatch || undefined}
        className={forms.field}
      >
        <Label className={forms.label}>{intl.formatMessage({ id: repeatLabelId })}</Label>
        <Input ref={repeatRef} className={forms.input} />
        <FieldError className={forms.fieldError}>
          {({ validationErrors }) =>
            repeatMismatch ? intl.formatMessage({ id: 'employeePassword.mismatch' }) : validationErrors.join(' ')
          }
        </FieldError>
      </TextField>

      <div className={styles.toggle}>
        <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={toggleId}>{intl.formatMessage({ id: 'employeePassword.show' })}</label>
      </div>
    </div>
  );
}
