import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Checkbox, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
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
import { useRights } from '../auth';
import { useEmployer } from '../employers';
import {
  apiClientsQuery,
  createApiClientMutation,
  disableApiClientMutation,
  rotateApiClientSecretMutation,
} from './apiClients.graphql';
import page from './ApiClientsPage.module.css';

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
  'MANAGE_USERS',
];

interface Shown {
  clientId: string;
  name: string;
  secret: string;
}

type Pending = { kind: 'rotate' | 'disable'; id: string; name: string } | null;

/**
 * API-koppelingen (R44): the employer's API clients, with a form to create one (rights the staff user
 * holds only), a new secret shown once with a copy button, and disabling. The server decides who may
 * (MANAGE_USERS at the user's own level); this page only offers what it will accept.
 */
export default function ApiClientsPage() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  useDocumentTitle('apiClients.title');
  const [result, refetch] = useQuery({ query: apiClientsQuery, variables: { employerId: employer.id }, requestPolicy: 'cache-and-network' });
  const [, rotate] = useMutation(rotateApiClientSecretMutation);
  const [, disable] = useMutation(disableApiClientMutation);
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const connection = result.data?.apiClients;
  const clients = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const column = (id: 'name' | 'rights' | 'lastUsed' | 'status' | 'actions') => intl.formatMessage({ id: `apiClients.column.${id}` });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const confirmPending = async (): Promise<MessageId | null> => {
    if (!pending) return null;
    if (pending.kind === 'rotate') {
      const { data, error } = await rotate({ input: { apiClientId: pending.id } });
      const payload = data?.rotateApiClientSecret;
      const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (failure || !payload?.clientSecret) return failure ?? 'error.generic';
      setShown({ clientId: pending.id, name: pending.name, secret: payload.clientSecret });
      setOutcome(null);
    } else {
      const { data, error } = await disable({ input: { apiClientId: pending.id } });
      const failure = messageIdForMutationFailure({ error, userErrors: data?.disableApiClient.userErrors });
      if (failure) return failure;
      setOutcome(intl.formatMessage({ id: 'apiClients.disabled' }, { name: pending.name }));
    }
    reload();
    return null;
  };

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'apiClients.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'apiClients.intro' }, { employer: employer.name })}</p>
      </header>

      {shown && <SecretPanel shown={shown} onDone={() => setShown(null)} />}
      {outcome && <Notice tone="success">{outcome}</Notice>}

      <section className={styles.stack} aria-labelledby="api-client-count">
        <p id="api-client-count" role="status" className={styles.muted}>
          {connection ? intl.formatMessage({ id: 'apiClients.count' }, { count: connection.totalCount }) : ''}
        </p>
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (clients.length > 0 ? (
            <div className={styles.tableWrap}>
              <table
                className={`${styles.table} ${stacked.table}`}
                aria-label={intl.formatMessage({ id: 'apiClients.tableLabel' }, { employer: employer.name })}
              >
                <thead>
                  <tr>
                    <th scope="col">{column('name')}</th>
                    <th scope="col">{column('rights')}</th>
                    <th scope="col">{column('lastUsed')}</th>
                    <th scope="col">{column('status')}</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>{column('actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {clients.map((client) => (
                    <tr key={client.id}>
                      <th scope="row" className={stacked.lead}>
                        <span>
                          {client.name}
                          <span className={`${stacked.sub} ${styles.mono}`}>{client.id}</span>
                        </span>
                      </th>
                      <td data-label={column('rights')}>
                        {client.rights.length > 0 ? (
                          <ul className={page.rightsList}>
                            {client.rights.map((r) => (
                              <li key={r}>{intl.formatMessage({ id: `right.${r}` })}</li>
                            ))}
                          </ul>
                        ) : (
                          intl.formatMessage({ id: 'apiClients.noRights' })
                        )}
                      </td>
                      <td data-label={column('lastUsed')}>
                        {client.lastUsedAt ? format.moment(client.lastUsedAt) : intl.formatMessage({ id: 'apiClients.neverUsed' })}
                      </td>
                      <td data-label={column('status')}>
                        {client.disabledAt ? (
                          intl.formatMessage({ id: 'apiClients.status.disabled' }, { moment: format.moment(client.disabledAt) })
                        ) : (
                          <span>
                            {intl.formatMessage({ id: 'apiClients.status.active' })}
                            {client.previousSecretExpiresAt && new Date(client.previousSecretExpiresAt) > new Date() && (
                              <span className={stacked.sub}>
                                {intl.formatMessage(
                                  { id: 'apiClients.status.overlap' },
                                  { moment: format.moment(client.previousSecretExpiresAt) },
                                )}
                              </span>
                            )}
                          </span>
                        )}
                      </td>
                      <td className={stacked.actions}>
                        {!client.disabledAt && (
                          <>
                            <button
                              type="button"
                              className={styles.buttonSecondary}
                              aria-label={intl.formatMessage({ id: 'apiClients.rotateFor' }, { name: client.name })}
                              onClick={() => setPending({ kind: 'rotate', id: client.id, name: client.name })}
                            >
                              {intl.formatMessage({ id: 'apiClients.rotate' })}
                            </button>
                            <button
                              type="button"
                              className={styles.buttonDanger}
                              aria-label={intl.formatMessage({ id: 'apiClients.disableFor' }, { name: client.name })}
                              onClick={() => setPending({ kind: 'disable', id: client.id, name: client.name })}
                            >
                              {intl.formatMessage({ id: 'apiClients.disable' })}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <EmptyState title={intl.formatMessage({ id: 'apiClients.empty' })} />
          ))}
      </section>

      <CreateForm
        employerId={employer.id}
        onCreated={(created) => {
          setShown(created);
          setOutcome(null);
          reload();
        }}
      />

      <ConfirmDialog
        isOpen={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? intl.formatMessage({ id: `apiClients.${pending.kind}.title` }, { name: pending.name }) : ''}
        confirmLabel={pending ? intl.formatMessage({ id: `apiClients.${pending.kind}.confirm` }) : ''}
        busyLabel={pending ? intl.formatMessage({ id: `apiClients.${pending.kind}.busy` }) : ''}
        tone={pending?.kind === 'disable' ? 'danger' : 'primary'}
        onConfirm={confirmPending}
      >
        {pending && <p>{intl.formatMessage({ id: `apiClients.${pending.kind}.body` })}</p>}
      </ConfirmDialog>
    </div>
  );
}

/** The new secret, shown once, with the client ID and a copy button. */
function SecretPanel({ shown, onDone }: { shown: Shown; onDone: () => void }) {
  const intl = useIntl();
  const ids = useId();
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'apiClients.secret.title' }, { name: shown.name })}
      </h2>
      <Notice tone="warning">{intl.formatMessage({ id: 'apiClients.secret.warning' })}</Notice>
      <dl className={styles.details}>
        <dt>{intl.formatMessage({ id: 'apiClients.secret.clientId' })}</dt>
        <dd className={`${styles.mono} ${page.secret}`}>{shown.clientId}</dd>
        <dt>{intl.formatMessage({ id: 'apiClients.secret.secret' })}</dt>
        <dd className={`${styles.mono} ${page.secret}`} data-testid="client-secret">
          {shown.secret}
        </dd>
      </dl>
      <div className={page.secretActions}>
        <button type="button" className={styles.button} onClick={() => void copySecret()}>
          {intl.formatMessage({ id: 'apiClients.secret.copy' })}
        </button>
        <button type="button" className={styles.buttonSecondary} onClick={onDone}>
          {intl.formatMessage({ id: 'apiClients.secret.done' })}
        </button>
      </div>
      {copy && (
        <p role="status" className={styles.small}>
          {intl.formatMessage({ id: `apiClients.secret.${copy}` })}
        </p>
      )}
    </section>
  );
}

