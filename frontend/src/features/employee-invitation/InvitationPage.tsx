import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError, messageIdForUserErrorCode, topLevelErrorCode } from '../../lib/graphql/errors';
import {
  EMPLOYEE_FORGOT_PASSWORD,
  EMPLOYEE_FORGOT_USERNAME,
  EMPLOYEE_HOME,
  EMPLOYEE_LOGIN,
  EMPLOYEE_LOGIN_HELP,
  employeeSessionResult,
  portalNoticeState,
  tokenFromHash,
  useEmployeeSessionStore,
} from '../employee-auth';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../employee-password';
import { parseBirthDate, type DatePart, type DateParts, type BirthDateError } from './birthDate';
import { BirthDateField } from './BirthDateField';
import { completeRegistrationMutation, invitationQuery, verifyInvitationMutation } from './invitation.graphql';
import { invitationView, invitationViewForError, type InvitationView } from './linkState';
import { usernameFormatOk, UsernameStatusLine, useUsernameAvailability } from '../employee-username';
import styles from './InvitationPage.module.css';

/**
 * /werknemer/uitnodiging#TOKEN, the link of the access mail (R2–R4). First the link's state with what
 * to do next (expired, withdrawn, replaced, burned, blocked, used, unknown); a valid link asks the birth
 * date (step 1), then a username and a password (step 2), and signs the employee in on the portal home.
 */
export default function InvitationPage() {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  if (!token) return <LinkStatePage view="notFound" employer={null} expiresAt={null} />;
  return <InvitationFlow key={token} token={token} />;
}

type Override = { view: InvitationView; notice?: MessageId } | null;

function InvitationFlow({ token }: { token: string }) {
  const intl = useIntl();
  const [{ data, error, fetching }, reload] = useQuery({
    query: invitationQuery,
    variables: { token },
    requestPolicy: 'network-only',
  });
  const [override, setOverride] = useState<Override>(null);
  const [birthDate, setBirthDate] = useState<string | null>(null);

  const info = data?.invitation ?? null;
  const notFound = topLevelErrorCode(error) === 'NOT_FOUND';

  if (fetching && !info && !override) return <PageStatus />;
  if (error && !notFound && !info) {
    return (
      <Card titleId="employeeInvitation.problem.title">
        <Alert messageId={messageIdForCombinedError(error)} className={forms.alert} />
        <button type="button" className={forms.primaryButton} onClick={() => reload({ requestPolicy: 'network-only' })}>
          {intl.formatMessage({ id: 'employeeInvitation.problem.retry' })}
        </button>
      </Card>
    );
  }

  const view = override?.view ?? invitationView(notFound ? null : info);
  const employer = info?.employerName ?? null;

  /** A userError that says the link changed meanwhile: show the page for it. */
  const followError = (code: string | null | undefined): boolean => {
    const next = invitationViewForError(code);
    if (next === null) return false;
    if (next === 'reload') {
      setOverride(null);
      reload({ requestPolicy: 'network-only' });
    } else {
      setOverride({ view: next, ...(next === 'birthDate' ? { notice: 'employeeInvitation.birthDate.again' as const } : {}) });
    }
    return true;
  };

  switch (view) {
    case 'birthDate':
      return (
        <Welcome employer={employer} expiresAt={info?.expiresAt ?? null} step={1}>
          <BirthDateStep
            token={token}
            employer={employer}
            notice={override?.notice ?? null}
            onVerified={(iso) => {
              setBirthDate(iso);
              setOverride({ view: 'credentials' });
            }}
            onLinkChanged={followError}
          />
        </Welcome>
      );
    case 'credentials':
      return (
        <Welcome employer={employer} expiresAt={info?.expiresAt ?? null} step={2}>
          <CredentialsStep token={token} employer={employer} birthDate={birthDate} onLinkChanged={followError} />
        </Welcome>
      );
    default:
      return <LinkStatePage view={view} employer={employer} expiresAt={info?.expiresAt ?? null} />;
  }
}

// ---------------------------------------------------------------- frame

