import { useId, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Checkbox, FieldError, Form, Input, Label, SearchField, Text, TextField } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Right } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import { useRights, useStaffViewer } from '../auth';
import { useEmployer } from '../employers';
import {
  blockStaffUserMutation,
  createStaffUserMutation,
  resendStaffInvitationMutation,
  resetStaffSecondFactorMutation,
  staffUsersQuery,
  unblockStaffUserMutation,
} from './staffUsers.graphql';
import page from './StaffUsersPage.module.css';

/** The rights in the order of the vocabulary (server/viewer AllRights). */
const RIGHTS: readonly Right[] = [
  'VIEW_EMPLOYEES',
  'MANAGE_PORTAL_ACCESS',
  'COLLECTIVE_MUTATIONS',
  'MANAGE_PRODUCTS',
  'MANAGE_MAIL_TEMPLATES',
  'VIEW_MIJNLOKET_EMAIL',
  'VIEW_AUDIT_LOG',
  'MANAGE_PAYROLL_DATA',
  'MANAGE_HR_SETTINGS',
  'MANAGE_USERS',
  'HANDLE_REQUESTS',
  'MANAGE_PREBOARDING',
];

type Action = 'block' | 'unblock' | 'resend' | 'reset';
type Pending = { kind: Action; id: string; name: string } | null;

/**
 * Gebruikers (R43): the staff users of the employer, with a form to invite one (a rights checklist of
 * the rights the manager holds, each with a line on what it allows), and blocking, unblocking, sending
 * the invitation again and resetting the second factor. The server decides who may (MANAGE_USERS at
 * the user's own level, RIGHT_NOT_HELD, OWN_ACCOUNT, LAST_ADMIN); this page offers what it will accept.
 */
export default function StaffUsersPage() {
  const employer = useEmployer();
  return <StaffUsersView employerId={employer.id} organisation={employer.name} />;
}

/**
 * The users of one level: an employer's (employerId set) or the provider's own (employerId null,
 * under /beheer/gebruikers, for provider users).
 */
