import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Navigate, useLocation } from 'react-router';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import type { ErrorMessageId } from '../../lib/graphql/errors';
import { employeeLogin, useEmployeeSession, useEmployeeSessionStore } from './employeeSession';
import { pathAfterEmployeeLogin } from './paths';

type FieldName = 'username' | 'password';

/** /werknemer/inloggen: sign-in for employees with the username and password they chose (R13). */
export function EmployeeLoginPage() {
  const intl = useIntl();
  const session = useEmployeeSession();
  const store = useEmployeeSessionStore();
  const location = useLocation();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, MessageId>>>({});
  const [failure, setFailure] = useState<{ messageId: ErrorMessageId; attempt: number } | null>(null);
  const attempts = useRef(0);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const validationErrors = useMemo(
    () => Object.fromEntries(Object.entries(fieldErrors).map(([field, id]) => [field, intl.formatMessage({ id })])),
    [fieldErrors, intl],
  );

  useDocumentTitle('employeeAuth.login.title');

  if (session.status === 'restoring') return <PageStatus messageId="session.checking" />;
  if (session.status === 'signedIn') return <Navigate to={pathAfterEmployeeLogin(location.state)} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;

    const form = new FormData(event.currentTarget);
    // Usernames are case-sensitive (R13): only surrounding spaces are dropped.
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');

    const missing: Partial<Record<FieldName, MessageId>> = {};
    if (!username) missing.username = 'employeeAuth.login.usernameRequired';
    if (!password) missing.password = 'employeeAuth.login.passwordRequired';
    setFieldErrors(missing);
    if (missing.username || missing.password) {
      setFailure(null);
      (missing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }

    setFailure(null);
    setPending(true);
    const result = await store.signIn(employeeLogin({ username, password }));
    if (!result.ok) {
      attempts.current += 1;
      setPending(false);
      setFailure({ messageId: result.messageId, attempt: attempts.current });
    }
  };

  const clearFieldError = (field: FieldName) => {
    if (fieldErrors[field]) setFieldErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const notice =
    session.reason === 'loggedOut'
      ? intl.formatMessage({ id: 'employeeAuth.login.loggedOut' })
      : session.reason === 'expired'
        ? intl.formatMessage({ id: 'employeeAuth.login.sessionExpired' })
        : null;

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="employee-login-title" className={forms.title}>
          {intl.formatMessage({ id: 'employeeAuth.login.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'employeeAuth.login.intro' })}</p>

        {failure ? (
          <div key={failure.attempt} role="alert" className={forms.alert}>
            {intl.formatMessage({ id: failure.messageId })}
          </div>
        ) : notice ? (
          <p role="status" className={forms.notice}>
            {notice}
          </p>
        ) : null}

        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={validationErrors}
          onSubmit={handleSubmit}
          aria-labelledby="employee-login-title"
        >
          <TextInputField
            name="username"
            label={intl.formatMessage({ id: 'employeeAuth.login.username' })}
            isRequired
            autoComplete="username"
            verbatim
            inputRef={usernameRef}
            onChange={() => clearFieldError('username')}
          />
          <TextInputField
            name="password"
            type="password"
            label={intl.formatMessage({ id: 'employeeAuth.login.password' })}
            isRequired
            autoComplete="current-password"
            inputRef={passwordRef}
            onChange={() => clearFieldError('password')}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={pending}
            busyLabel={intl.formatMessage({ id: 'employeeAuth.login.submitting' })}
          >
            {intl.formatMessage({ id: 'employeeAuth.login.submit' })}
          </BusyButton>
        </Form>
      </div>
    </div>
  );
}
