import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import forms from '../../../components/forms.module.css';
import { readFragment } from '../../../gql';
import type { SecondFactorStep as Step, UserErrorCode } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { saveBlob } from '../../../lib/download/download';
import { formText } from '../../../lib/forms/formText';
import { useFieldErrors } from '../../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure, type ErrorMessageId } from '../../../lib/graphql/errors';
import { staffViewerFragment } from '../auth.graphql';
import { useStaffSessionStore, type StaffViewer } from '../staffSession';
import { SecondFactorMessages } from './SecondFactorMessages';
import styles from './secondFactor.module.css';
import {
  confirmSecondFactorEnrolmentMutation,
  startSecondFactorEnrolmentMutation,
  verifySecondFactorMutation,
} from './secondFactor.graphql';

/*
 * The second step of the staff sign-in (R43): a code of the authenticator app or a recovery code, or,
 * the first time, the enrolment with a QR code and then the recovery codes to keep. The server starts
 * no session before this step is done; the challenge token is all the page holds until then.
 */

export interface SecondFactorChallenge {
  token: string;
  step: Step;
}

export interface SecondFactorStepProps {
  challenge: SecondFactorChallenge;
  /** Back to the password: the challenge expired (its message) or the user chose to. */
  onRestart: (messageId: ErrorMessageId | null) => void;
}

export default function SecondFactorStep(props: SecondFactorStepProps) {
  return (
    <SecondFactorMessages>
      {props.challenge.step === 'ENROL' ? <Enrol {...props} /> : <Verify {...props} />}
    </SecondFactorMessages>
  );
}

const EXPIRED: UserErrorCode = 'SECOND_FACTOR_EXPIRED';

function Verify({ challenge, onRestart }: SecondFactorStepProps) {
  const intl = useIntl();
  const store = useStaffSessionStore();
  const [recovery, setRecovery] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ messageId: ErrorMessageId; attempt: number } | null>(null);
  const attempts = useRef(0);
  const codeRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'code'>({ code: codeRef });
  useDocumentTitle('secondFactor.verify.title');
  // The page is one field: the password step (or the switch to a recovery code) led here, so the
  // cursor goes on to it.
  useEffect(() => codeRef.current?.focus(), [recovery]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const value = formText(new FormData(event.currentTarget), 'code').trim();
    if (!value) {
      fields.show({ code: recovery ? 'secondFactor.verify.recoveryCodeRequired' : 'secondFactor.verify.codeRequired' });
      return;
    }
    setFailure(null);
    setPending(true);
    const input = recovery ? { challenge: challenge.token, recoveryCode: value } : { challenge: challenge.token, code: value };
    const result = await store.signIn(async (client) => {
      const { data, error } = await client.mutation(verifySecondFactorMutation, { input }).toPromise();
      const payload = data?.verifySecondFactor;
      return { error, payload: payload && { ...payload, viewer: readFragment(staffViewerFragment, payload.viewer) } };
    });
    if (result.ok) return; // The session is signed in; the sign-in page moves on.
    setPending(false);
    if (result.code === EXPIRED) {
      onRestart(result.messageId);
      return;
    }
    attempts.current += 1;
    setFailure({ messageId: result.messageId, attempt: attempts.current });
    codeRef.current?.select();
  };

  const switchMode = () => {
    setRecovery((r) => !r);
    setFailure(null);
    fields.clear('code');
  };

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="second-factor-title" className={forms.title}>
          {intl.formatMessage({ id: 'secondFactor.verify.title' })}
        </h1>
        <p className={forms.intro}>
          {intl.formatMessage({ id: recovery ? 'secondFactor.verify.recoveryIntro' : 'secondFactor.verify.intro' })}
        </p>
        {failure && <Alert key={failure.attempt} messageId={failure.messageId} className={forms.alert} />}
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="second-factor-title"
        >
          <TextInputField
            key={recovery ? 'recovery' : 'code'}
            name="code"
            label={intl.formatMessage({ id: recovery ? 'secondFactor.verify.recoveryCode' : 'secondFactor.verify.code' })}
            isRequired
            verbatim
            maxLength={recovery ? 40 : 10}
            inputMode={recovery ? 'text' : 'numeric'}
            autoComplete={recovery ? 'off' : 'one-time-code'}
            inputRef={codeRef}
            onChange={() => fields.clear('code')}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={pending}
            busyLabel={intl.formatMessage({ id: 'secondFactor.submitting' })}
          >
            {intl.formatMessage({ id: 'secondFactor.submit' })}
          </BusyButton>
          <Button className={styles.linkButton} onPress={switchMode}>
            {intl.formatMessage({ id: recovery ? 'secondFactor.verify.useApp' : 'secondFactor.verify.useRecovery' })}
          </Button>
          <Button className={styles.linkButton} onPress={() => onRestart(null)}>
            {intl.formatMessage({ id: 'secondFactor.restart' })}
          </Button>
        </Form>
      </div>
    </div>
  );
}

interface Secret {
  secret: string;
  qrCode: string;
}

interface Enrolled {
  accessToken: string;
  accessTokenExpiresAt: string | null;
  viewer: StaffViewer;
  recoveryCodes: string[];
}