export function StaffUsersView({
  employerId,
  organisation,
  settings,
}: {
  employerId: string | null;
  organisation: string;
  /** Settings of the level, shown after the list (the provider's second-factor rule). */
  settings?: ReactNode;
}) {
  const intl = useIntl();
  const format = useFormat();
  const employer = { id: employerId, name: organisation };
  const me = useStaffViewer();
  useDocumentTitle('staffUsers.title');
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: staffUsersQuery,
    variables: { employerId, level: employerId ? null : 'PROVIDER', search: search.trim() || null },
    requestPolicy: 'cache-and-network',
  });
  const [, block] = useMutation(blockStaffUserMutation);
  const [, unblock] = useMutation(unblockStaffUserMutation);
  const [, resend] = useMutation(resendStaffInvitationMutation);
  const [, reset] = useMutation(resetStaffSecondFactorMutation);
  const [pending, setPending] = useState<Pending>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const connection = result.data?.staffUsers;
  const users = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const column = (id: 'name' | 'rights' | 'status' | 'actions') => intl.formatMessage({ id: `staffUsers.column.${id}` });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const now = new Date();

  const confirmPending = async (): Promise<MessageId | null> => {
    if (!pending) return null;
    const input = { staffUserId: pending.id };
    let failure: MessageId | null;
    switch (pending.kind) {
      case 'block': {
        const { data, error } = await block({ input });
        failure = messageIdForMutationFailure({ error, userErrors: data?.blockStaffUser.userErrors });
        break;
      }
      case 'unblock': {
        const { data, error } = await unblock({ input });
        failure = messageIdForMutationFailure({ error, userErrors: data?.unblockStaffUser.userErrors });
        break;
      }
      case 'resend': {
        const { data, error } = await resend({ input });
        failure = messageIdForMutationFailure({ error, userErrors: data?.resendStaffInvitation.userErrors });
        break;
      }
      case 'reset': {
        const { data, error } = await reset({ input });
        failure = messageIdForMutationFailure({ error, userErrors: data?.resetStaffSecondFactor.userErrors });
        break;
      }
    }
    if (failure) return failure;
    setOutcome(intl.formatMessage({ id: `staffUsers.${pending.kind}.done` }, { name: pending.name }));
    reload();
    return null;
  };

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'staffUsers.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'staffUsers.intro' }, { employer: employer.name })}</p>
      </header>

      {outcome && <Notice tone="success">{outcome}</Notice>}

      <section className={styles.stack} aria-labelledby="staff-user-count">
        <SearchField className={styles.field} value={search} onChange={setSearch}>
          <Label className={styles.label}>{intl.formatMessage({ id: 'staffUsers.search' })}</Label>
          <Input className={styles.input} />
        </SearchField>
        <p id="staff-user-count" role="status" className={styles.muted}>
          {connection ? intl.formatMessage({ id: 'staffUsers.count' }, { count: connection.totalCount }) : ''}
        </p>
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (users.length > 0 ? (
            <div className={styles.tableWrap}>
              <table
                className={`${styles.table} ${stacked.table}`}
                aria-label={intl.formatMessage({ id: 'staffUsers.tableLabel' }, { employer: employer.name })}
              >
                <thead>
                  <tr>
                    <th scope="col">{column('name')}</th>
                    <th scope="col">{column('rights')}</th>
                    <th scope="col">{column('status')}</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>{column('actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((u) => {
                    const own = u.id === me.id;
                    const blocked = u.state === 'BLOCKED';
                    const invited = !u.passwordChosen;
                    const locked = u.lockedUntil && new Date(u.lockedUntil) > now;
                    return (
                      <tr key={u.id}>
                        <th scope="row" className={stacked.lead}>
                          <span>
                            {u.displayName} {own && intl.formatMessage({ id: 'staffUsers.you' })}
                            <span className={`${stacked.sub} ${page.email}`}>{u.username}</span>
                            <span className={`${stacked.sub} ${page.email}`}>{u.email}</span>
                          </span>
                        </th>
                        <td data-label={column('rights')}>
                          {u.rights.length > 0 ? (
                            <ul className={page.rightsList}>
                              {u.rights.map((r) => (
                                <li key={r}>{intl.formatMessage({ id: `right.${r}` })}</li>
                              ))}
                            </ul>
                          ) : (
                            intl.formatMessage({ id: 'staffUsers.noRights' })
                          )}
                        </td>
                        <td data-label={column('status')}>
                          <span>
                            {blocked
                              ? intl.formatMessage({ id: 'staffUsers.status.blocked' })
                              : invited
                                ? u.invitationExpiresAt && new Date(u.invitationExpiresAt) > now
                                  ? intl.formatMessage({ id: 'staffUsers.status.invited' }, { moment: format.moment(u.invitationExpiresAt) })
                                  : intl.formatMessage({ id: 'staffUsers.status.invitationExpired' })
                                : intl.formatMessage({ id: 'staffUsers.status.active' })}
                            {!invited && (
                              <span className={stacked.sub}>
                                {u.lastLoginAt
                                  ? intl.formatMessage({ id: 'staffUsers.status.lastLogin' }, { moment: format.moment(u.lastLoginAt) })
                                  : intl.formatMessage({ id: 'staffUsers.status.neverSignedIn' })}
                              </span>
                            )}
                            {locked && u.lockedUntil && (
                              <span className={stacked.sub}>
                                {intl.formatMessage({ id: 'staffUsers.status.locked' }, { moment: format.moment(u.lockedUntil) })}
                              </span>
                            )}
                            {u.secondFactorEnrolled && (
                              <span className={stacked.sub}>{intl.formatMessage({ id: 'staffUsers.status.secondFactor' })}</span>
                            )}
                          </span>
                        </td>
                        <td className={stacked.actions}>
                          {!own && (
                            <div className={page.actions}>
                              {invited && !blocked && (
                                <ActionButton kind="resend" name={u.displayName} onPress={() => setPending({ kind: 'resend', id: u.id, name: u.displayName })} />
                              )}
                              {u.secondFactorEnrolled && (
                                <ActionButton kind="reset" name={u.displayName} onPress={() => setPending({ kind: 'reset', id: u.id, name: u.displayName })} />
                              )}
                              {blocked ? (
                                <ActionButton kind="unblock" name={u.displayName} onPress={() => setPending({ kind: 'unblock', id: u.id, name: u.displayName })} />
                              ) : (
                                <ActionButton kind="block" name={u.displayName} onPress={() => setPending({ kind: 'block', id: u.id, name: u.displayName })} />
                              )}
                            </div>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <EmptyState title={intl.formatMessage({ id: search.trim() ? 'staffUsers.noMatch' : 'staffUsers.empty' })} />
          ))}
      </section>

      {settings}

      <CreateForm
        employerId={employer.id}
        onCreated={(name, email) => {
          setOutcome(intl.formatMessage({ id: 'staffUsers.create.done' }, { name, email }));
          reload();
        }}
      />

      <ConfirmDialog
        isOpen={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? intl.formatMessage({ id: `staffUsers.${pending.kind}.title` }, { name: pending.name }) : ''}
        confirmLabel={pending ? intl.formatMessage({ id: `staffUsers.${pending.kind}.confirm` }) : ''}
        busyLabel={pending ? intl.formatMessage({ id: `staffUsers.${pending.kind}.busy` }) : ''}
        tone={pending?.kind === 'block' ? 'danger' : 'primary'}
        onConfirm={confirmPending}
      >
        {pending && <p>{intl.formatMessage({ id: `staffUsers.${pending.kind}.body` }, { name: pending.name })}</p>}
      </ConfirmDialog>
    </div>
  );
}

function ActionButton({ kind, name, onPress }: { kind: Action; name: string; onPress: () => void }) {
  const intl = useIntl();
  return (
    <button
      type="button"
      className={kind === 'block' ? styles.buttonDanger : styles.buttonSecondary}
      aria-label={intl.formatMessage({ id: `staffUsers.action.${kind}For` }, { name })}
      onClick={onPress}
    >
      {intl.formatMessage({ id: `staffUsers.action.${kind}` })}
    </button>
  );
}

type Field = 'name' | 'email' | 'username';

/** Nieuwe gebruiker: name, work e-mail, username and the rights the manager holds, for this employer. */
function CreateForm({ employerId, onCreated }: { employerId: string | null; onCreated: (name: string, email: string) => void }) {
  const intl = useIntl();
  const ids = useId();
  const held = useRights();
  const offered = RIGHTS.filter((r) => held.has(r));
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', username: '' });
  const [rights, setRights] = useState<ReadonlySet<Right>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, create] = useMutation(createStaffUserMutation);

  const submit = async () => {
    setFailure(null);
    const missing: Partial<Record<Field, string>> = {};
    for (const f of ['name', 'email', 'username'] as const) {
      if (values[f].trim() === '') missing[f] = intl.formatMessage({ id: `staffUsers.create.${f}Required` });
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    const { data, error } = await create({
      input: {
        ...(employerId ? { employerId } : {}),
        name: values.name.trim(),
        email: values.email.trim(),
        username: values.username.trim(),
        rights: offered.filter((r) => rights.has(r)),
      },
    });
    const payload = data?.createStaffUser;
    const problem = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (problem || !payload?.staffUser) {
      const field = payload?.userErrors[0]?.field?.at(-1);
      if (problem && (field === 'name' || field === 'email' || field === 'username')) {
        setErrors({ [field]: intl.formatMessage({ id: problem }) });
      } else {
        setFailure(problem ?? 'error.generic');
      }
      return;
    }
    onCreated(payload.staffUser.displayName, payload.staffUser.email);
    setValues({ name: '', email: '', username: '' });
    setRights(new Set());
  };

  const set = (f: Field, v: string) => {
    setValues((old) => ({ ...old, [f]: v }));
    setErrors((old) => ({ ...old, [f]: undefined }));
  };
  const toggle = (r: Right, on: boolean) => {
    const next = new Set(rights);
    if (on) next.add(r);
    else next.delete(r);
    setRights(next);
  };
  const validation = Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Record<string, string>;

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'staffUsers.create.title' })}
      </h2>
      <Form
        className={page.form}
        validationErrors={validation}
        onSubmit={(event) => {
          event.preventDefault();
          if (!fetching) void submit();
        }}
      >
        <TextField className={styles.field} name="name" value={values.name} maxLength={200} onChange={(v) => set('name', v)} isRequired validationBehavior="aria">
          <Label className={styles.label}>{intl.formatMessage({ id: 'staffUsers.create.name' })}</Label>
          <Input className={styles.input} autoComplete="off" />
          <FieldError className={styles.fieldError} />
        </TextField>
        <TextField
          className={styles.field}
          name="email"
          type="email"
          value={values.email}
          maxLength={254}
          onChange={(v) => set('email', v)}
          isRequired
          validationBehavior="aria"
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'staffUsers.create.email' })}</Label>
          <Input className={styles.input} autoComplete="off" />
          <Text slot="description" className={styles.description}>
            {intl.formatMessage({ id: 'staffUsers.create.emailHint' })}
          </Text>
          <FieldError className={styles.fieldError} />
        </TextField>
        <TextField
          className={styles.field}
          name="username"
          value={values.username}
          maxLength={64}
          onChange={(v) => set('username', v)}
          isRequired
          validationBehavior="aria"
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'staffUsers.create.username' })}</Label>
          <Input className={styles.input} autoComplete="off" autoCapitalize="none" spellCheck={false} />
          <Text slot="description" className={styles.description}>
            {intl.formatMessage({ id: 'staffUsers.create.usernameHint' })}
          </Text>
          <FieldError className={styles.fieldError} />
        </TextField>
        <fieldset className={page.rights} aria-describedby={`${ids}-rights-hint`}>
          <legend className={styles.label}>{intl.formatMessage({ id: 'staffUsers.create.rights' })}</legend>
          {offered.map((r) => (
            <div key={r} className={page.right}>
              <Checkbox
                className={styles.choice}
                isSelected={rights.has(r)}
                onChange={(on) => toggle(r, on)}
                aria-describedby={`${ids}-help-${r}`}
              >
                {({ isSelected }) => (
                  <>
                    <span className={styles.box} aria-hidden="true">
                      {isSelected ? '✓' : ''}
                    </span>
                    {intl.formatMessage({ id: `right.${r}` })}
                  </>
                )}
              </Checkbox>
              <span id={`${ids}-help-${r}`} className={styles.description}>
                {intl.formatMessage({ id: `staffUsers.rightHelp.${r}` })}
              </span>
            </div>
          ))}
        </fieldset>
        <p id={`${ids}-rights-hint`} className={styles.description} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'staffUsers.create.rightsHint' })}
        </p>
        {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
        <div>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'staffUsers.create.busy' })}>
            {intl.formatMessage({ id: 'staffUsers.create.submit' })}
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}
