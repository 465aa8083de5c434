import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';
import type { UsernameStatus } from './useUsernameAvailability';
import styles from './UsernameStatusLine.module.css';

const USERNAME_STATUS: Partial<Record<UsernameStatus, MessageId>> = {
  invalid: 'employeeUsername.invalid',
  checking: 'employeeUsername.checking',
  available: 'employeeUsername.available',
  taken: 'employeeUsername.taken',
};

/**
 * The live answer under a username field (R4): checking, free, taken or malformed. It stays in the DOM
 * (empty) so screen readers announce changes; `override` replaces it (e.g. "that is already your
 * username"), and it is empty while the field shows an error of its own.
 */
export function UsernameStatusLine({ status, override, hidden }: { status: UsernameStatus; override?: MessageId | null; hidden?: boolean }) {
  const intl = useIntl();
  const id = override ?? USERNAME_STATUS[status];
  return (
    <p className={styles.usernameStatus} data-status={override ? 'note' : status} role="status">
      {id && !hidden ? intl.formatMessage({ id }) : ''}
    </p>
  );
}
