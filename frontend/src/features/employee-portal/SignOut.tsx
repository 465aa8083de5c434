import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { EMPLOYEE_LOGIN, loginNoticeState, useEmployeeSessionStore } from '../employee-auth';
import { logoutEverywhereMutation } from './portal.graphql';
import styles from './AccountPage.module.css';

/** Sign out on this device, or everywhere (every session of this account ends). */
export function SignOut() {
  const intl = useIntl();
  const navigate = useNavigate();
  const store = useEmployeeSessionStore();
  const [busy, setBusy] = useState<'here' | 'everywhere' | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [, logoutEverywhere] = useMutation(logoutEverywhereMutation);

  const signOutHere = async () => {
    setBusy('here');
    await store.logout();
  };

  const signOutEverywhere = async () => {
    setBusy('everywhere');
    setFailure(null);
    const { data, error } = await logoutEverywhere({});
    const failed = messageIdForMutationFailure({ error, userErrors: data?.logoutEverywhere.userErrors });
    if (failed || !data?.logoutEverywhere.ok) {
      setBusy(null);
      setFailure(failed ?? 'error.generic');
      return;
    }
    // The server ended this session too; forget it here and say what happened.
    await store.logout();
    void navigate(EMPLOYEE_LOGIN, { replace: true, state: loginNoticeState('loggedOutEverywhere') });
  };

  return (
    <section className={styles.card} aria-labelledby="account-signout">
      <h2 id="account-signout" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeePortal.signOut.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'employeePortal.signOut.intro' })}</p>
      <Alert messageId={failure} className={forms.alert} />
      <div className={styles.buttons}>
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy === 'here'}
          busyLabel={intl.formatMessage({ id: 'session.logout.busy' })}
          onClick={() => void signOutHere()}
        >
          {intl.formatMessage({ id: 'employeePortal.signOut.here' })}
        </BusyButton>
        <BusyButton
          className={styles.secondaryButton}
          isBusy={busy === 'everywhere'}
          busyLabel={intl.formatMessage({ id: 'session.logout.busy' })}
          onClick={() => void signOutEverywhere()}
        >
          {intl.formatMessage({ id: 'employeePortal.signOut.everywhere' })}
        </BusyButton>
      </div>
    </section>
  );
}
