import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import { formText } from '../../lib/forms/formText';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import type { ErrorMessageId } from '../../lib/graphql/errors';
import type { LoginRedirectState } from './RequireStaffSession';
import { staffLogin, useStaffSession, useStaffSessionStore, type StaffChallenge } from './staffSession';

// The second step (R43) is a chunk of its own, with its texts: most sign-ins never show the enrolment.
const SecondFactorStep = lazy(() => import('./secondfactor/SecondFactorStep'));

/** Router state of /inloggen when a password page (invitation, reset) led to the second factor. */
export interface SecondFactorRedirectState {
  secondFactor: StaffChallenge;
}

function challengeOf(state: unknown): StaffChallenge | null {
  const c = (state as SecondFactorRedirectState | null)?.secondFactor;
  return c && typeof c.token === 'string' && (c.step === 'ENROL' || c.step === 'VERIFY') ? c : null;
}

export const STAFF_HOME = '/beheer';

/** Where to go after signing in: back to the admin page that sent us here, else the admin home. */
export function pathAfterLogin(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && (from === STAFF_HOME || from.startsWith(`${STAFF_HOME}/`)) ? from : STAFF_HOME;
}

type FieldName = 'username' | 'password';

/** Sign-in for staff users (ak-gebruikers and werkgevergebruikers). */
export function LoginPage() {
  const intl = useIntl();
  const session = useStaffSession();
  const store = useStaffSessionStore();
  const location = useLocation();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ messageId: ErrorMessageId; attempt: number } | null>(null);
  const [challenge, setChallenge] = useState<StaffChallenge | null>(() => challengeOf(location.state));
  const attempts = useRef(0);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<FieldName>({ username: usernameRef, password: passwordRef });

  useDocumentTitle('auth.login.title');

  // While the session is restored the form shows already, as on the employee's sign-in page: most
  // visitors have no session, and the restore is a round trip that held the page back (Lighthouse's LCP
  // on a phone). Someone still signed in is sent on when it answers; a sign-in started meanwhile wins.
  if (session.status === 'signedIn') return <Navigate to={pathAfterLogin(location.state)} replace />;
  if (challenge) {
    return (
      <Suspense fallback={<PageStatus messageId="session.checking" />}>
        <SecondFactorStep
          challenge={challenge}
          onRestart={(messageId) => {
            setChallenge(null);
            setPending(false);
            if (messageId) {
              attempts.current += 1;
              setFailure({ messageId, attempt: attempts.current });
            }
          }}
        />
      </Suspense>
    );
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;

    const form = new FormData(event.currentTarget);
    const username = formText(form, 'username').trim();
    const password = formText(form, 'password');

    const missing: FieldErrors<FieldName> = {};
    if (!username) missing.username = 'auth.login.usernameRequired';
    if (!password) missing.password = 'auth.login.passwordRequired';
    if (fields.show(missing)) {
      setFailure(null);
      return;
    }

    setFailure(null);
    setPending(true);
    let next: StaffChallenge | null = null;
    const result = await store.signIn(staffLogin({ username, password }, (c) => (next = c)));
    if (next) {
      setPending(false);
      setChallenge(next);
      return;
    }
    if (!result.ok) {
      attempts.current += 1;
      setPending(false);
      setFailure({ messageId: result.messageId, attempt: attempts.current });
    }
    // On success the session state changes and this page redirects (see above).
  };

  const reason = session.status === 'signedOut' ? session.reason : null;
  const notice =
    reason === 'loggedOut'
      ? intl.formatMessage({ id: 'auth.login.loggedOut' })
      : reason === 'expired'
        ? intl.formatMessage({ id: 'auth.login.sessionExpired' })
        : null;

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="login-title" className={forms.title}>
          {intl.formatMessage({ id: 'auth.login.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'auth.login.intro' })}</p>

        {failure ? (
          // A new key per attempt re-announces the same message after a second failed try.
          <Alert key={failure.attempt} messageId={failure.messageId} className={forms.alert} />
        ) : notice ? (
          <p role="status" className={forms.notice}>
            {notice}
          </p>
        ) : null}

        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void handleSubmit(event)}
          aria-labelledby="login-title"
        >
          <TextInputField
            name="username"
            label={intl.formatMessage({ id: 'auth.login.username' })}
            isRequired
            autoComplete="username"
            verbatim
            inputRef={usernameRef}
            onChange={() => fields.clear('username')}
          />
          <TextInputField
            name="password"
            type="password"
            label={intl.formatMessage({ id: 'auth.login.password' })}
            isRequired
            autoComplete="current-password"
            inputRef={passwordRef}
            onChange={() => fields.clear('password')}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={pending}
            busyLabel={intl.formatMessage({ id: 'auth.login.submitting' })}
          >
            {intl.formatMessage({ id: 'auth.login.submit' })}
          </BusyButton>
        </Form>
        <p>
          <Link to="/wachtwoord-vergeten">{intl.formatMessage({ id: 'auth.login.forgotPassword' })}</Link>
        </p>
        {/* The other sign-in, for whoever landed on the wrong one (the employee area's address is fixed: mails link to it). */}
        <p className={forms.description}>
          <Link to="/werknemer/inloggen">{intl.formatMessage({ id: 'auth.login.toEmployee' })}</Link>
        </p>
      </div>
    </div>
  );
}
