import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import { readFragment } from '../../gql';
import type { StaffLinkState } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useLocale } from '../../i18n/LocaleProvider';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { tokenFromHash } from '../../lib/tokenFromHash';
import { RecoveryMessages } from './recovery/RecoveryMessages';
import { isServerPasswordCode, PasswordFields, type ServerPasswordVerdict } from '../../components/password';
import {
  acceptStaffInvitationMutation,
  requestStaffPasswordResetMutation,
  resetStaffPasswordMutation,
  secondFactorChallengeFragment,
  staffInvitationQuery,
  staffPasswordResetLinkQuery,
  staffViewerFragment,
} from './auth.graphql';
import { STAFF_HOME, type SecondFactorRedirectState } from './LoginPage';
import { useStaffSessionStore, type StaffChallenge } from './staffSession';

/*
 * The staff user's own pages outside the admin area (R43): Wachtwoord vergeten (R10 for staff), the
 * invitation link to choose a first password, and the reset link. A lazy chunk of its own: the
 * password meter's word lists are not needed to sign in.
 */

export const STAFF_LOGIN = '/inloggen';
export const STAFF_FORGOT_PASSWORD = '/wachtwoord-vergeten';

/** /wachtwoord-vergeten: the username, then the same neutral confirmation whatever the server knows. */
export function StaffForgotPasswordPage() {
  return (
    <RecoveryMessages>
      <ForgotPassword />
    </RecoveryMessages>
  );
}

function ForgotPassword() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [username, setUsername] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [sent, setSent] = useState(false);
  const [{ fetching }, request] = useMutation(requestStaffPasswordResetMutation);
  const usernameRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'username'>({ username: usernameRef });
  useDocumentTitle(sent ? 'staffRecovery.forgot.sentTitle' : 'staffRecovery.forgot.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const name = username.trim();
    if (!name) {
      fields.show({ username: 'auth.login.usernameRequired' });
      return;
    }
    const { data, error } = await request(
      { input: { username: name } },
      { fetchOptions: { credentials: 'same-origin', headers: { 'Accept-Language': locale } } },
    );
    const problem = messageIdForMutationFailure({ error, userErrors: data?.requestStaffPasswordReset.userErrors });
    if (problem || !data?.requestStaffPasswordReset.ok) {
      setFailure(problem ?? 'error.generic');
      return;
    }
    setSent(true);
  };

  if (sent) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: 'staffRecovery.forgot.sentTitle' })}</h1>
          <p role="status">{intl.formatMessage({ id: 'staffRecovery.forgot.sent' }, { username: username.trim() })}</p>
          <p>
            <Link to={STAFF_LOGIN}>{intl.formatMessage({ id: 'staffRecovery.backToLogin' })}</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="staff-forgot-title" className={forms.title}>
          {intl.formatMessage({ id: 'staffRecovery.forgot.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'staffRecovery.forgot.intro' })}</p>
        <Alert messageId={failure} className={forms.alert} />
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="staff-forgot-title"
        >
          <TextInputField
            name="username"
            label={intl.formatMessage({ id: 'auth.login.username' })}
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
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={fetching}
            busyLabel={intl.formatMessage({ id: 'staffRecovery.sending' })}
          >
            {intl.formatMessage({ id: 'staffRecovery.forgot.submit' })}
          </BusyButton>
        </Form>
        <p>
          <Link to={STAFF_LOGIN}>{intl.formatMessage({ id: 'staffRecovery.backToLogin' })}</Link>
        </p>
      </div>
    </div>
  );
}

type LinkKind = 'invitation' | 'reset';

/** /uitnodiging#TOKEN: choose the first password (R43). */
export function StaffInvitationPage() {
  return (
    <RecoveryMessages>
      <StaffPasswordLinkPage kind="invitation" />
    </RecoveryMessages>
  );
}

/** /wachtwoord-herstellen#TOKEN: set a new password (R10 for staff). */
export function StaffResetPasswordPage() {
  return (
    <RecoveryMessages>
      <StaffPasswordLinkPage kind="reset" />
    </RecoveryMessages>
  );
}

function StaffPasswordLinkPage({ kind }: { kind: LinkKind }) {
  const location = useLocation();
  const token = tokenFromHash(location.hash);
  if (!token) return <LinkStatePage kind={kind} state="INVALID" />;
  return <LinkFlow key={token} kind={kind} token={token} />;
}

function LinkFlow({ kind, token }: { kind: LinkKind; token: string }) {
  const intl = useIntl();
  const [invitation] = useQuery({ query: staffInvitationQuery, variables: { token }, pause: kind !== 'invitation', requestPolicy: 'network-only' });
  const [reset] = useQuery({ query: staffPasswordResetLinkQuery, variables: { token }, pause: kind !== 'reset', requestPolicy: 'network-only' });
  const { error, fetching } = kind === 'invitation' ? invitation : reset;
  const info = kind === 'invitation' ? invitation.data?.staffInvitation : reset.data?.staffPasswordResetLink;
  const [override, setOverride] = useState<StaffLinkState | null>(null);
  if (fetching && !info) return <PageStatus />;
  if (error && !info) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: `staffRecovery.${kind}.title` })}</h1>
          <Alert messageId={messageIdForCombinedError(error)} className={forms.alert} />
        </div>
      </div>
    );
  }
  const state = override ?? info?.state ?? 'INVALID';
  if (state !== 'VALID') return <LinkStatePage kind={kind} state={state} />;
  return (
    <PasswordForm
      kind={kind}
      token={token}
      personal={[info?.username ?? '', info?.displayName ?? '']}
      username={info?.username ?? ''}
      onLinkChanged={setOverride}
    />
  );
}