/** Nieuwe koppeling: a name and the rights the staff user holds, for this employer. */
function CreateForm({ employerId, onCreated }: { employerId: string; onCreated: (shown: Shown) => void }) {
  const intl = useIntl();
  const ids = useId();
  const held = useRights();
  const offered = RIGHTS.filter((r) => held.has(r));
  const [name, setName] = useState('');
  const [rights, setRights] = useState<ReadonlySet<Right>>(new Set());
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, create] = useMutation(createApiClientMutation);

  const submit = async () => {
    setFailure(null);
    if (name.trim() === '') {
      setNameError(intl.formatMessage({ id: 'apiClients.create.nameRequired' }));
      return;
    }
    const { data, error } = await create({
      input: { name: name.trim(), employerId, rights: offered.filter((r) => rights.has(r)) },
    });
    const payload = data?.createApiClient;
    const problem = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (problem || !payload?.apiClient || !payload.clientSecret) {
      setFailure(problem ?? 'error.generic');
      return;
    }
    onCreated({ clientId: payload.apiClient.id, name: payload.apiClient.name, secret: payload.clientSecret });
    setName('');
    setRights(new Set());
  };

  const toggle = (r: Right, on: boolean) => {
    const next = new Set(rights);
    if (on) next.add(r);
    else next.delete(r);
    setRights(next);
  };

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.cardTitle}>
        {intl.formatMessage({ id: 'apiClients.create.title' })}
      </h2>
      <Form
        className={page.form}
        validationErrors={nameError ? { name: nameError } : {}}
        onSubmit={(event) => {
          event.preventDefault();
          if (!fetching) void submit();
        }}
      >
        <TextField
          className={styles.field}
          name="name"
          value={name}
          maxLength={200}
          onChange={(next) => {
            setName(next);
            setNameError(null);
          }}
          isRequired
          validationBehavior="aria"
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'apiClients.create.name' })}</Label>
          <Input className={styles.input} autoComplete="off" />
          <Text slot="description" className={styles.description}>
            {intl.formatMessage({ id: 'apiClients.create.nameHint' })}
          </Text>
          <FieldError className={styles.fieldError} />
        </TextField>
        <fieldset className={page.rights} aria-describedby={`${ids}-rights-hint`}>
          <legend className={styles.label}>{intl.formatMessage({ id: 'apiClients.create.rights' })}</legend>
          {offered.map((r) => (
            <Checkbox key={r} className={styles.choice} isSelected={rights.has(r)} onChange={(on) => toggle(r, on)}>
              {({ isSelected }) => (
                <>
                  <span className={styles.box} aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {intl.formatMessage({ id: `right.${r}` })}
                </>
              )}
            </Checkbox>
          ))}
        </fieldset>
        <p id={`${ids}-rights-hint`} className={styles.description} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'apiClients.create.rightsHint' })}
        </p>
        {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
        <div>
          <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'apiClients.create.busy' })}>
            {intl.formatMessage({ id: 'apiClients.create.submit' })}
          </BusyButton>
        </div>
      </Form>
    </section>
  );
}
