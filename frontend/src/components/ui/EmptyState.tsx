import type { ReactNode } from 'react';
import styles from './ui.module.css';

/** What to show instead of an empty list: what it means and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{title}</p>
      {children}
      {action}
    </div>
  );
}
