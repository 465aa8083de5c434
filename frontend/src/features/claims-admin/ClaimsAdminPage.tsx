import { useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { SelectField } from '../../components/ui/SelectField';
import type { ClaimComponentKind } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useDownload } from '../../lib/download/useDownload';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { useRights } from '../auth';
import { useEmployer } from '../employers';
import { claimComponentsQuery, claimQueueQuery, decideClaimsMutation, saveClaimComponentMutation } from './claimsAdmin.graphql';
import forms from '../../components/forms.module.css';
import ui from '../../components/ui/ui.module.css';

const KINDS: ClaimComponentKind[] = ['KILOMETRES', 'FIXED', 'RECEIPT'];

function euro(intl: ReturnType<typeof useIntl>, amount: number): string {
  return intl.formatNumber(amount, { style: 'currency', currency: 'EUR' });
}

/** Reads 0,23 or 0.23 as a number; null when it is not one. */
function parseRate(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * /beheer/werkgevers/:id/declaraties (R36): the claimable components (MANAGE_HR_SETTINGS), with the
 * year's tax-free rate per kilometre as information, and the claims the handler may decide on their
 * route (HANDLE_REQUESTS, R34), with their receipts.
 */
export default function ClaimsAdminPage() {
  const intl = useIntl();
  const rights = useRights();
  useDocumentTitle('claimsAdmin.title');
  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <h1 className={ui.title}>{intl.formatMessage({ id: 'claimsAdmin.title' })}</h1>
      </header>
      {rights.has('HANDLE_REQUESTS') && <ClaimQueue />}
      {rights.has('MANAGE_HR_SETTINGS') && <Components />}
    </div>
  );
}

