import { useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogue';
import styles from './Alert.module.css';

/**
 * box: the red block of a failed form, page or dialog (the default); text: red text in a list row or
 * beside a field; none: the content brings its own look (a whole error page, the lockout notice).
 */
export type AlertLook = 'box' | 'text' | 'none';

const LOOK_CLASS: Record<AlertLook, string | undefined> = {
  box: styles.box,
  text: styles.text,
  none: undefined,
};

export interface AlertProps {
  /** The text; or give `messageId` (and `values`) instead. */
  children?: ReactNode;
  /** The text by id. When the prop is given, nothing is rendered while it is null. */
  messageId?: MessageId | null | undefined;
  values?: Record<string, string | number>;
  look?: AlertLook;
  /** Placement (margins, grid cells); the look comes from `look`. */
  className?: string;
  id?: string;
  /**
   * Move the focus to the alert when it appears or its message changes: for a failed action (a
   * download, a report) the user should land where the problem is.
   */
  takeFocus?: boolean;
}

/**
 * Something went wrong: announced at once (role=alert). The one place the SPA renders role=alert, for
 * the staff and the employee pages alike. A caller that wants the same text announced again after a
 * second failure gives the Alert a new `key`.
 */
export function Alert(props: AlertProps) {
  const { children, messageId, values, look = 'box', className, id, takeFocus = false } = props;
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  const shown = !('messageId' in props) || !!messageId;

  useEffect(() => {
    if (takeFocus && shown) ref.current?.focus();
  }, [takeFocus, shown, messageId]);

  if (!shown) return null;
  const classes = [LOOK_CLASS[look], className].filter(Boolean).join(' ');
  return (
    <div ref={ref} id={id} role="alert" className={classes || undefined} {...(takeFocus ? { tabIndex: -1 } : {})}>
      {messageId ? intl.formatMessage({ id: messageId }, values) : children}
    </div>
  );
}