/** The codes after which the link itself no longer works, and what it then is. */
const LINK_CODES: Record<string, StaffLinkState> = {
  INVITATION_USED: 'USED',
  INVITATION_EXPIRED: 'EXPIRED',
  INVITATION_NOT_FOUND: 'INVALID',
  RESET_LINK_USED: 'USED',
  RESET_LINK_EXPIRED: 'EXPIRED',
  RESET_LINK_INVALID: 'INVALID',
};

function PasswordForm({
  kind,
  token,
  personal,
  username,
  onLinkChanged,
}: {
  kind: LinkKind;
  token: string;
  personal: string[];
  username: string;
  onLinkChanged: (state: StaffLinkState) => void;
}) {
  const intl = useIntl();
  const store = useStaffSessionStore();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [verdict, setVerdict] = useState<ServerPasswordVerdict | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'password' | 'passwordRepeat'>({ password: passwordRef, passwordRepeat: repeatRef });
  useDocumentTitle(`staffRecovery.${kind}.title`);

  if (done) return <Navigate to={STAFF_HOME} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setFailure(null);
    if (!password) {
      fields.show({ password: 'employeePassword.required' });
      return;
    }
    if (repeat !== password) {
      fields.show({ passwordRepeat: repeat ? 'employeePassword.mismatch' : 'employeePassword.repeatRequired' });
      return;
    }
    setPending(true);
    let challenge: StaffChallenge | null = null;
    const result = await store.signIn(async (client) => {
      const input = { token, password };
      const { data, error } =
        kind === 'invitation'
          ? await client.mutation(acceptStaffInvitationMutation, { input }).toPromise()
          : await client.mutation(resetStaffPasswordMutation, { input }).toPromise();
      const payload = data && ('acceptStaffInvitation' in data ? data.acceptStaffInvitation : data.resetStaffPassword);
      // The password is set; a second factor may still be due (R43) before there is a session.
      challenge = readFragment(secondFactorChallengeFragment, payload?.secondFactor) ?? null;
      return { error, payload: payload && { ...payload, viewer: readFragment(staffViewerFragment, payload.viewer) } };
    });
    if (challenge) {
      const state: SecondFactorRedirectState = { secondFactor: challenge };
      void navigate(STAFF_LOGIN, { replace: true, state });
      return;
    }
    if (result.ok) {
      setDone(true);
      return;
    }
    setPending(false);
    const linkState = result.code ? LINK_CODES[result.code] : undefined;
    if (linkState) onLinkChanged(linkState);
    else if (isServerPasswordCode(result.code)) {
      setVerdict({ password, code: result.code });
      fields.show({ password: result.messageId });
    } else setFailure(result.messageId);
  };

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="staff-password-title" className={forms.title}>
          {intl.formatMessage({ id: `staffRecovery.${kind}.title` })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: `staffRecovery.${kind}.intro` }, { username })}</p>
        <Alert messageId={failure} className={forms.alert} />
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="staff-password-title"
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
            personal={personal}
            serverVerdict={verdict}
            passwordRef={passwordRef}
            repeatRef={repeatRef}
          />
          <BusyButton type="submit" className={forms.primaryButton} isBusy={pending} busyLabel={intl.formatMessage({ id: 'staffRecovery.saving' })}>
            {intl.formatMessage({ id: `staffRecovery.${kind}.submit` })}
          </BusyButton>
        </Form>
      </div>
    </div>
  );
}

function LinkStatePage({ kind, state }: { kind: LinkKind; state: Exclude<StaffLinkState, 'VALID'> | StaffLinkState }) {
  const intl = useIntl();
  const key = state === 'EXPIRED' ? 'expired' : state === 'USED' ? 'used' : 'invalid';
  useDocumentTitle(`staffRecovery.${kind}.${key}`);
  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 className={forms.title}>{intl.formatMessage({ id: `staffRecovery.${kind}.${key}` })}</h1>
        <p>{intl.formatMessage({ id: `staffRecovery.${kind}.${key}.body` })}</p>
        <p>
          <Link to={kind === 'reset' && key !== 'used' ? STAFF_FORGOT_PASSWORD : STAFF_LOGIN}>
            {intl.formatMessage({ id: kind === 'reset' && key !== 'used' ? 'staffRecovery.requestNew' : 'staffRecovery.backToLogin' })}
          </Link>
        </p>
      </div>
    </div>
  );
}
