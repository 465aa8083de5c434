import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import { useLocale } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { EMPLOYEE_FORGOT_PASSWORD, EMPLOYEE_LOGIN, EMPLOYEE_LOGIN_HELP } from '../employee-auth';
import { requestUsernameMutation } from './recovery.graphql';
import { inLanguage } from './requestLocale';
import styles from './Recovery.module.css';
import { withRecoveryMessages } from './RecoveryMessages';

/** A rough check before asking the server, which checks properly (INVALID_EMAIL). */
const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

/**
 * /werknemer/gebruikersnaam-vergeten (R11): the e-mail address, then a neutral confirmation — the
 * server mails the username(s) registered with it, and answers the same when there are none.
 */
function ForgotUsernamePage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const [email, setEmail] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(requestUsernameMutation);
  const emailRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'email'>({ email: emailRef });
  useDocumentTitle(sentTo ? 'employeeRecovery.forgotUsername.sentTitle' : 'employeeRecovery.forgotUsername.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const address = email.trim();
    if (!address || !looksLikeEmail(address)) {
      fields.show({ email: address ? 'error.INVALID_EMAIL' : 'employeeRecovery.forgotUsername.required' });
      return;
    }
    const { data, error } = await request({ input: { email: address } }, inLanguage(locale));
    const userErrors = data?.requestUsername.userErrors;
    if (!error && userErrors?.[0]?.code === 'INVALID_EMAIL') {
      fields.show({ email: 'error.INVALID_EMAIL' });
      return;
    }
    const problem = messageIdForMutationFailure({ error, userErrors });
    if (problem || !data?.requestUsername.ok) {
      setFailure(problem ?? 'error.generic');
      return;
    }
    setSentTo(address);
  };

  if (sentTo) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: 'employeeRecovery.forgotUsername.sentTitle' })}</h1>
          <p role="status" className={styles.confirmation}>
            {intl.formatMessage({ id: 'employeeRecovery.forgotUsername.sent' }, { email: sentTo })}
          </p>
          <p className={styles.muted}>{intl.formatMessage({ id: 'employeeRecovery.noMail' })}</p>
          <ul className={styles.actions}>
            <li>
              <Link className={styles.primaryLink} to={EMPLOYEE_LOGIN}>
                {intl.formatMessage({ id: 'employeeRecovery.toLogin' })}
              </Link>
            </li>
            <li>
              <button type="button" className={styles.linkButton} onClick={() => setSentTo(null)}>
                {intl.formatMessage({ id: 'employeeRecovery.forgotUsername.again' })}
              </button>
            </li>
          </ul>
        </div>
      </div>
    );
  }

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="forgot-username-title" className={forms.title}>
          {intl.formatMessage({ id: 'employeeRecovery.forgotUsername.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'employeeRecovery.forgotUsername.intro' })}</p>
        <Alert messageId={failure} className={forms.alert} />
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="forgot-username-title"
        >
          <TextInputField
            name="email"
            type="email"
            inputMode="email"
            label={intl.formatMessage({ id: 'employeeRecovery.forgotUsername.email' })}
            isRequired
            autoComplete="email"
            verbatim
            inputRef={emailRef}
            value={email}
            onChange={(value) => {
              setEmail(value);
              fields.clear('email');
            }}
          />
          <BusyButton
            type="submit"
            className={forms.primaryButton}
            isBusy={fetching}
            busyLabel={intl.formatMessage({ id: 'employeeRecovery.sending' })}
          >
            {intl.formatMessage({ id: 'employeeRecovery.forgotUsername.submit' })}
          </BusyButton>
        </Form>
        <ul className={styles.links}>
          <li>
            <Link to={EMPLOYEE_FORGOT_PASSWORD}>{intl.formatMessage({ id: 'employeeAuth.login.forgotPassword' })}</Link>
          </li>
          <li>
            <Link to={EMPLOYEE_LOGIN}>{intl.formatMessage({ id: 'employeeRecovery.backToLogin' })}</Link>
          </li>
          <li>
            <Link to={EMPLOYEE_LOGIN_HELP}>{intl.formatMessage({ id: 'employeeAuth.login.help' })}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

// With its texts, which travel with this chunk rather than the entry (the sign-in page's budget).
export default withRecoveryMessages(ForgotUsernamePage);
