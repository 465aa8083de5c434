import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../../components/password';
import { changePasswordMutation } from './portal.graphql';
import styles from './AccountPage.module.css';

type PasswordField = 'currentPassword' | 'password' | 'passwordRepeat';

/** Change the password, the current one asked, with the policy's meter (R4, R12); no mail is sent. */
export function ChangePassword({ personal }: { personal: string[] }) {
  const intl = useIntl();
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [verdict, setVerdict] = useState<ServerPasswordVerdict | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, change] = useMutation(changePasswordMutation);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<PasswordField>({ currentPassword: currentRef, password: passwordRef, passwordRepeat: repeatRef });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    setSaved(false);
    const errors: FieldErrors<PasswordField> = {};
    if (!currentPassword) errors.currentPassword = 'employeePortal.password.currentRequired';
    if (!password) errors.password = 'employeePassword.required';
    if (!repeat) errors.passwordRepeat = 'employeePassword.repeatRequired';
    else if (password && repeat !== password) errors.passwordRepeat = 'employeePassword.mismatch';
    if (fields.show(errors)) return;
    const { data, error } = await change({ input: { currentPassword, newPassword: password } });
    const code = data?.changePassword.userErrors[0]?.code;
    if (!error && code === 'CURRENT_PASSWORD_WRONG') {
      fields.show({ currentPassword: 'error.CURRENT_PASSWORD_WRONG' });
      return;
    }
    if (!error && isServerPasswordCode(code)) {
      setVerdict({ password, code });
      fields.show({ password: messageIdForUserErrorCode(code) });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors: data?.changePassword.userErrors });
    if (failed || !data?.changePassword.ok) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setSaved(true);
    setCurrentPassword('');
    setPassword('');
    setRepeat('');
    setVerdict(null);
  };

  return (
    <section className={styles.card} aria-labelledby="account-password">
      <h2 id="account-password" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.password.title' })}
      </h2>
      {saved && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeePortal.password.saved' })}
        </p>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="account-password"
      >
        <TextInputField
          name="currentPassword"
          type="password"
          label={intl.formatMessage({ id: 'employeePortal.password.current' })}
          isRequired
          autoComplete="current-password"
          inputRef={currentRef}
          value={currentPassword}
          onChange={(value) => {
            setCurrentPassword(value);
            fields.clear('currentPassword');
          }}
        />
        <PasswordFields
          password={password}
          onPasswordChange={(value) => {
            setPassword(value);
            fields.clear('password', 'passwordRepeat');
          }}
          repeat={repeat}
          onRepeatChange={(value) => {
            setRepeat(value);
            fields.clear('passwordRepeat');
          }}
          personal={personal}
          serverVerdict={verdict}
          passwordRef={passwordRef}
          repeatRef={repeatRef}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeePortal.saving' })}
        >
          {intl.formatMessage({ id: 'employeePortal.password.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}
