import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError, messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { EMPLOYEE_HOME, EMPLOYEE_LOGIN, loginNoticeState, useEmployeeSessionStore } from '../employee-auth';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../employee-password';
import { usernameFormatOk, UsernameStatusLine, useUsernameAvailability } from '../employee-username';
import { accountQuery, changePasswordMutation, changeUsernameMutation, logoutEverywhereMutation } from './portal.graphql';
import styles from './AccountPage.module.css';

/**
 * /werknemer/account (R12): change the username (unique) and the password (the current one asked); no
 * mail is sent for either. Sign out here, or everywhere.
 */
export default function AccountPage() {
  const intl = useIntl();
  // Always asked of the server: this is also how an open page learns that access was blocked (R6).
  const [{ data, fetching, error }, reload] = useQuery({ query: accountQuery, requestPolicy: 'network-only' });
  useDocumentTitle('employeePortal.accountPage.title');
  const me = data?.me;

  if (fetching && !me) return <PageStatus />;
  if (!me) {
    return (
      <div className={styles.page}>
        <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} className={forms.alert} />
      </div>
    );
  }

  const personal = [
    me.account.username ?? '',
    me.person.firstName,
    me.person.lastName,
    `${me.person.lastNamePrefix} ${me.person.lastName}`,
    me.person.fullName,
    me.person.email ?? '',
    me.person.birthDate,
    me.employer.name,
  ];

  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link to={EMPLOYEE_HOME}>{intl.formatMessage({ id: 'employeePortal.accountPage.back' })}</Link>
      </p>
      <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePortal.accountPage.title' })}</h1>
      <p className={styles.intro}>{intl.formatMessage({ id: 'employeePortal.accountPage.intro' })}</p>
      <ChangeUsername current={me.account.username ?? ''} onChanged={() => reload({ requestPolicy: 'network-only' })} />
      <ChangePassword personal={personal} />
      <SignOut />
    </div>
  );
}

function ChangeUsername({ current, onChanged }: { current: string; onChanged: () => void }) {
  const intl = useIntl();
  const [username, setUsername] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, change] = useMutation(changeUsernameMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'username'>({ username: inputRef });
  const trimmed = username.trim();
  const same = trimmed !== '' && trimmed === current;
  // Asked as you type with the employee's own session (no invitation token). Advisory only: the
  // server decides on submit (a change of case only, for one, is the employee's own name).
  const status = useUsernameAvailability(null, same ? '' : trimmed);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    setSaved(null);
    const next = username.trim();
    const problem: MessageId | null = !next
      ? 'employeeInvitation.username.required'
      : !usernameFormatOk(next)
        ? 'error.USERNAME_INVALID'
        : next === current
          ? 'employeePortal.username.same'
          : null;
    if (problem) {
      fields.show({ username: problem });
      return;
    }
    const { data, error } = await change({ input: { username: next } });
    const code = data?.changeUsername.userErrors[0]?.code;
    if (!error && (code === 'USERNAME_TAKEN' || code === 'USERNAME_INVALID')) {
      fields.show({ username: messageIdForUserErrorCode(code) });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors: data?.changeUsername.userErrors });
    if (failed || !data?.changeUsername.username) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setSaved(data.changeUsername.username);
    setUsername('');
    onChanged();
  };

  return (
    <section className={styles.card} aria-labelledby="account-username">
      <h2 id="account-username" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.username.title' })}
      </h2>
      <p className={styles.current}>
        {intl.formatMessage({ id: 'employeePortal.username.current' })} <strong>{current}</strong>
      </p>
      {saved && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeePortal.username.saved' }, { username: saved })}
        </p>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="account-username"
      >
        <TextInputField
          name="username"
          label={intl.formatMessage({ id: 'employeePortal.username.new' })}
          description={intl.formatMessage({ id: 'employeeInvitation.username.rules' })}
          isRequired
          autoComplete="username"
          verbatim
          inputRef={inputRef}
          value={username}
          onChange={(value) => {
            setUsername(value);
            fields.clear('username');
          }}
        />
        <UsernameStatusLine status={status} override={same ? 'employeePortal.username.same' : null} hidden={!!fields.errors.username} />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeePortal.saving' })}
        >
          {intl.formatMessage({ id: 'employeePortal.username.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

type PasswordField = 'currentPassword' | 'password' | 'passwordRepeat';

function ChangePassword({ personal }: { personal: string[] }) {
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

function SignOut() {
  const intl = useIntl();
  const navigate = useNavigate();
  const store = useEmployeeSessionStore();
  const [busy, setBusy] = useState<'here' | 'everywhere' | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [, logoutEverywhere] = useMutation(logoutEverywhereMutation);

  const signOutHere = async () => {
    setBusy('here');
    await store.logout();
  };

  const signOutEverywhere = async () => {
    setBusy('everywhere');
    setFailure(null);
    const { data, error } = await logoutEverywhere({});
    const failed = messageIdForMutationFailure({ error, userErrors: data?.logoutEverywhere.userErrors });
    if (failed || !data?.logoutEverywhere.ok) {
      setBusy(null);
      setFailure(failed ?? 'error.generic');
      return;
    }
    // The server ended this session too; forget it here and say what happened.
    await store.logout();
    void navigate(EMPLOYEE_LOGIN, { replace: true, state: loginNoticeState('loggedOutEverywhere') });
  };

  return (
    <section className={styles.card} aria-labelledby="account-signout">
      <h2 id="account-signout" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.signOut.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeePortal.signOut.intro' })}</p>
      <Alert messageId={failure} className={forms.alert} />
      <div className={styles.buttons}>
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy === 'here'}
          busyLabel={intl.formatMessage({ id: 'session.logout.busy' })}
          onClick={() => void signOutHere()}
        >
          {intl.formatMessage({ id: 'employeePortal.signOut.here' })}
        </BusyButton>
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy === 'everywhere'}
          busyLabel={intl.formatMessage({ id: 'session.logout.busy' })}
          onClick={() => void signOutEverywhere()}
        >
          {intl.formatMessage({ id: 'employeePortal.signOut.everywhere' })}
        </BusyButton>
      </div>
    </section>
  );
}
