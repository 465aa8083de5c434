import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogue';
import styles from './PageStatus.module.css';

/** A quiet, announced placeholder while something loads. */
export function PageStatus({ messageId = 'app.loading' }: { messageId?: MessageId }) {
  const intl = useIntl();
  return (
    <div className={styles.status} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      {intl.formatMessage({ id: messageId })}
    </div>
  );
}
