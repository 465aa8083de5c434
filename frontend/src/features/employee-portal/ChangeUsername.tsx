import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { TextInputField } from '../../components/TextInputField';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { usernameFormatOk, UsernameStatusLine, useUsernameAvailability } from '../employee-username';
import { changeUsernameMutation } from './portal.graphql';
import styles from './AccountPage.module.css';

/** Change the username (unique, R12): its availability is asked as you type; no mail is sent. */
export function ChangeUsername({ current, onChanged }: { current: string; onChanged: () => void }) {
  const intl = useIntl();
  const [username, setUsername] = useState('');
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching }, change] = useMutation(changeUsernameMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<'username'>({ username: inputRef });
  const trimmed = username.trim();
  const same = trimmed !== '' && trimmed === current;
  // Asked as you type with the employee's own session (no invitation token). Advisory only: the
  // server decides on submit (a change of case only, for one, is the employee's own name).
  const status = useUsernameAvailability(null, same ? '' : trimmed);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setFailure(null);
    setSaved(null);
    const next = username.trim();
    const problem: MessageId | null = !next
      ? 'employeeInvitation.username.required'
      : !usernameFormatOk(next)
        ? 'error.USERNAME_INVALID'
        : next === current
          ? 'employeePortal.username.same'
          : null;
    if (problem) {
      fields.show({ username: problem });
      return;
    }
    const { data, error } = await change({ input: { username: next } });
    const code = data?.changeUsername.userErrors[0]?.code;
    if (!error && (code === 'USERNAME_TAKEN' || code === 'USERNAME_INVALID')) {
      fields.show({ username: messageIdForUserErrorCode(code) });
      return;
    }
    const failed = messageIdForMutationFailure({ error, userErrors: data?.changeUsername.userErrors });
    if (failed || !data?.changeUsername.username) {
      setFailure(failed ?? 'error.generic');
      return;
    }
    setSaved(data.changeUsername.username);
    setUsername('');
    onChanged();
  };

  return (
    <section className={styles.card} aria-labelledby="account-username">
      <h2 id="account-username" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.username.title' })}
      </h2>
      <p className={styles.current}>
        {intl.formatMessage({ id: 'employeePortal.username.current' })} <strong>{current}</strong>
      </p>
      {saved && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeePortal.username.saved' }, { username: saved })}
        </p>
      )}
      <Alert messageId={failure} className={forms.alert} />
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="account-username"
      >
        <TextInputField
          name="username"
          label={intl.formatMessage({ id: 'employeePortal.username.new' })}
          description={intl.formatMessage({ id: 'employeeInvitation.username.rules' })}
          isRequired
          autoComplete="username"
          verbatim
          inputRef={inputRef}
          value={username}
          onChange={(value) => {
            setUsername(value);
            fields.clear('username');
          }}
        />
        <UsernameStatusLine status={status} override={same ? 'employeePortal.username.same' : null} hidden={!!fields.errors.username} />
        <BusyButton
          type="submit"
          className={forms.primaryButton}
          isBusy={fetching}
          busyLabel={intl.formatMessage({ id: 'employeePortal.saving' })}
        >
          {intl.formatMessage({ id: 'employeePortal.username.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}
