import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogue';
import { useDocumentTitle } from './useDocumentTitle';
import styles from './PageMessage.module.css';

/** A full page with one heading and a short explanation (not found, no access). */
export function PageMessage({ titleId, bodyId, children }: { titleId: MessageId; bodyId: MessageId; children?: ReactNode }) {
  const intl = useIntl();
  useDocumentTitle(titleId);
  return (
    <div className={styles.wrap}>
      <div className={styles.card}>
        <h1 className={styles.title}>{intl.formatMessage({ id: titleId })}</h1>
        <p>{intl.formatMessage({ id: bodyId })}</p>
        {children}
      </div>
    </div>
  );
}
