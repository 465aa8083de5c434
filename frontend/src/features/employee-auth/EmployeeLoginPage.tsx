import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PlainTextField } from '../../components/PlainTextField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { formText } from '../../lib/forms/formText';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import type { ErrorMessageId } from '../../lib/graphql/errors';
import { employeeLogin, useEmployeeSession, useEmployeeSessionStore } from './employeeSession';
import { LoginAttempts, MAX_FAILED_LOGINS } from './lockout';
import { loginNoticeOf, type LoginNotice } from './loginNotice';
import {
  EMPLOYEE_FORGOT_PASSWORD,
  EMPLOYEE_FORGOT_USERNAME,
  EMPLOYEE_LOGIN_HELP,
  pathAfterEmployeeLogin,
} from './paths';
import styles from './EmployeeAuth.module.css';

type FieldName = 'username' | 'password';

type Failure =
  | { kind: 'error'; messageId: ErrorMessageId; attempt: number; lastTry: boolean }
  | { kind: 'locked'; lockedUntil: number; attempt: number };

const NOTICE_MESSAGES: Record<LoginNotice, MessageId> = {
  loggedOut: 'employeeAuth.login.loggedOut',
  expired: 'employeeAuth.login.sessionExpired',
  loggedOutEverywhere: 'employeeAuth.login.loggedOutEverywhere',
};

/**
 * /werknemer/inloggen: sign-in with the username and password the employee chose (R13), and the three
 * links of the login screen (R10, R11): Gebruikersnaam vergeten?, Wachtwoord vergeten?, Problemen met
 * inloggen?. Every failure gets the same message; after the third in a row in this browser the page
 * explains the lock of an hour (the server never says so itself).
 */
export function EmployeeLoginPage() {
  const intl = useIntl();
  const session = useEmployeeSession();
  const store = useEmployeeSessionStore();
  const location = useLocation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [username, setUsername] = useState('');
  const attempts = useRef(0);
  const loginAttempts = useMemo(() => new LoginAttempts(), []);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<FieldName>({ username: usernameRef, password: passwordRef });

  useDocumentTitle('employeeAuth.login.title');

  // While the session is being restored the form is already shown rather than a "checking" status:
  // most visitors of this page have no session, and on a phone's network the restore is a round trip
  // that would otherwise hold back the page. Someone still signed in is sent on when it answers.
  if (session.status === 'signedIn') return <Navigate to={pathAfterEmployeeLogin(location.state)} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;

    const form = new FormData(event.currentTarget);
    // Usernames are case-sensitive (R13): only surrounding spaces are dropped.
    const name = formText(form, 'username').trim();
    const password = formText(form, 'password');

    const missing: FieldErrors<FieldName> = {};
    if (!name) missing.username = 'employeeAuth.login.usernameRequired';
    if (!password) missing.password = 'employeeAuth.login.passwordRequired';
    if (fields.show(missing)) {
      setFailure(null);
      return;
    }

    setFailure(null);
    setPending(true);
    const result = await store.signIn(employeeLogin({ username: name, password }));
    if (result.ok) {
      loginAttempts.recordSuccess(name);
      return;
    }
    attempts.current += 1;
    setPending(false);
    if (result.code === 'INVALID_CREDENTIALS') {
      const status = loginAttempts.recordFailure(name);
      if (status.locked && status.lockedUntil !== null) {
        setFailure({ kind: 'locked', lockedUntil: status.lockedUntil, attempt: attempts.current });
        return;
      }
      setFailure({
        kind: 'error',
        messageId: result.messageId,
        attempt: attempts.current,
        lastTry: status.failures === MAX_FAILED_LOGINS - 1,
      });
      return;
    }
    setFailure({ kind: 'error', messageId: result.messageId, attempt: attempts.current, lastTry: false });
  };

  const signedOutBecause = session.status === 'signedOut' && session.reason !== 'initial' ? session.reason : null;
  const notice = loginNoticeOf(location.state) ?? signedOutBecause;
  const forgotPasswordState = username ? { username } : undefined;
  const forgotPasswordLink = (chunks: ReactNode[]) => (
    <Link to={EMPLOYEE_FORGOT_PASSWORD} state={forgotPasswordState}>
      {chunks}
    </Link>
  );

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="employee-login-title" className={forms.title}>
          {intl.formatMessage({ id: 'employeeAuth.login.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'employeeAuth.login.intro' })}</p>

        {failure?.kind === 'locked' ? (
          <Alert key={failure.attempt} look="none" className={styles.lockout}>
            <p className={styles.lockoutTitle}>{intl.formatMessage({ id: 'employeeAuth.login.locked.title' })}</p>
            <p>
              {intl.formatMessage(
                { id: 'employeeAuth.login.locked.body' },
                { time: intl.formatTime(failure.lockedUntil, { hour: '2-digit', minute: '2-digit' }) },
              )}
            </p>
            <p>{intl.formatMessage({ id: 'employeeAuth.login.locked.reset' }, { link: forgotPasswordLink })}</p>
          </Alert>
        ) : failure ? (
          <Alert key={failure.attempt} className={forms.alert}>
            {intl.formatMessage({ id: failure.messageId })}
            {failure.lastTry && (
              <p className={styles.alertHint}>
                {intl.formatMessage({ id: 'employeeAuth.login.lastTry' }, { link: forgotPasswordLink })}
              </p>
            )}
          </Alert>
        ) : notice ? (
          <p role="status" className={forms.notice}>
            {intl.formatMessage({ id: NOTICE_MESSAGES[notice] })}
          </p>
        ) : null}

        {/* Plain elements, not React Aria's form and fields: this page's JavaScript budget (R24). */}
        <form
          className={forms.form}
          noValidate
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="employee-login-title"
        >
          <PlainTextField
            name="username"
            label={intl.formatMessage({ id: 'employeeAuth.login.username' })}
            isRequired
            autoComplete="username"
            verbatim
            inputRef={usernameRef}
            errorMessage={fields.validationErrors['username']}
            value={username}
            onChange={(value) => {
              setUsername(value);
              fields.clear('username');
            }}
          />
          <PlainTextField
            name="password"
            type="password"
            label={intl.formatMessage({ id: 'employeeAuth.login.password' })}
            isRequired
            autoComplete="current-password"
            inputRef={passwordRef}
            errorMessage={fields.validationErrors['password']}
            onChange={() => fields.clear('password')}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={pending}
            busyLabel={intl.formatMessage({ id: 'employeeAuth.login.submitting' })}
          >
            {intl.formatMessage({ id: 'employeeAuth.login.submit' })}
          </BusyButton>
        </form>

        <ul className={styles.links} aria-label={intl.formatMessage({ id: 'employeeAuth.login.linksLabel' })}>
          <li>
            <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
          </li>
          <li>
            <Link to={EMPLOYEE_FORGOT_PASSWORD} state={forgotPasswordState}>
              {intl.formatMessage({ id: 'employeeAuth.login.forgotPassword' })}
            </Link>
          </li>
          <li>
            <Link to={EMPLOYEE_LOGIN_HELP}>{intl.formatMessage({ id: 'employeeAuth.login.help' })}</Link>
          </li>
        </ul>
        {/* The staff sign-in, for an employer or payroll office that landed here. */}
        <p className={forms.description}>
          <Link to="/inloggen">{intl.formatMessage({ id: 'employeeAuth.login.toStaff' })}</Link>
        </p>
      </div>
    </div>
  );
}
