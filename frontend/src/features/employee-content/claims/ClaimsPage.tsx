import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useClient, useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { DateInput } from '../../../components/ui/DateInput';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { readFragment } from '../../../gql';
import type { MessageId } from '../../../i18n/catalogue';
import { todayIso } from '../../../lib/format/dates';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { formatEuro } from '../format';
import { PortalPage } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { myClaimFragment, myClaimsQuery, submitClaimMutation, uploadClaimReceiptMutation, withdrawClaimMutation } from './claims.graphql';
import { parseDecimal } from './decimal';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';

type Data = ResultOf<typeof myClaimsQuery>;
type Component = Data['myClaimOptions']['components'][number];
type Claim = ResultOf<typeof myClaimFragment>;

/**
 * /werknemer/declaraties (R36): *Declaratie indienen* — a component, the date, kilometres or an amount
 * (a decimal comma), a description and receipts (photos from the phone's camera or PDFs, only with
 * Dossiervorming) — and the employee's claims with their status; a submitted claim can be withdrawn.
 */
export default function ClaimsPage() {
  return <PortalPage feature="EXPENSE_CLAIMS">{() => <Claims />}</PortalPage>;
}

function Claims() {
  const intl = useIntl();
  useDocumentTitle('employeeClaims.title');
  const [{ data, fetching, error }, refetch] = useQuery({ query: myClaimsQuery, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeClaims.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeClaims.intro' })}</p>
      </header>
      {!data && fetching && <PageStatus messageId="employeeClaims.loading" />}
      {!data && error && <QueryFailure error={error} feature="EXPENSE_CLAIMS" />}
      {data && (
        <>
          {data.myClaimOptions.components.length === 0 ? (
            <p className={styles.notice}>{intl.formatMessage({ id: 'employeeClaims.noComponents' })}</p>
          ) : (
            <ClaimForm options={data.myClaimOptions} onSent={reload} />
          )}
          <MyClaims claims={data.myClaims.map((c) => readFragment(myClaimFragment, c))} onChanged={reload} />
        </>
      )}
    </div>
  );
}

function ClaimForm({ options, onSent }: { options: Data['myClaimOptions']; onSent: () => void }) {
  const intl = useIntl();
  const client = useClient();
  const ids = useId();
  const today = todayIso();
  const [componentId, setComponentId] = useState(options.components[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [quantity, setQuantity] = useState('');
  const [description, setDescription] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [sent, setSent] = useState(false);
  const component: Component | undefined = options.components.find((c) => c.id === componentId);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !component) return;
    setFailure(null);
    setFieldError(null);
    setSent(false);
    const number = component.kind === 'FIXED' ? 0 : parseDecimal(quantity);
    if (number === null || (component.kind !== 'FIXED' && number <= 0)) {
      setFieldError({ field: 'quantity', message: intl.formatMessage({ id: 'employeeClaims.quantity.format' }) });
      return;
    }
    if (component.receiptRequired && files.length === 0) {
      setFieldError({ field: 'receipts', message: intl.formatMessage({ id: 'error.CLAIM_RECEIPT_REQUIRED' }) });
      return;
    }
    if (files.some((f) => f.size > options.maxReceiptBytes)) {
      setFieldError({ field: 'receipts', message: intl.formatMessage({ id: 'error.FILE_TOO_LARGE' }) });
      return;
    }
    setBusy(true);
    try {
      const receiptIds: string[] = [];
      for (const file of files) {
        const up = await client.mutation(uploadClaimReceiptMutation, { input: { file } }).toPromise();
        const id = up.data?.uploadClaimReceipt.receipt?.id;
        const failed = messageIdForMutationFailure({ error: up.error, userErrors: up.data?.uploadClaimReceipt.userErrors });
        if (failed || !id) {
          setFieldError({ field: 'receipts', message: intl.formatMessage({ id: failed ?? 'error.generic' }) });
          return;
        }
        receiptIds.push(id);
      }
      const result = await client
        .mutation(submitClaimMutation, {
          input: {
            componentId: component.id,
            date,
            description,
            receiptIds,
            ...(component.kind === 'KILOMETRES' ? { kilometres: number } : {}),
            ...(component.kind === 'RECEIPT' ? { amount: number } : {}),
          },
        })
        .toPromise();
      const userErrors = result.data?.submitClaim.userErrors;
      const failed = messageIdForMutationFailure({ error: result.error, userErrors });
      if (failed || !result.data?.submitClaim.claim) {
        const field = userErrors?.[0]?.field?.at(-1);
        if (failed && field === 'date') setFieldError({ field: 'date', message: intl.formatMessage({ id: failed }) });
        else setFailure(failed ?? 'error.generic');
        return;
      }
      setQuantity('');
      setDescription('');
      setFiles([]);
      setSent(true);
      onSent();
    } finally {
      setBusy(false);
    }
  };

  const quantityLabel =
    component?.kind === 'KILOMETRES' ? 'employeeClaims.kilometres' : component?.kind === 'RECEIPT' ? 'employeeClaims.amount' : null;
  return (
    <section className={styles.card} aria-labelledby="claim-form">
      <h2 id="claim-form" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeClaims.form.title' })}
      </h2>
      <Alert messageId={failure} takeFocus />
      {sent && (
        <p role="status" className={styles.saved}>
          {intl.formatMessage({ id: 'employeeClaims.sent' })}
        </p>
      )}
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fieldError ? { [fieldError.field]: fieldError.message } : {}}
        onSubmit={(event) => void submit(event)}
        aria-labelledby="claim-form"
      >
        <div className={forms.field}>
          <label htmlFor={`${ids}-component`} className={forms.label}>
            {intl.formatMessage({ id: 'employeeClaims.component' })}
          </label>
          <select
            id={`${ids}-component`}
            className={styles.select}
            value={componentId}
            onChange={(event) => {
              setComponentId(event.target.value);
              setFieldError(null);
            }}
          >
            {options.components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {component && <p className={forms.description}>{describe(intl, component)}</p>}
        </div>
        <DateInput
          name="date"
          label={intl.formatMessage({ id: 'employeeClaims.date' })}
          value={date}
          error={fieldError?.field === 'date' ? fieldError.message : undefined}
          calendar={{ max: today }}
          onChange={(value) => {
            setDate(value);
            setFieldError(null);
          }}
        />
        {quantityLabel && (
          <TextInputField
            name="quantity"
            label={intl.formatMessage({ id: quantityLabel })}
            description={intl.formatMessage({ id: 'employeeClaims.quantity.help' })}
            inputMode="decimal"
            autoComplete="off"
            value={quantity}
            onChange={(value) => {
              setQuantity(value);
              setFieldError(null);
            }}
          />
        )}
        <TextInputField
          name="description"
          label={intl.formatMessage({ id: 'employeeClaims.description' })}
          maxLength={500}
          value={description}
          onChange={setDescription}
        />
        {options.receiptsAllowed ? (
          <div className={forms.field}>
            <label htmlFor={`${ids}-receipts`} className={forms.label}>
              {intl.formatMessage({ id: component?.receiptRequired ? 'employeeClaims.receipts.required' : 'employeeClaims.receipts' })}
            </label>
            <input
              id={`${ids}-receipts`}
              name="receipts"
              type="file"
              multiple
              accept="image/*,application/pdf"
              capture="environment"
              aria-describedby={`${ids}-receipts-help${fieldError?.field === 'receipts' ? ` ${ids}-receipts-error` : ''}`}
              aria-invalid={fieldError?.field === 'receipts' || undefined}
              onChange={(event) => {
                setFiles(Array.from(event.target.files ?? []).slice(0, options.maxReceipts));
                setFieldError(null);
              }}
            />
            <p id={`${ids}-receipts-help`} className={forms.description}>
              {intl.formatMessage({ id: 'employeeClaims.receipts.help' })}
            </p>
            {fieldError?.field === 'receipts' && (
              <p id={`${ids}-receipts-error`} className={forms.fieldError}>
                {fieldError.message}
              </p>
            )}
          </div>
        ) : (
          <p className={forms.description}>{intl.formatMessage({ id: 'employeeClaims.receipts.unavailable' })}</p>
        )}
        <BusyButton type="submit" className={forms.primaryButton} isBusy={busy} busyLabel={intl.formatMessage({ id: 'employeeClaims.sending' })}>
          {intl.formatMessage({ id: 'employeeClaims.submit' })}
        </BusyButton>
      </Form>
    </section>
  );
}

function describe(intl: ReturnType<typeof useIntl>, c: Component): string {
  const rate = formatEuro(intl, Math.round(c.rate * 100));
  if (c.kind === 'KILOMETRES') return intl.formatMessage({ id: 'employeeClaims.rate.km' }, { rate });
  if (c.kind === 'FIXED') return intl.formatMessage({ id: 'employeeClaims.rate.fixed' }, { rate });
  return intl.formatMessage({ id: 'employeeClaims.rate.receipt' });
}

function MyClaims({ claims, onChanged }: { claims: Claim[]; onChanged: () => void }) {
  const intl = useIntl();
  const [{ fetching }, withdraw] = useMutation(withdrawClaimMutation);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const remove = async (id: string) => {
    setFailure(null);
    const { data, error } = await withdraw({ input: { id } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.withdrawClaim.userErrors });
    if (failed) setFailure(failed);
    onChanged();
  };
  return (
    <section className={styles.card} aria-labelledby="my-claims">
      <h2 id="my-claims" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeClaims.mine' })}
      </h2>
      <Alert messageId={failure} takeFocus />
      {claims.length === 0 ? (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeClaims.none' })}</p>
      ) : (
        <ul className={styles.featureList}>
          {claims.map((c) => (
            <li key={c.id} aria-label={`${c.componentName} ${c.date}`}>
              <p className={styles.strong}>
                {c.componentName} — {formatEuro(intl, Math.round(c.amount * 100))}
              </p>
              <p className={styles.muted}>
                {intl.formatDate(c.date, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}
                {c.kilometres != null && ` · ${intl.formatMessage({ id: 'employeeClaims.km' }, { km: intl.formatNumber(c.kilometres) })}`}
                {c.description && ` · ${c.description}`}
                {c.receipts.length > 0 && ` · ${intl.formatMessage({ id: 'employeeClaims.receiptCount' }, { count: c.receipts.length })}`}
              </p>
              <p>
                {c.status === 'PROCESSED' && c.payrollPeriod
                  ? intl.formatMessage({ id: 'employeeClaims.processedIn' }, { period: c.payrollPeriod })
                  : intl.formatMessage({ id: `employeeClaims.status.${c.status}` })}
                {c.status === 'REJECTED' && c.decisionComment && ` — ${c.decisionComment}`}
              </p>
              {c.status === 'SUBMITTED' && (
                <BusyButton
                  className={styles.secondaryButton}
                  isBusy={fetching}
                  busyLabel={intl.formatMessage({ id: 'employeeClaims.withdrawing' })}
                  onClick={() => void remove(c.id)}
                  aria-label={intl.formatMessage({ id: 'employeeClaims.withdraw.label' }, { name: c.componentName, date: c.date })}
                >
                  {intl.formatMessage({ id: 'employeeClaims.withdraw' })}
                </BusyButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
