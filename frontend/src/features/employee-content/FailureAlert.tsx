import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';
import styles from './content.module.css';

/**
 * A failed action (a download, a report): an alert that takes the focus when it appears, so a screen
 * reader reads it and a keyboard user is where the problem is. Nothing while there is no failure.
 */
export function FailureAlert({ messageId, className }: { messageId: MessageId | null; className?: string }) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (messageId) ref.current?.focus();
  }, [messageId]);
  if (!messageId) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={className ? `${styles.alert} ${className}` : styles.alert}>
      {intl.formatMessage({ id: messageId })}
    </div>
  );
}
