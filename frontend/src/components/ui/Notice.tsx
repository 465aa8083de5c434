import type { ReactNode } from 'react';
import { Alert } from '../Alert';
import styles from './ui.module.css';

export type NoticeTone = 'info' | 'warning' | 'success' | 'error';

const TONE_CLASS: Record<Exclude<NoticeTone, 'error'>, string | undefined> = {
  info: styles.notice,
  warning: styles.noticeWarning,
  success: styles.noticeSuccess,
};

/**
 * A coloured block with a message. `error` is an <Alert>, announced at once, `success` politely
 * (role=status); info and warning are plain content unless `live` says otherwise.
 */
export function Notice({ tone = 'info', children, live }: { tone?: NoticeTone; children: ReactNode; live?: boolean }) {
  if (tone === 'error') return <Alert className={styles.noticeError}>{children}</Alert>;
  const role = tone === 'success' || live ? 'status' : undefined;
  return (
    <div className={TONE_CLASS[tone]} role={role}>
      {children}
    </div>
  );
}
