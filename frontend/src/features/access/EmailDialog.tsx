import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Dialog, FieldError, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextField } from 'react-aria-components';
import { useClient } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import type { AccessStatus } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { updatePersonEmailMutation } from './access.graphql';

export interface EmailDialogProps {
  isOpen: boolean;
  onClose: (saved: boolean) => void;
  personId: string;
  fullName: string;
  email: string | null | undefined;
  status: AccessStatus;
}

/**
 * "E-mailadres wijzigen" (R1): check and change the person's private e-mail address before access
 * is granted. An invalid address is shown at the field; an empty one removes the address.
 */
export function EmailDialog({ isOpen, onClose, personId, fullName, email, status }: EmailDialogProps) {
  const intl = useIntl();
  const client = useClient();
  const [value, setValue] = useState(email ?? '');
  const [busy, setBusy] = useState(false);
  const fields = useFieldErrors<'email'>();
  const [formError, setFormError] = useState<MessageId | null>(null);

  const close = (saved: boolean) => {
    if (busy) return;
    fields.set({});
    setFormError(null);
    onClose(saved);
  };

  const save = async () => {
    setBusy(true);
    fields.set({});
    setFormError(null);
    try {
      const result = await client
        .mutation(updatePersonEmailMutation, { input: { personId, email: value.trim() } })
        .toPromise();
      const userErrors = result.data?.updatePersonEmail.userErrors;
      const failure = messageIdForMutationFailure({ error: result.error, userErrors });
      if (failure) {
        const atField = !result.error && userErrors?.[0]?.field?.includes('email');
        if (atField || userErrors?.[0]?.code === 'INVALID_EMAIL') fields.set({ email: failure });
        else setFormError(failure);
        return;
      }
      onClose(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalOverlay className={styles.overlay} isOpen={isOpen} onOpenChange={(open) => !open && close(false)} isDismissable={!busy}>
      <Modal className={styles.modal}>
        <Dialog className={styles.dialog}>
          <Heading slot="title" className={styles.dialogTitle}>
            {intl.formatMessage({ id: 'access.email.dialogTitle' })}
          </Heading>
          <Form
            className={styles.dialogBody}
            validationErrors={fields.validationErrors}
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) void save();
            }}
          >
            <p>{intl.formatMessage({ id: 'access.email.dialogIntro' }, { name: fullName })}</p>
            <TextField
              className={styles.field}
              name="email"
              // Not type="email": the browser's own check would answer in its language; the server's
              // INVALID_EMAIL is shown in the user's.
              type="text"
              inputMode="email"
              value={value}
              onChange={(next) => {
                setValue(next);
                fields.clear('email');
              }}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog's only field: a modal dialog moves focus into itself (WAI-ARIA dialog pattern)
              autoFocus
            >
              <Label className={styles.label}>{intl.formatMessage({ id: 'access.email.label' })}</Label>
              <Input className={styles.input} autoComplete="off" autoCapitalize="none" autoCorrect="off" spellCheck={false} />
              <Text slot="description" className={styles.description}>
                {intl.formatMessage({ id: 'access.email.privateAdvice' })}
              </Text>
              <FieldError className={styles.fieldError} />
            </TextField>
            {value.trim() === '' && (email ?? '') !== '' && (
              <div className={styles.noticeWarning}>
                <p>{intl.formatMessage({ id: 'access.email.removeWarning' })}</p>
              </div>
            )}
            {(status === 'INVITED' || status === 'EXPIRED') && value.trim() !== (email ?? '') && value.trim() !== '' && (
              <div className={styles.notice}>
                <p>{intl.formatMessage({ id: 'access.email.pendingInvitationHint' })}</p>
              </div>
            )}
            <Alert messageId={formError} />
            <div className={styles.dialogActions}>
              <button type="button" className={styles.buttonSecondary} onClick={() => close(false)} disabled={busy}>
                {intl.formatMessage({ id: 'adminUi.cancel' })}
              </button>
              <BusyButton type="submit" className={styles.button} isBusy={busy} busyLabel={intl.formatMessage({ id: 'adminUi.saving' })}>
                {intl.formatMessage({ id: 'access.email.save' })}
              </BusyButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
