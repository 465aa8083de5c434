import { useState } from 'react';
import { useIntl } from 'react-intl';
import { BusyButton } from '../../components/BusyButton';
import { useSessionStore } from './SessionContext';
import styles from './LogoutButton.module.css';

/** Signs out; the route guard then shows the login page. */
export function LogoutButton() {
  const intl = useIntl();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);

  return (
    <BusyButton
      className={styles.button}
      isBusy={busy}
      busyLabel={intl.formatMessage({ id: 'auth.logout.busy' })}
      onClick={async () => {
        setBusy(true);
        await session.logout();
      }}
    >
      {intl.formatMessage({ id: 'auth.logout' })}
    </BusyButton>
  );
}
