import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { EMPLOYEE_HOME, employeeSessionResult, portalNoticeState, useEmployeeSessionStore } from '../employee-auth';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../../components/password';
import { usernameFormatOk, UsernameStatusLine, useUsernameAvailability } from '../employee-username';
import { completeRegistrationMutation } from './invitation.graphql';
import styles from './InvitationPage.module.css';

type CredentialField = 'username' | 'password' | 'passwordRepeat';

/** Step 2: a username (checked as you type) and a password, then the employee is signed in on the portal home. */
export function CredentialsStep({
  token,
  employer,
  birthDate,
  onLinkChanged,
}: {
  token: string;
  employer: string | null;
  birthDate: string | null;
  onLinkChanged: (code: string | null | undefined) => boolean;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const store = useEmployeeSessionStore();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [verdict, setVerdict] = useState<ServerPasswordVerdict | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [pending, setPending] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<CredentialField>({ username: usernameRef, password: passwordRef, passwordRepeat: repeatRef });
  const trimmed = username.trim();
  const status = useUsernameAvailability(token, trimmed);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFailure(null);
    const errors: FieldErrors<CredentialField> = {};
    if (!trimmed) errors.username = 'employeeInvitation.username.required';
    else if (!usernameFormatOk(trimmed)) errors.username = 'error.USERNAME_INVALID';
    else if (status === 'taken') errors.username = 'error.USERNAME_TAKEN';
    if (!password) errors.password = 'employeePassword.required';
    if (!repeat) errors.passwordRepeat = 'employeePassword.repeatRequired';
    else if (password && repeat !== password) errors.passwordRepeat = 'employeePassword.mismatch';
    if (fields.show(errors)) return;

    setPending(true);
    const result = await store.signIn(async (client) => {
      const { data, error } = await client
        .mutation(completeRegistrationMutation, { input: { token, username: trimmed, password } })
        .toPromise();
      return employeeSessionResult(error, data?.completeRegistration);
    });
    if (result.ok) {
      void navigate(EMPLOYEE_HOME, { replace: true, state: portalNoticeState('registered') });
      return;
    }
    setPending(false);
    const code = result.code;
    if (code === 'USERNAME_TAKEN' || code === 'USERNAME_INVALID') {
      fields.show({ username: result.messageId });
    } else if (isServerPasswordCode(code)) {
      setVerdict({ password, code });
      fields.show({ password: result.messageId });
    } else if (!onLinkChanged(code)) {
      setFailure(result.messageId);
    }
  };

  const personal = [trimmed, employer ?? '', birthDate ?? ''];

  return (
    <section aria-labelledby="invitation-step-title">
      <h2 id="invitation-step-title" className={styles.stepTitle}>
        {intl.formatMessage({ id: 'employeeInvitation.credentials.title' })}
      </h2>
      <p className={styles.stepIntro}>{intl.formatMessage({ id: 'employeeInvitation.credentials.intro' })}</p>
      <Alert messageId={failure} className={forms.alert} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="invitation-step-title"
      >
        <div className={styles.usernameGroup}>
          <TextInputField
            name="username"
            label={intl.formatMessage({ id: 'employeeInvitation.username.label' })}
            description={intl.formatMessage({ id: 'employeeInvitation.username.rules' })}
            isRequired
            autoComplete="username"
            verbatim
            inputRef={usernameRef}
            value={username}
            onChange={(value) => {
              setUsername(value);
              fields.clear('username');
            }}
          />
          <UsernameStatusLine status={status} hidden={!!fields.errors.username} />
        </div>
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
          labelId="employeeInvitation.password.label"
          passwordRef={passwordRef}
          repeatRef={repeatRef}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={pending}
          busyLabel={intl.formatMessage({ id: 'employeeInvitation.credentials.submitting' })}
        >
          {intl.formatMessage({ id: 'employeeInvitation.credentials.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

