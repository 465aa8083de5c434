import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import forms from '../../components/forms.module.css';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { MessageId } from '../../i18n/catalogue';
import { saveBlob } from '../../lib/download/download';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { useStaffViewer } from '../auth';
import { renewRecoveryCodesMutation, staffAccountQuery } from './staffAccount.graphql';
import page from './StaffAccountPage.module.css';

/**
 * /beheer/account, Mijn account: the signed-in staff user's own second factor (R43). With an
 * authenticator app set up, the user sees how many recovery codes are left and can make ten new ones
 * (the old ones stop working), confirming with the current password or a code of the app; the new
 * codes are shown once, to download.
 */
export default function StaffAccountPage() {
  const intl = useIntl();
  const format = useFormat();
  const viewer = useStaffViewer();
  useDocumentTitle('staffAccount.title');
  const [result, refetch] = useQuery({ query: staffAccountQuery, requestPolicy: 'cache-and-network' });
  const [codes, setCodes] = useState<string[] | null>(null);
  const factor = result.data?.viewer?.secondFactor;

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'staffAccount.title' })}</h1>
        {viewer.username && <p className={styles.subtitle}>{intl.formatMessage({ id: 'staffAccount.username' }, { username: viewer.username })}</p>}
      </header>
      <section className={`${styles.card} ${styles.stack}`} aria-labelledby="staff-account-security">
        <h2 id="staff-account-security" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'staffAccount.security.title' })}
        </h2>
        {result.error && !factor && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!factor && result.fetching && <PageStatus />}
        {factor && !factor.enrolled && <p className={page.text}>{intl.formatMessage({ id: 'staffAccount.security.notEnrolled' })}</p>}
        {factor?.enrolled && (
          <>
            <p className={page.text}>
              {intl.formatMessage({ id: 'staffAccount.security.enrolled' }, { moment: factor.enrolledAt ? format.moment(factor.enrolledAt) : '' })}
            </p>
            <p className={page.text} data-testid="recovery-codes-left">
              {intl.formatMessage({ id: 'staffAccount.security.codesLeft' }, { count: factor.recoveryCodesLeft })}
            </p>
          </>
        )}
      </section>
      {factor?.enrolled &&
        (codes ? (
          <NewCodes codes={codes} username={viewer.username ?? ''} onDone={() => setCodes(null)} />
        ) : (
          <RenewForm
            onRenewed={(fresh) => {
              setCodes(fresh);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        ))}
    </div>
  );
}

type Proof = 'password' | 'code';

function RenewForm({ onRenewed }: { onRenewed: (codes: string[]) => void }) {
  const intl = useIntl();
  const [proof, setProof] = useState<Proof>('password');
  const [value, setValue] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, renew] = useMutation(renewRecoveryCodesMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<Proof>({ password: inputRef, code: inputRef });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const typed = proof === 'password' ? value : value.replace(/\s/g, '');
    if (!typed) {
      fields.show({ [proof]: proof === 'password' ? 'staffAccount.renew.passwordRequired' : 'staffAccount.renew.codeRequired' });
      return;
    }
    const { data, error } = await renew({ input: proof === 'password' ? { password: typed } : { code: typed } });
    const payload = data?.renewRecoveryCodes;
    const problem = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    const code = payload?.userErrors[0]?.code;
    if (!error && (code === 'CURRENT_PASSWORD_WRONG' || code === 'INVALID_SECOND_FACTOR') && problem) {
      fields.show({ [proof]: problem });
      setValue('');
      return;
    }
    if (problem || !payload?.recoveryCodes) {
      setFailure(problem ?? 'error.generic');
      return;
    }
    setValue('');
    onRenewed(payload.recoveryCodes);
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="staff-account-renew">
      <h2 id="staff-account-renew" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'staffAccount.renew.title' })}
      </h2>
      <p className={page.text}>{intl.formatMessage({ id: 'staffAccount.renew.intro' })}</p>
      {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="staff-account-renew"
      >
        <RadioGroup
          className={styles.choiceGroup}
          value={proof}
          onChange={(next) => {
            setProof(next as Proof);
            setValue('');
            fields.clear('password', 'code');
          }}
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'staffAccount.renew.with' })}</Label>
          <div className={styles.choices}>
            <Radio value="password" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'staffAccount.renew.withPassword' })}
            </Radio>
            <Radio value="code" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'staffAccount.renew.withCode' })}
            </Radio>
          </div>
        </RadioGroup>
        {proof === 'password' ? (
          <TextInputField
            key="password"
            name="password"
            type="password"
            label={intl.formatMessage({ id: 'staffAccount.renew.password' })}
            isRequired
            autoComplete="current-password"
            inputRef={inputRef}
            value={value}
            onChange={(v) => {
              setValue(v);
              fields.clear('password');
            }}
          />
        ) : (
          <TextInputField
            key="code"
            name="code"
            label={intl.formatMessage({ id: 'staffAccount.renew.code' })}
            isRequired
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={10}
            inputRef={inputRef}
            value={value}
            onChange={(v) => {
              setValue(v);
              fields.clear('code');
            }}
          />
        )}
        <BusyButton type="submit" className={forms.primaryButton} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'staffAccount.renew.busy' })}>
          {intl.formatMessage({ id: 'staffAccount.renew.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

function NewCodes({ codes, username, onDone }: { codes: string[]; username: string; onDone: () => void }) {
  const intl = useIntl();
  const [downloaded, setDownloaded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const download = () => {
    const lines = [
      intl.formatMessage({ id: 'staffAccount.codes.fileHeader' }, { username }),
      intl.formatMessage({ id: 'staffAccount.codes.fileHint' }),
      '',
      ...codes,
      '',
    ];
    saveBlob(new Blob([lines.join('\r\n')], { type: 'text/plain;charset=utf-8' }), 'werkportaal-herstelcodes.txt');
    setDownloaded(true);
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="staff-account-codes">
      <h2 id="staff-account-codes" ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'staffAccount.codes.title' })}
      </h2>
      <p className={page.text}>{intl.formatMessage({ id: 'staffAccount.codes.intro' })}</p>
      <ul className={page.codes} aria-label={intl.formatMessage({ id: 'staffAccount.codes.listLabel' })}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      {downloaded && <Notice tone="success">{intl.formatMessage({ id: 'staffAccount.codes.downloaded' })}</Notice>}
      <div className={page.actions}>
        <Button className={styles.buttonSecondary} onPress={download}>
          {intl.formatMessage({ id: 'staffAccount.codes.download' })}
        </Button>
        <Button className={styles.button} onPress={onDone}>
          {intl.formatMessage({ id: 'staffAccount.codes.done' })}
        </Button>
      </div>
    </section>
  );
}
