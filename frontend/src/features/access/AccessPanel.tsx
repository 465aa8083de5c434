import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { useClient } from 'urql';
import type { AccessStatus, PersonInput } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { useFormat } from '../../components/ui/format';
import { PencilIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import {
  blockAccessMutation,
  grantAccessMutation,
  resendInvitationMutation,
  revokeInvitationMutation,
  sendUsernameMutation,
  unblockAccessMutation,
} from './access.graphql';
import { AccessStatusBadge } from './AccessStatusBadge';
import { EmailDialog } from './EmailDialog';
import { allowedActions, isKnownStatus, type AccessAction } from './status';
import panel from './AccessPanel.module.css';

type PayloadField = 'grantAccess' | 'resendInvitation' | 'revokeInvitation' | 'blockAccess' | 'unblockAccess' | 'sendUsername';
type AccessMutation = TypedDocumentNode<
  { [K in PayloadField]?: { userErrors: ReadonlyArray<{ code: string }> } },
  { input: PersonInput; reason?: string | null }
>;

interface ActionSpec {
  mutation: AccessMutation;
  field: PayloadField;
  tone: 'primary' | 'danger';
  primary: boolean;
}

const ACTIONS: Record<AccessAction, ActionSpec> = {
  grant: { mutation: grantAccessMutation, field: 'grantAccess', tone: 'primary', primary: true },
  resend: { mutation: resendInvitationMutation, field: 'resendInvitation', tone: 'primary', primary: true },
  revoke: { mutation: revokeInvitationMutation, field: 'revokeInvitation', tone: 'danger', primary: false },
  block: { mutation: blockAccessMutation, field: 'blockAccess', tone: 'danger', primary: false },
  unblock: { mutation: unblockAccessMutation, field: 'unblockAccess', tone: 'primary', primary: true },
  sendUsername: { mutation: sendUsernameMutation, field: 'sendUsername', tone: 'primary', primary: false },
};

/** What the panel reads of a person (the person page's query selects it). */
export interface AccessPerson {
  id: string;
  fullName: string;
  email: string | null;
  account: {
    status: AccessStatus;
    username: string | null;
    canSendUsername: boolean;
    lastLoginAt: string | null;
    lockedUntil: string | null;
    blockedAt: string | null;
    registeredEmail?: string | null;
    invitation: { expiresAt: string; sentAt: string; sentTo: string } | null;
  } | null;
}

export interface AccessPanelProps {
  person: AccessPerson;
  canManage: boolean;
  canViewRegisteredEmail: boolean;
}

/**
 * The access panel of the Persoon tab (R1–R9, R17): the status as a badge with what it means, the
 * e-mail address with the advice to use a private one and an edit action, the registered e-mail
 * only with VIEW_MIJNLOKET_EMAIL, and only the actions allowed in the current status, each behind a
 * confirmation that says what will happen.
 */
export function AccessPanel({ person, canManage, canViewRegisteredEmail }: AccessPanelProps) {
  const intl = useIntl();
  const format = useFormat();
  const client = useClient();
  const [pending, setPending] = useState<AccessAction | null>(null);
  const [editingEmail, setEditingEmail] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // Blocking asks why (optional): kept in the audit trail, never mailed (R6, R27).
  const [reason, setReason] = useState('');

  const account = person.account;
  const rawStatus = account?.status ?? 'NONE';
  const status: AccessStatus = isKnownStatus(rawStatus) ? rawStatus : 'NONE';
  const email = person.email ?? null;
  const name = person.fullName;
  const actions = allowedActions(status, {
    hasEmail: !!email,
    canSendUsername: account?.canSendUsername ?? false,
    canManage,
  });
  const registered = !!account?.username;

  const values = { name, email: email ?? '' };

  const run = async (action: AccessAction): Promise<MessageId | null> => {
    const spec = ACTIONS[action];
    const variables = action === 'block' && reason.trim() ? { input: { personId: person.id }, reason: reason.trim() } : { input: { personId: person.id } };
    const result = await client.mutation(spec.mutation, variables).toPromise();
    const failure = messageIdForMutationFailure({ error: result.error, userErrors: result.data?.[spec.field]?.userErrors });
    if (failure) return failure;
    setDone(intl.formatMessage({ id: `access.${action}.done` }, values));
    return null;
  };

  const invitation = account?.invitation;

  return (
    <section className={styles.card} aria-labelledby="access-title">
      <div className={styles.spread}>
        <h2 id="access-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'access.title' })}
        </h2>
        <AccessStatusBadge status={account?.status} />
      </div>

      <p className={panel.explanation}>
        {status === 'NONE' && intl.formatMessage({ id: 'access.explain.NONE' }, { name })}
        {status === 'INVITED' &&
          (invitation
            ? intl.formatMessage(
                { id: 'access.explain.INVITED' },
                { sentAt: format.moment(invitation.sentAt), sentTo: invitation.sentTo, expiresAt: format.momentLong(invitation.expiresAt) },
              )
            : intl.formatMessage({ id: 'access.explain.INVITED.short' }))}
        {status === 'EXPIRED' &&
          (invitation
            ? intl.formatMessage(
                { id: 'access.explain.EXPIRED' },
                { sentAt: format.moment(invitation.sentAt), expiresAt: format.moment(invitation.expiresAt) },
              )
            : intl.formatMessage({ id: 'access.explain.EXPIRED.short' }))}
        {status === 'ACTIVE' && intl.formatMessage({ id: 'access.explain.ACTIVE' }, { name })}
        {status === 'LOCKED' &&
          intl.formatMessage(
            { id: 'access.explain.LOCKED' },
            { until: account?.lockedUntil ? format.time(account.lockedUntil) : '' },
          )}
        {status === 'BLOCKED' &&
          (account?.blockedAt
            ? intl.formatMessage({ id: 'access.explain.BLOCKED' }, { name, since: format.moment(account.blockedAt) })
            : intl.formatMessage({ id: 'access.explain.BLOCKED.short' }, { name }))}
      </p>

      <dl className={styles.details}>
        <dt>{intl.formatMessage({ id: 'access.email.label' })}</dt>
        <dd>
          <span className={panel.emailRow}>
            <span data-testid="person-email">{email ?? <span className={styles.muted}>{intl.formatMessage({ id: 'access.email.none' })}</span>}</span>
            {canManage && (
              <button type="button" className={styles.buttonGhost} onClick={() => setEditingEmail(true)}>
                <PencilIcon />
                {intl.formatMessage({ id: 'access.email.edit' })}
              </button>
            )}
          </span>
        </dd>
        {account?.username && (
          <>
            <dt>{intl.formatMessage({ id: 'access.username' })}</dt>
            <dd>{account.username}</dd>
          </>
        )}
        {account?.lastLoginAt && (
          <>
            <dt>{intl.formatMessage({ id: 'access.lastLogin' })}</dt>
            <dd>{format.moment(account.lastLoginAt)}</dd>
          </>
        )}
        <dt>{intl.formatMessage({ id: 'access.registeredEmail' })}</dt>
        <dd>
          {canViewRegisteredEmail ? (
            (account && 'registeredEmail' in account && account.registeredEmail) || (
              <span className={styles.muted}>{intl.formatMessage({ id: 'access.registeredEmail.none' })}</span>
            )
          ) : (
            <span className={`${styles.muted} ${panel.normal}`} data-testid="registered-email-no-right">
              {intl.formatMessage({ id: 'access.registeredEmail.noRight' })}
            </span>
          )}
        </dd>
      </dl>

      <div className={panel.advice}>
        <Notice tone={email ? 'info' : 'warning'}>
          <p>{intl.formatMessage({ id: email ? 'access.email.adviceShort' : 'access.email.missing' })}</p>
        </Notice>
      </div>

      {done && (
        <div className={panel.done}>
          <Notice tone="success">
            <p>{done}</p>
          </Notice>
        </div>
      )}

      {canManage ? (
        actions.length > 0 && (
          <div className={panel.actions}>
            {actions.map((action) => (
              <button
                key={action}
                type="button"
                className={ACTIONS[action].primary ? styles.button : styles.buttonSecondary}
                onClick={() => {
                  setDone(null);
                  setReason('');
                  setPending(action);
                }}
              >
                {intl.formatMessage({ id: action === 'resend' && status === 'EXPIRED' ? 'access.resend.expiredButton' : `access.${action}.button` })}
              </button>
            ))}
          </div>
        )
      ) : (
        <p className={`${styles.muted} ${styles.small}`}>{intl.formatMessage({ id: 'access.noManageRight' })}</p>
      )}

      {pending && (
        <ConfirmDialog
          isOpen
          onClose={() => setPending(null)}
          title={intl.formatMessage({ id: `access.${pending}.title` }, values)}
          confirmLabel={intl.formatMessage({ id: `access.${pending}.confirm` })}
          busyLabel={intl.formatMessage({ id: `access.${pending}.busy` })}
          tone={ACTIONS[pending].tone}
          onConfirm={() => run(pending)}
        >
          <p>
            {pending === 'unblock' && !registered
              ? intl.formatMessage({ id: 'access.unblock.bodyUnregistered' }, values)
              : intl.formatMessage({ id: `access.${pending}.body` }, values)}
          </p>
          {pending === 'block' && (
            <TextField className={styles.field} value={reason} onChange={setReason} maxLength={500}>
              <Label className={styles.label}>{intl.formatMessage({ id: 'access.block.reason' })}</Label>
              <TextArea className={styles.textarea} rows={3} />
              <Text slot="description" className={styles.description}>
                {intl.formatMessage({ id: 'access.block.reasonHelp' }, values)}
              </Text>
            </TextField>
          )}
        </ConfirmDialog>
      )}

      {editingEmail && (
        <EmailDialog
          isOpen
          personId={person.id}
          fullName={name}
          email={email}
          status={status}
          onClose={(saved) => {
            setEditingEmail(false);
            if (saved) setDone(intl.formatMessage({ id: 'access.email.saved' }));
          }}
        />
      )}
    </section>
  );
}
