import type { ButtonHTMLAttributes, ReactNode } from 'react';
import styles from './BusyButton.module.css';

interface BusyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'disabled'> {
  isBusy: boolean;
  /** Shown on the button, and announced politely, while busy (e.g. “Bezig met inloggen…”). */
  busyLabel: string;
  children: ReactNode;
}

/**
 * A button that stays focusable while its action runs: it turns aria-disabled, ignores further
 * clicks and Enter-submits, shows `busyLabel`, and tells screen readers through a status region.
 *
 * (React Aria's `isPending` announces through a global live region that keeps pointing at the
 * button after it unmounts, which axe rightly reports on the next page; this avoids that.)
 */
export function BusyButton({ isBusy, busyLabel, children, type = 'button', className, onClick, ...rest }: BusyButtonProps) {
  return (
    <>
      <button
        {...rest}
        // A submit button that is busy must not submit the form again on Enter.
        type={isBusy ? 'button' : type}
        className={className}
        aria-disabled={isBusy || undefined}
        data-busy={isBusy || undefined}
        onClick={(event) => {
          if (isBusy) {
            event.preventDefault();
            return;
          }
          onClick?.(event);
        }}
      >
        {isBusy ? busyLabel : children}
      </button>
      <span role="status" className={styles.visuallyHidden}>
        {isBusy ? busyLabel : ''}
      </span>
    </>
  );
}
