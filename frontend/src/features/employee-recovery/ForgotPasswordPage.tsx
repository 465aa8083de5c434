import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
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
import { EMPLOYEE_FORGOT_USERNAME, EMPLOYEE_LOGIN, EMPLOYEE_LOGIN_HELP } from '../employee-auth';
import { requestPasswordResetMutation } from './recovery.graphql';
import { inLanguage } from './requestLocale';
import styles from './Recovery.module.css';
import { withRecoveryMessages } from './RecoveryMessages';

/**
 * /werknemer/wachtwoord-vergeten (R10): the username, then a neutral confirmation — the server answers
 * the same whether or not the username exists, and so does this page. The mail's link leads to
 * /werknemer/wachtwoord-herstellen. The lockout mail links here too.
 */
function ForgotPasswordPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const location = useLocation();
  const initial = (location.state as { username?: unknown } | null)?.username;
  const [username, setUsername] = useState(typeof initial === 'string' ? initial : '');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, request] = useMutation(requestPasswordResetMutation);
  const usernameRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'username'>({ username: usernameRef });
  useDocumentTitle(sentTo ? 'employeeRecovery.forgotPassword.sentTitle' : 'employeeRecovery.forgotPassword.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    const name = username.trim();
    if (!name) {
      fields.show({ username: 'employeeAuth.login.usernameRequired' });
      return;
    }
    const { data, error } = await request({ input: { username: name } }, inLanguage(locale));
    const problem = messageIdForMutationFailure({ error, userErrors: data?.requestPasswordReset.userErrors });
    if (problem || !data?.requestPasswordReset.ok) {
      setFailure(problem ?? 'error.generic');
      return;
    }
    setSentTo(name);
  };

  if (sentTo) {
    return (
      <div className={forms.page}>
        <div className={forms.card}>
          <h1 className={forms.title}>{intl.formatMessage({ id: 'employeeRecovery.forgotPassword.sentTitle' })}</h1>
          <p role="status" className={styles.confirmation}>
            {intl.formatMessage({ id: 'employeeRecovery.forgotPassword.sent' }, { username: sentTo })}
          </p>
          <p>{intl.formatMessage({ id: 'employeeRecovery.forgotPassword.validity' })}</p>
          <p className={styles.muted}>{intl.formatMessage({ id: 'employeeRecovery.noMail' })}</p>
          <ul className={styles.actions}>
            <li>
              <Link className={styles.primaryLink} to={EMPLOYEE_LOGIN}>
                {intl.formatMessage({ id: 'employeeRecovery.toLogin' })}
              </Link>
            </li>
            <li>
              <button type="button" className={styles.linkButton} onClick={() => setSentTo(null)}>
                {intl.formatMessage({ id: 'employeeRecovery.forgotPassword.again' })}
              </button>
            </li>
            <li>
              <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
            </li>
          </ul>
        </div>
      </div>
    );
  }

  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 id="forgot-password-title" className={forms.title}>
          {intl.formatMessage({ id: 'employeeRecovery.forgotPassword.title' })}
        </h1>
        <p className={forms.intro}>{intl.formatMessage({ id: 'employeeRecovery.forgotPassword.intro' })}</p>
        <Alert messageId={failure} className={forms.alert} />
        <Form
          className={forms.form}
          validationBehavior="aria"
          validationErrors={fields.validationErrors}
          onSubmit={(event) => void submit(event)}
          aria-labelledby="forgot-password-title"
        >
          <TextInputField
            name="username"
            label={intl.formatMessage({ id: 'employeeAuth.login.username' })}
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
            busyLabel={intl.formatMessage({ id: 'employeeRecovery.sending' })}
          >
            {intl.formatMessage({ id: 'employeeRecovery.forgotPassword.submit' })}
          </BusyButton>
        </Form>
        <ul className={styles.links}>
          <li>
            <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
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
export default withRecoveryMessages(ForgotPasswordPage);
