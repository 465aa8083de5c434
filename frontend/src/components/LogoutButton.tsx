import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSessionStore } from '../lib/session/SessionContext';
import { BusyButton } from './BusyButton';
import styles from './LogoutButton.module.css';

/**
 * Signs out of the mounted area (staff or employee); its guard then shows the sign-in page.
 * `variant="onDark"` for the blue header, `"plain"` on a light page.
 */
export function LogoutButton({ variant = 'onDark' }: { variant?: 'onDark' | 'plain' }) {
  const intl = useIntl();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);

  return (
    <BusyButton
      className={variant === 'onDark' ? styles.button : styles.plain}
      isBusy={busy}
      busyLabel={intl.formatMessage({ id: 'session.logout.busy' })}
      onClick={() => {
        setBusy(true);
        void session.logout();
      }}
    >
      {intl.formatMessage({ id: 'session.logout' })}
    </BusyButton>
  );
}