function Card({ titleId, titleValues, children }: { titleId: MessageId; titleValues?: Record<string, string>; children: ReactNode }) {
  const intl = useIntl();
  useDocumentTitle(titleId, titleValues);
  return (
    <div className={forms.page}>
      <div className={`${forms.card} ${styles.card}`}>
        <h1 className={forms.title}>{intl.formatMessage({ id: titleId }, titleValues)}</h1>
        {children}
      </div>
    </div>
  );
}

function Welcome({
  employer,
  expiresAt,
  step,
  children,
}: {
  employer: string | null;
  expiresAt: string | null;
  step: 1 | 2;
  children: ReactNode;
}) {
  const intl = useIntl();
  const name = employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' });
  return (
    <Card titleId="employeeInvitation.welcome.title">
      <p className={forms.intro}>{intl.formatMessage({ id: 'employeeInvitation.welcome.intro' }, { employer: name })}</p>
      <ol className={styles.steps} aria-label={intl.formatMessage({ id: 'employeeInvitation.steps.label' })}>
        <li aria-current={step === 1 ? 'step' : undefined} data-done={step > 1 || undefined}>
          {intl.formatMessage({ id: 'employeeInvitation.steps.birthDate' })}
        </li>
        <li aria-current={step === 2 ? 'step' : undefined}>{intl.formatMessage({ id: 'employeeInvitation.steps.credentials' })}</li>
      </ol>
      {children}
      {expiresAt && (
        <p className={styles.validUntil}>
          {intl.formatMessage(
            { id: 'employeeInvitation.welcome.validUntil' },
            { date: intl.formatDate(expiresAt, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }) },
          )}
        </p>
      )}
    </Card>
  );
}

// ---------------------------------------------------------------- step 1: birth date

const BIRTH_DATE_ERRORS: Record<BirthDateError, MessageId> = {
  required: 'employeeInvitation.birthDate.required',
  incomplete: 'employeeInvitation.birthDate.incomplete',
  invalidDay: 'employeeInvitation.birthDate.invalidDay',
  invalidMonth: 'employeeInvitation.birthDate.invalidMonth',
  invalidYear: 'employeeInvitation.birthDate.invalidYear',
  notADate: 'employeeInvitation.birthDate.notADate',
  inFuture: 'employeeInvitation.birthDate.inFuture',
};