function Components() {
  const intl = useIntl();
  const employer = useEmployer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: claimComponentsQuery, variables: { employerId: employer.id } });
  const [{ fetching: saving }, save] = useMutation(saveClaimComponentMutation);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ClaimComponentKind>('KILOMETRES');
  const [rate, setRate] = useState('');
  const [receipt, setReceipt] = useState(false);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [rateError, setRateError] = useState<string | null>(null);
  const page = data?.claimComponents;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setRateError(null);
    const value = kind === 'RECEIPT' ? 0 : parseRate(rate);
    if (value === null || (kind !== 'RECEIPT' && value <= 0)) {
      setRateError(intl.formatMessage({ id: 'claimsAdmin.rate.format' }));
      return;
    }
    const result = await save({ input: { employerId: employer.id, name, kind, rate: value, receiptRequired: receipt, active: true } });
    const failed = messageIdForMutationFailure({ error: result.error, userErrors: result.data?.saveClaimComponent.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    setName('');
    setRate('');
    setReceipt(false);
    refetch({ requestPolicy: 'network-only' });
  };

  const toggle = async (c: NonNullable<typeof page>['components'][number]) => {
    const result = await save({
      input: { employerId: employer.id, id: c.id, name: c.name, kind: c.kind, rate: c.rate, receiptRequired: c.receiptRequired, active: !c.active },
    });
    setFailure(messageIdForMutationFailure({ error: result.error, userErrors: result.data?.saveClaimComponent.userErrors }));
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <section className={ui.card} aria-labelledby="claim-components">
      <h2 id="claim-components" className={ui.cardTitle}>
        {intl.formatMessage({ id: 'claimsAdmin.components' })}
      </h2>
      {!data && fetching && <PageStatus />}
      {error && <Alert messageId={messageIdForCombinedError(error)} />}
      {page && (
        <>
          {page.taxFreeKmRate != null && (
            <p className={ui.muted}>
              {intl.formatMessage({ id: 'claimsAdmin.taxFree' }, { year: page.taxFreeYear, rate: euro(intl, page.taxFreeKmRate) })}
            </p>
          )}
          {!page.documentsActive && <p className={ui.muted}>{intl.formatMessage({ id: 'claimsAdmin.noDocuments' })}</p>}
          {page.components.length === 0 ? (
            <p className={ui.muted}>{intl.formatMessage({ id: 'claimsAdmin.components.none' })}</p>
          ) : (
            <ul className={ui.stack}>
              {page.components.map((c) => (
                <li key={c.id} className={ui.spread}>
                  <span>
                    <strong>{c.name}</strong> — {intl.formatMessage({ id: `claimsAdmin.kind.${c.kind}` })}
                    {c.kind !== 'RECEIPT' && ` · ${euro(intl, c.rate)}`}
                    {c.receiptRequired && ` · ${intl.formatMessage({ id: 'claimsAdmin.receiptRequired' })}`}
                    {!c.active && ` · ${intl.formatMessage({ id: 'claimsAdmin.inactive' })}`}
                  </span>
                  <button type="button" className={ui.buttonSecondary} onClick={() => void toggle(c)}>
                    {intl.formatMessage({ id: c.active ? 'claimsAdmin.deactivate' : 'claimsAdmin.activate' }, { name: c.name })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3 className={ui.sectionTitle}>{intl.formatMessage({ id: 'claimsAdmin.add' })}</h3>
      <Alert messageId={failure} takeFocus />
      <Form className={forms.form} validationBehavior="aria" validationErrors={rateError ? { rate: rateError } : {}} onSubmit={(e) => void submit(e)}>
        <TextInputField name="name" label={intl.formatMessage({ id: 'claimsAdmin.name' })} isRequired maxLength={100} value={name} onChange={setName} />
        <SelectField
          label={intl.formatMessage({ id: 'claimsAdmin.kind' })}
          options={KINDS.map((k) => ({ id: k, label: intl.formatMessage({ id: `claimsAdmin.kind.${k}` }) }))}
          value={kind}
          onChange={setKind}
        />
        {kind !== 'RECEIPT' && (
          <TextInputField
            name="rate"
            label={intl.formatMessage({ id: kind === 'KILOMETRES' ? 'claimsAdmin.rate.km' : 'claimsAdmin.rate.fixed' })}
            inputMode="decimal"
            value={rate}
            onChange={(v) => {
              setRate(v);
              setRateError(null);
            }}
          />
        )}
        <Checkbox isSelected={receipt} onChange={setReceipt} className={forms.field}>
          {intl.formatMessage({ id: 'claimsAdmin.receiptRequired' })}
        </Checkbox>
        <BusyButton type="submit" className={forms.primaryButton} isBusy={saving} busyLabel={intl.formatMessage({ id: 'claimsAdmin.saving' })}>
          {intl.formatMessage({ id: 'claimsAdmin.save' })}
        </BusyButton>
      </Form>
    </section>
  );
}

function ClaimQueue() {
  const intl = useIntl();
  const employer = useEmployer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: claimQueueQuery, variables: { employerId: employer.id, status: 'OPEN' } });
  const [{ fetching: deciding }, decide] = useMutation(decideClaimsMutation);
  const { download, failure: downloadFailure } = useDownload();
  const [comments, setComments] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const act = async (id: string, accept: boolean, who: string) => {
    setFailure(null);
    setDone(null);
    const result = await decide({ input: { ids: [id], accept, comment: comments[id] ?? '' } });
    const payload = result.data?.decideClaims;
    const failed = messageIdForMutationFailure({ error: result.error, userErrors: payload?.userErrors?.length ? payload.userErrors : payload?.results[0]?.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    setDone(intl.formatMessage({ id: accept ? 'claimsAdmin.approved' : 'claimsAdmin.rejected' }, { name: who }));
    refetch({ requestPolicy: 'network-only' });
  };

  const items = data?.claimQueue ?? [];
  return (
    <section className={ui.card} aria-labelledby="claim-queue">
      <h2 id="claim-queue" className={ui.cardTitle}>
        {intl.formatMessage({ id: 'claimsAdmin.queue' })}
      </h2>
      {!data && fetching && <PageStatus />}
      {error && <Alert messageId={messageIdForCombinedError(error)} />}
      <Alert messageId={failure ?? downloadFailure} takeFocus />
      {done && (
        <p role="status" className={ui.muted}>
          {done}
        </p>
      )}
      {data && items.length === 0 && <p className={ui.muted}>{intl.formatMessage({ id: 'claimsAdmin.queue.none' })}</p>}
      <ul className={ui.stack}>
        {items.map(({ claim: c, personName }) => (
          <li key={c.id} className={ui.card} aria-label={`${personName} — ${c.componentName}`}>
            <p>
              <strong>{personName}</strong> — {c.componentName} — {euro(intl, c.amount)}
            </p>
            <p className={ui.muted}>
              {intl.formatDate(c.date, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}
              {c.kilometres != null && ` · ${intl.formatNumber(c.kilometres)} km`}
              {c.description && ` · ${c.description}`}
            </p>
            {c.receipts.length > 0 && (
              <p>
                {c.receipts.map((r) => (
                  <button key={r.id} type="button" className={ui.buttonGhost} onClick={() => void download(r.url, r.fileName)}>
                    {intl.formatMessage({ id: 'claimsAdmin.receipt' }, { name: r.fileName })}
                  </button>
                ))}
              </p>
            )}
            <TextInputField
              label={intl.formatMessage({ id: 'claimsAdmin.comment' }, { name: personName })}
              value={comments[c.id] ?? ''}
              maxLength={500}
              onChange={(v) => setComments((all) => ({ ...all, [c.id]: v }))}
            />
            <div className={ui.row}>
              <BusyButton className={ui.button} isBusy={deciding} busyLabel={intl.formatMessage({ id: 'claimsAdmin.deciding' })} onClick={() => void act(c.id, true, personName)}>
                {intl.formatMessage({ id: 'claimsAdmin.approve' })}
              </BusyButton>
              <BusyButton className={ui.buttonDanger} isBusy={deciding} busyLabel={intl.formatMessage({ id: 'claimsAdmin.deciding' })} onClick={() => void act(c.id, false, personName)}>
                {intl.formatMessage({ id: 'claimsAdmin.reject' })}
              </BusyButton>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
