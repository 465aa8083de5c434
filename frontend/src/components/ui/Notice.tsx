import type { ReactNode } from 'react';
import styles from './ui.module.css';

export type NoticeTone = 'info' | 'warning' | 'success' | 'error';

const TONE_CLASS: Record<NoticeTone, string | undefined> = {
  info: styles.notice,
  warning: styles.noticeWarning,
  success: styles.noticeSuccess,
  error: styles.noticeError,
};

/**
 * A coloured block with a message. `error` is announced at once (role=alert), `success` politely
 * (role=status); info and warning are plain content unless `live` says otherwise.
 */
export function Notice({ tone = 'info', children, live }: { tone?: NoticeTone; children: ReactNode; live?: boolean }) {
  const role = tone === 'error' ? 'alert' : tone === 'success' || live ? 'status' : undefined;
  return (
    <div className={TONE_CLASS[tone]} role={role}>
      {children}
    </div>
  );
}
