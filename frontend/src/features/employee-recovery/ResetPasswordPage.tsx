import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import {
  EMPLOYEE_FORGOT_PASSWORD,
  EMPLOYEE_HOME,
  EMPLOYEE_LOGIN,
  employeeSessionResult,
  LoginAttempts,
  portalNoticeState,
  tokenFromHash,
  useEmployeeSessionStore,
} from '../employee-auth';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../../components/password';
import { passwordResetLinkQuery, resetPasswordMutation } from './recovery.graphql';
import { resetLinkView, resetLinkViewForError, type ResetLinkView } from './resetLink';
import styles from './Recovery.module.css';
import { withRecoveryMessages } from './RecoveryMessages';

/**
 * /werknemer/wachtwoord-herstellen#TOKEN, the link of the password mail (R10): a new password twice,
 * then the employee is signed in on the portal home (a reset also lifts a lockout). A used, expired or
 * replaced link explains itself and offers a new one.
 */
function ResetPasswordPage() {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  if (!token) return <ResetLinkState view="invalid" />;
  return <ResetFlow key={token} token={token} />;
}

function ResetFlow({ token }: { token: string }) {
  const intl = useIntl();
  const [{ data, error, fetching }, reload] = useQuery({
    query: passwordResetLinkQuery,
    variables: { token },
    requestPolicy: 'network-only',
  });
  const [override, setOverride] = useState<ResetLinkView | null>(null);

  if (fetching && !data && !override) return <PageStatus />;
  if (error && !data) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: 'employeeRecovery.reset.title' })}</h1>
          <Alert messageId={messageIdForCombinedError(error)} className={forms.alert} />
          <button type="button" className={forms.primaryButton} onClick={() => reload({ requestPolicy: 'network-only' })}>
            {intl.formatMessage({ id: 'employeeInvitation.problem.retry' })}
          </button>
        </div>
      </div>
    );
  }
  const view = override ?? resetLinkView(data?.passwordResetLink);
  if (view !== 'form') return <ResetLinkState view={view} />;
  return <ResetForm token={token} onLinkChanged={setOverride} />;
}

type Field = 'password' | 'passwordRepeat';

function ResetForm({ token, onLinkChanged }: { token: string; onLinkChanged: (view: ResetLinkView) => void }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const store = useEmployeeSessionStore();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [verdict, setVerdict] = useState<ServerPasswordVerdict | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<Field>({ password: passwordRef, passwordRepeat: repeatRef });
  useDocumentTitle('employeeRecovery.reset.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFailure(null);
    const errors: FieldErrors<Field> = {};
    if (!password) errors.password = 'employeePassword.required';
    if (!repeat) errors.passwordRepeat = 'employeePassword.repeatRequired';
    else if (password && repeat !== password) errors.passwordRepeat = 'employeePassword.mismatch';
    if (fields.show(errors)) return;
    setPending(true);
    const result = await store.signIn(async (client) => {
      const { data, error } = await client.mutation(resetPasswordMutation, { input: { token, password } }).toPromise();
      return employeeSessionResult(error, data?.resetPassword);
    });
    if (result.ok) {
      // A reset lifts the lockout (R13) on the server; forget this browser's count too.
      if (result.viewer.username) new LoginAttempts().recordSuccess(result.viewer.username);
      void navigate(EMPLOYEE_HOME, { replace: true, state: portalNoticeState('passwordReset') });
      return;
    }
    setPending(false);
    const linkView = resetLinkViewForError(result.code);
    if (linkView) {
      onLinkChanged(linkView);
    } else if (isServerPasswordCode(result.code)) {
      setVerdict({ password, code: result.code });
      fields.show({ password: result.messageId });
    } else {
      setFailure(result.messageId);
    }
  };

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="reset-title" className={forms.title}>
          {intl.formatMessage({ id: 'employeeRecovery.reset.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'employeeRecovery.reset.intro' })}</p>
        <Alert messageId={failure} className={forms.alert} />
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="reset-title"
        >
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
            personal={[]}
            serverVerdict={verdict}
            passwordRef={passwordRef}
            repeatRef={repeatRef}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={pending}
            busyLabel={intl.formatMessage({ id: 'employeeRecovery.reset.saving' })}
          >
            {intl.formatMessage({ id: 'employeeRecovery.reset.submit' })}
          </BusyButton>
        </Form>
      </div>
    </div>
  );
}

const STATE_TEXTS: Record<Exclude<ResetLinkView, 'form'>, { title: MessageId; body: MessageId; next: MessageId }> = {
  expired: {
    title: 'employeeRecovery.reset.expired.title',
    body: 'employeeRecovery.reset.expired.body',
    next: 'employeeRecovery.reset.expired.next',
  },
  used: {
    title: 'employeeRecovery.reset.used.title',
    body: 'employeeRecovery.reset.used.body',
    next: 'employeeRecovery.reset.used.next',
  },
  invalid: {
    title: 'employeeRecovery.reset.invalid.title',
    body: 'employeeRecovery.reset.invalid.body',
    next: 'employeeRecovery.reset.invalid.next',
  },
};

function ResetLinkState({ view }: { view: Exclude<ResetLinkView, 'form'> }) {
  const intl = useIntl();
  const texts = STATE_TEXTS[view];
  useDocumentTitle(texts.title);
  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 className={forms.title}>{intl.formatMessage({ id: texts.title })}</h1>
        <p>{intl.formatMessage({ id: texts.body })}</p>
        <p className={styles.next}>{intl.formatMessage({ id: texts.next })}</p>
        <ul className={styles.actions}>
          <li>
            <Link className={styles.primaryLink} to={view === 'used' ? EMPLOYEE_LOGIN : EMPLOYEE_FORGOT_PASSWORD}>
              {intl.formatMessage({ id: view === 'used' ? 'employeeRecovery.toLogin' : 'employeeRecovery.reset.requestNew' })}
            </Link>
          </li>
          <li>
            <Link to={view === 'used' ? EMPLOYEE_FORGOT_PASSWORD : EMPLOYEE_LOGIN}>
              {intl.formatMessage({ id: view === 'used' ? 'employeeAuth.login.forgotPassword' : 'employeeRecovery.backToLogin' })}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

// With its texts, which travel with this chunk rather than the entry (the sign-in page's budget).
export default withRecoveryMessages(ResetPasswordPage);
