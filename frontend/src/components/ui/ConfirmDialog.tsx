import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Alert } from '../Alert';
import { BusyButton } from '../BusyButton';
import type { MessageId } from '../../i18n/catalogue';
import styles from './ui.module.css';

export interface ConfirmDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in plain words (e.g. "De werknemer krijgt een e-mail …"). */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** Runs the action; resolve with a message id to keep the dialog open and show that error. */
  onConfirm: () => MessageId | null | void | Promise<MessageId | null | void>;
  tone?: 'primary' | 'danger';
  wide?: boolean;
}

/**
 * An alert dialog that asks before an action with consequences: it says what will happen, runs the
 * action with a busy button, and on failure shows the (translated) reason without closing.
 */
export function ConfirmDialog({ isOpen, onClose, title, children, confirmLabel, busyLabel, onConfirm, tone = 'primary', wide }: ConfirmDialogProps) {
  const intl = useIntl();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageId | null>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const failure = await onConfirm();
      if (failure) {
        setError(failure);
      } else {
        onClose();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalOverlay
      className={styles.overlay}
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      isDismissable={!busy}
      isKeyboardDismissDisabled={busy}
    >
      <Modal className={wide ? styles.modalWide : styles.modal}>
        <Dialog role="alertdialog" className={styles.dialog}>
          <Heading slot="title" className={styles.dialogTitle}>
            {title}
          </Heading>
          <div className={styles.dialogBody}>{children}</div>
          <Alert messageId={error} />
          <div className={styles.dialogActions}>
            <button type="button" className={styles.buttonSecondary} onClick={close} disabled={busy}>
              {intl.formatMessage({ id: 'adminUi.cancel' })}
            </button>
            <BusyButton
              className={tone === 'danger' ? styles.buttonDanger : styles.button}
              isBusy={busy}
              busyLabel={busyLabel}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </BusyButton>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