function BirthDateStep({
  token,
  employer,
  notice,
  onVerified,
  onLinkChanged,
}: {
  token: string;
  employer: string | null;
  notice: MessageId | null;
  onVerified: (iso: string) => void;
  onLinkChanged: (code: string | null | undefined) => boolean;
}) {
  const intl = useIntl();
  const [parts, setParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [fieldError, setFieldError] = useState<{ messageId: MessageId; part: DatePart | null } | null>(null);
  const [wrong, setWrong] = useState<{ attemptsLeft: number; attempt: number } | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, verify] = useMutation(verifyInvitationMutation);
  const inputRefs = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  const attempts = useRef(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const parsed = parseBirthDate(parts);
    if (!parsed.ok) {
      setFieldError({ messageId: BIRTH_DATE_ERRORS[parsed.error], part: parsed.error === 'required' ? null : parsed.part });
      setWrong(null);
      inputRefs.current[parsed.part]?.focus();
      return;
    }
    setFieldError(null);
    const { data, error } = await verify({ input: { token, birthDate: parsed.iso } });
    const payload = data?.verifyInvitation;
    if (error || !payload) {
      setFailure(error ? messageIdForCombinedError(error) : 'error.generic');
      return;
    }
    if (payload.verified) {
      onVerified(parsed.iso);
      return;
    }
    const code = payload.userErrors[0]?.code;
    if (code === 'WRONG_BIRTH_DATE') {
      attempts.current += 1;
      setWrong({ attemptsLeft: payload.attemptsLeft, attempt: attempts.current });
      inputRefs.current.day?.focus();
      return;
    }
    if (!onLinkChanged(code)) setFailure(messageIdForUserErrorCode(code));
  };

  const name = employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' });
  return (
    <section aria-labelledby="invitation-step-title">
      <h2 id="invitation-step-title" className={styles.stepTitle}>
        {intl.formatMessage({ id: 'employeeInvitation.birthDate.title' })}
      </h2>
      <p className={styles.stepIntro}>{intl.formatMessage({ id: 'employeeInvitation.birthDate.intro' })}</p>
      {notice && (
        <p role="status" className={forms.notice}>
          {intl.formatMessage({ id: notice })}
        </p>
      )}
      {wrong && (
        <Alert key={wrong.attempt} className={forms.alert}>
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.wrong' }, { employer: name })}{' '}
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.attemptsLeft' }, { count: wrong.attemptsLeft })}
        </Alert>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <BirthDateField
          value={parts}
          onChange={(next) => {
            setParts(next);
            if (fieldError) setFieldError(null);
          }}
          error={fieldError ? intl.formatMessage({ id: fieldError.messageId }) : null}
          errorPart={fieldError?.part ?? null}
          inputRefs={inputRefs}
        />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeeInvitation.birthDate.checking' })}
        >
          {intl.formatMessage({ id: 'employeeInvitation.birthDate.submit' })}
        </BusyButton>
      </form>
    </section>
  );
}

// ---------------------------------------------------------------- step 2: username and password

type CredentialField = 'username' | 'password' | 'passwordRepeat';


function CredentialsStep({
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

// ---------------------------------------------------------------- the link's other states

const STATE_TEXTS: Record<
  Exclude<InvitationView, 'birthDate' | 'credentials'>,
  { title: MessageId; body: MessageId; next: MessageId }
> = {
  expired: {
    title: 'employeeInvitation.expired.title',
    body: 'employeeInvitation.expired.body',
    next: 'employeeInvitation.expired.next',
  },
  withdrawn: {
    title: 'employeeInvitation.withdrawn.title',
    body: 'employeeInvitation.withdrawn.body',
    next: 'employeeInvitation.withdrawn.next',
  },
  replaced: {
    title: 'employeeInvitation.replaced.title',
    body: 'employeeInvitation.replaced.body',
    next: 'employeeInvitation.replaced.next',
  },
  burned: {
    title: 'employeeInvitation.burned.title',
    body: 'employeeInvitation.burned.body',
    next: 'employeeInvitation.burned.next',
  },
  blocked: {
    title: 'employeeInvitation.blocked.title',
    body: 'employeeInvitation.blocked.body',
    next: 'employeeInvitation.blocked.next',
  },
  used: {
    title: 'employeeInvitation.used.title',
    body: 'employeeInvitation.used.body',
    next: 'employeeInvitation.used.next',
  },
  notFound: {
    title: 'employeeInvitation.notFound.title',
    body: 'employeeInvitation.notFound.body',
    next: 'employeeInvitation.notFound.next',
  },
};

/** The page for a link that cannot be used (any more), with what to do next. */
export function LinkStatePage({
  view,
  employer,
  expiresAt,
}: {
  view: Exclude<InvitationView, 'birthDate' | 'credentials'>;
  employer: string | null;
  expiresAt: string | null;
}) {
  const intl = useIntl();
  const texts = STATE_TEXTS[view];
  const values = {
    employer: employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' }),
    date: expiresAt ? intl.formatDate(expiresAt, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '',
  };
  return (
    <Card titleId={texts.title}>
      <div className={styles.state} data-view={view}>
        <p>{intl.formatMessage({ id: texts.body }, values)}</p>
        <p className={styles.next}>
          <strong>{intl.formatMessage({ id: 'employeeInvitation.next' })}</strong> {intl.formatMessage({ id: texts.next }, values)}
        </p>
      </div>
      <ul className={styles.actions}>
        {view === 'used' ? (
          <>
            <li>
              <Link className={styles.primaryLink} to={EMPLOYEE_LOGIN}>
                {intl.formatMessage({ id: 'employeeInvitation.toLogin' })}
              </Link>
            </li>
            <li>
              <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
            </li>
            <li>
              <Link to={EMPLOYEE_FORGOT_PASSWORD}>{intl.formatMessage({ id: 'employeeAuth.login.forgotPassword' })}</Link>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to={EMPLOYEE_LOGIN}>{intl.formatMessage({ id: 'employeeInvitation.haveAccount' })}</Link>
            </li>
            <li>
              <Link to={EMPLOYEE_LOGIN_HELP}>{intl.formatMessage({ id: 'employeeAuth.login.help' })}</Link>
            </li>
          </>
        )}
      </ul>
    </Card>
  );
}