function Enrol({ challenge, onRestart }: SecondFactorStepProps) {
  const intl = useIntl();
  const store = useStaffSessionStore();
  const [secret, setSecret] = useState<Secret | null>(null);
  const [problem, setProblem] = useState<MessageId | null>(null);
  const [enrolled, setEnrolled] = useState<Enrolled | null>(null);
  const [failure, setFailure] = useState<{ messageId: ErrorMessageId; attempt: number } | null>(null);
  const attempts = useRef(0);
  const [, start] = useMutation(startSecondFactorEnrolmentMutation);
  const [{ fetching }, confirm] = useMutation(confirmSecondFactorEnrolmentMutation);
  const codeRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'code'>({ code: codeRef });
  useDocumentTitle(enrolled ? 'secondFactor.codes.title' : 'secondFactor.enrol.title');

  useEffect(() => {
    let current = true;
    void start({ input: { challenge: challenge.token } }).then(({ data, error }) => {
      if (!current) return;
      const payload = data?.startSecondFactorEnrolment;
      const failed = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (payload?.userErrors[0]?.code === EXPIRED) onRestart('error.SECOND_FACTOR_EXPIRED');
      else if (failed || !payload?.secret || !payload.qrCode) setProblem(failed ?? 'error.generic');
      else setSecret({ secret: payload.secret, qrCode: payload.qrCode });
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one new secret per challenge: asking again would replace the one being scanned
  }, [challenge.token]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const code = formText(new FormData(event.currentTarget), 'code').trim();
    if (!code) {
      fields.show({ code: 'secondFactor.verify.codeRequired' });
      return;
    }
    setFailure(null);
    const { data, error } = await confirm({ input: { challenge: challenge.token, code } });
    const payload = data?.confirmSecondFactorEnrolment;
    const failed = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (payload?.userErrors[0]?.code === EXPIRED) {
      onRestart('error.SECOND_FACTOR_EXPIRED');
      return;
    }
    const viewer = payload && readFragment(staffViewerFragment, payload.viewer);
    if (failed || !payload?.accessToken || !viewer || !payload.recoveryCodes) {
      attempts.current += 1;
      setFailure({ messageId: failed ?? 'error.generic', attempt: attempts.current });
      codeRef.current?.select();
      return;
    }
    setEnrolled({
      accessToken: payload.accessToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt ?? null,
      viewer,
      recoveryCodes: payload.recoveryCodes,
    });
  };

  if (enrolled) {
    return (
      <RecoveryCodes
        enrolled={enrolled}
        onContinue={() => void store.signIn(() => Promise.resolve({ payload: { ...enrolled, userErrors: [] } }))}
      />
    );
  }
  if (problem) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: 'secondFactor.enrol.title' })}</h1>
          <Alert messageId={problem} className={forms.alert} />
          <Button className={styles.linkButton} onPress={() => onRestart(null)}>
            {intl.formatMessage({ id: 'secondFactor.restart' })}
          </Button>
        </div>
      </div>
    );
  }
  if (!secret) return <PageStatus messageId="secondFactor.enrol.loading" />;

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="enrol-title" className={forms.title}>
          {intl.formatMessage({ id: 'secondFactor.enrol.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'secondFactor.enrol.intro' })}</p>
        <p className={styles.step}>{intl.formatMessage({ id: 'secondFactor.enrol.scan' })}</p>
        <img className={styles.qr} src={secret.qrCode} alt={intl.formatMessage({ id: 'secondFactor.enrol.qrAlt' })} width={240} height={240} />
        <p className={styles.step}>{intl.formatMessage({ id: 'secondFactor.enrol.manual' })}</p>
        <code className={styles.secret} aria-label={intl.formatMessage({ id: 'secondFactor.enrol.secretLabel' })} data-testid="totp-secret">
          {secret.secret.match(/.{1,4}/g)?.join(' ')}
        </code>
        {failure && <Alert key={failure.attempt} messageId={failure.messageId} className={forms.alert} />}
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="enrol-title"
        >
          <TextInputField
            name="code"
            label={intl.formatMessage({ id: 'secondFactor.verify.code' })}
            description={intl.formatMessage({ id: 'secondFactor.enrol.confirm' })}
            isRequired
            verbatim
            maxLength={10}
            inputMode="numeric"
            autoComplete="one-time-code"
            inputRef={codeRef}
            onChange={() => fields.clear('code')}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={fetching}
            busyLabel={intl.formatMessage({ id: 'secondFactor.submitting' })}
          >
            {intl.formatMessage({ id: 'secondFactor.submit' })}
          </BusyButton>
        </Form>
      </div>
    </div>
  );
}

function RecoveryCodes({ enrolled, onContinue }: { enrolled: Enrolled; onContinue: () => void }) {
  const intl = useIntl();
  const [downloaded, setDownloaded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const download = () => {
    const lines = [
      intl.formatMessage({ id: 'secondFactor.codes.fileHeader' }, { username: enrolled.viewer.username ?? '' }),
      intl.formatMessage({ id: 'secondFactor.codes.fileHint' }),
      '',
      ...enrolled.recoveryCodes,
      '',
    ];
    saveBlob(new Blob([lines.join('\r\n')], { type: 'text/plain;charset=utf-8' }), 'werkportaal-herstelcodes.txt');
    setDownloaded(true);
  };

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 ref={headingRef} tabIndex={-1} className={forms.title}>
          {intl.formatMessage({ id: 'secondFactor.codes.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'secondFactor.codes.intro' })}</p>
        <ul className={styles.codes} aria-label={intl.formatMessage({ id: 'secondFactor.codes.listLabel' })}>
          {enrolled.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {downloaded && (
          <p role="status" className={forms.notice}>
            {intl.formatMessage({ id: 'secondFactor.codes.downloaded' })}
          </p>
        )}
        <div className={styles.actions}>
          <Button className={`${forms.primaryButton} ${styles.secondaryButton}`} onPress={download}>
            {intl.formatMessage({ id: 'secondFactor.codes.download' })}
          </Button>
          <Button className={forms.primaryButton} onPress={onContinue}>
            {intl.formatMessage({ id: 'secondFactor.codes.continue' })}
          </Button>
        </div>
      </div>
    </div>
  );
}
