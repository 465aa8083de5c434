import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Notice } from '../../components/ui/Notice';
import type { InsuranceKind, InsuranceLevelInput, InsuranceScope } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { useStaffViewer } from '../auth';
import { useEmployer } from '../employers';
import {
  createInsuranceOfferMutation,
  deleteInsuranceOfferMutation,
  insuranceOffersAdminQuery,
  updateInsuranceOfferMutation,
} from './insuranceOffers.graphql';
import page from './InsuranceOffers.module.css';

type Offer = NonNullable<ResultOf<typeof insuranceOffersAdminQuery>['insuranceOffers']>[number];

const KINDS: InsuranceKind[] = ['SUPPLEMENTARY_HEALTH', 'DISABILITY_GAP', 'LIABILITY', 'TRAVEL', 'OTHER'];
const LEVEL_PARAM = 'administratiekantoor';

interface Draft {
  insurer: string;
  kind: InsuranceKind;
  discountText: string;
  discountPercentage: string;
  premium: string;
  conditions: string;
  url: string;
}

const EMPTY: Draft = { insurer: '', kind: 'SUPPLEMENTARY_HEALTH', discountText: '', discountPercentage: '', premium: '', conditions: '', url: 'https://' };

/** A Dutch or English decimal ("12,50", "12.50"), or null for empty; NaN when not a number. */
export function parseDecimal(value: string): number | null {
  const v = value.trim().replace(/\s/g, '');
  if (v === '') return null;
  const normal = /,\d{1,2}$/.test(v) ? v.replace(/\./g, '').replace(',', '.') : v.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

function draftOf(o: Offer): Draft {
  return {
    insurer: o.insurer,
    kind: o.kind,
    discountText: o.discountText,
    discountPercentage: o.discountPercentage == null ? '' : String(o.discountPercentage),
    premium: o.monthlyPremiumFromCents == null ? '' : (o.monthlyPremiumFromCents / 100).toFixed(2),
    conditions: o.conditions,
    url: o.url,
  };
}

/**
 * Verzekeringen (R40): the collective insurance offers of one employer, or (for a provider user) of the
 * provider for all its employers; publish, change and delete. Needs MANAGE_HR_SETTINGS.
 */
export default function InsuranceOffersPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const viewer = useStaffViewer();
  useDocumentTitle('insuranceOffers.title');
  const [params, setParams] = useSearchParams();
  const canProvider = viewer.scope === 'PROVIDER';
  const scope: InsuranceScope = canProvider && params.get('niveau') === LEVEL_PARAM ? 'PROVIDER' : 'EMPLOYER';
  const level = useMemo<InsuranceLevelInput>(() => (scope === 'EMPLOYER' ? { scope, employerId: employer.id } : { scope }), [scope, employer.id]);
  const [result, reexecute] = useQuery({ query: insuranceOffersAdminQuery, variables: { level }, requestPolicy: 'cache-and-network' });
  const offers = result.data?.insuranceOffers;
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Offer | null>(null);
  const [done, setDone] = useState<MessageId | null>(null);
  const [, remove] = useMutation(deleteInsuranceOfferMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'insuranceOffers.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'insuranceOffers.intro' })}</p>
      </header>

      {canProvider && (
        <section className={styles.card}>
          <RadioGroup
            className={styles.choiceGroup}
            value={scope}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value === 'PROVIDER') next.set('niveau', LEVEL_PARAM);
              else next.delete('niveau');
              setParams(next, { replace: true });
              setEditing(null);
            }}
          >
            <Label className={styles.label}>{intl.formatMessage({ id: 'insuranceOffers.level.label' })}</Label>
            <div className={styles.choices}>
              <Radio value="EMPLOYER" className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: 'insuranceOffers.level.EMPLOYER' }, { employer: employer.name })}
              </Radio>
              <Radio value="PROVIDER" className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: 'insuranceOffers.level.PROVIDER' }, { provider: employer.provider.name })}
              </Radio>
            </div>
          </RadioGroup>
        </section>
      )}

      {done && <Notice tone="success">{intl.formatMessage({ id: done })}</Notice>}
      {result.error && !offers && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!offers && !result.error && <PageStatus />}

      {offers && (
        <section className={styles.card} aria-labelledby="insurance-list">
          <div className={styles.spread}>
            <h2 id="insurance-list" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'insuranceOffers.list' })}
            </h2>
            {editing === null && (
              <button
                type="button"
                className={styles.button}
                onClick={() => {
                  setDone(null);
                  setEditing('new');
                }}
              >
                {intl.formatMessage({ id: 'insuranceOffers.new' })}
              </button>
            )}
          </div>
          {offers.length === 0 ? (
            <p className={styles.muted}>{intl.formatMessage({ id: 'insuranceOffers.empty' })}</p>
          ) : (
            <ul className={page.list}>
              {offers.map((o) => (
                <li key={o.id} className={page.item}>
                  <div>
                    <p className={page.name}>{o.insurer}</p>
                    <p className={styles.small}>
                      {intl.formatMessage({ id: `insuranceOffers.kind.${o.kind}` })}
                      {o.monthlyPremiumFromCents != null &&
                        ` · ${intl.formatMessage(
                          { id: 'insuranceOffers.premium' },
                          { amount: intl.formatNumber(o.monthlyPremiumFromCents / 100, { style: 'currency', currency: 'EUR' }) },
                        )}`}
                    </p>
                  </div>
                  <div className={page.actions}>
                    <button
                      type="button"
                      className={styles.buttonSecondary}
                      aria-label={`${intl.formatMessage({ id: 'insuranceOffers.change' })}: ${o.insurer}`}
                      onClick={() => {
                        setDone(null);
                        setEditing(o);
                      }}
                    >
                      {intl.formatMessage({ id: 'insuranceOffers.change' })}
                    </button>
                    <button
                      type="button"
                      className={styles.buttonDanger}
                      aria-label={`${intl.formatMessage({ id: 'insuranceOffers.delete' })}: ${o.insurer}`}
                      onClick={() => setDeleting(o)}
                    >
                      {intl.formatMessage({ id: 'insuranceOffers.delete' })}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {editing !== null && (
        <OfferForm
          key={editing === 'new' ? 'new' : editing.id}
          level={level}
          offer={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setDone('insuranceOffers.saved');
            refresh();
          }}
        />
      )}

      <ConfirmDialog
        isOpen={deleting !== null}
        onClose={() => setDeleting(null)}
        title={intl.formatMessage({ id: 'insuranceOffers.delete' })}
        confirmLabel={intl.formatMessage({ id: 'insuranceOffers.delete' })}
        busyLabel={intl.formatMessage({ id: 'insuranceOffers.deleting' })}
        tone="danger"
        onConfirm={async () => {
          if (!deleting) return null;
          const { data, error } = await remove({ input: { id: deleting.id } });
          const failed = messageIdForMutationFailure({ error, userErrors: data?.deleteInsuranceOffer.userErrors });
          if (failed) return failed;
          setDone('insuranceOffers.deleted');
          refresh();
          return null;
        }}
      >
        <p>{intl.formatMessage({ id: 'insuranceOffers.delete.confirm' }, { insurer: deleting?.insurer ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}

type Field = keyof Draft;

const FIELD_OF: Record<string, Field> = {
  insurer: 'insurer',
  kind: 'kind',
  discountText: 'discountText',
  discountPercentage: 'discountPercentage',
  monthlyPremiumFromCents: 'premium',
  conditions: 'conditions',
  url: 'url',
};

function OfferForm({ level, offer, onCancel, onSaved }: { level: InsuranceLevelInput; offer: Offer | null; onCancel: () => void; onSaved: () => void }) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(offer ? draftOf(offer) : EMPTY);
  const [failure, setFailure] = useState<{ message: MessageId; field: Field | null } | null>(null);
  const [{ fetching: creating }, create] = useMutation(createInsuranceOfferMutation);
  const [{ fetching: updating }, update] = useMutation(updateInsuranceOfferMutation);
  const busy = creating || updating;
  const set = (f: Field) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [f]: e.target.value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const pct = parseDecimal(draft.discountPercentage);
    const premium = parseDecimal(draft.premium);
    if (Number.isNaN(pct)) return setFailure({ message: 'insuranceOffers.field.invalidNumber', field: 'discountPercentage' });
    if (Number.isNaN(premium)) return setFailure({ message: 'insuranceOffers.field.invalidNumber', field: 'premium' });
    const fields = {
      insurer: draft.insurer,
      kind: draft.kind,
      discountText: draft.discountText,
      conditions: draft.conditions,
      url: draft.url.trim(),
      ...(pct !== null ? { discountPercentage: pct } : {}),
      ...(premium !== null ? { monthlyPremiumFromCents: Math.round(premium * 100) } : {}),
    };
    const outcome = offer
      ? await update({ input: { id: offer.id, offer: fields } }).then(({ data, error }) => ({ error, userErrors: data?.updateInsuranceOffer.userErrors }))
      : await create({ input: { level, offer: fields } }).then(({ data, error }) => ({ error, userErrors: data?.createInsuranceOffer.userErrors }));
    const failed = messageIdForMutationFailure(outcome);
    if (failed) {
      const path = outcome.userErrors?.[0]?.field ?? [];
      setFailure({ message: failed, field: FIELD_OF[path[path.length - 1] ?? ''] ?? null });
      return;
    }
    onSaved();
  };

  const field = (f: Field, label: MessageId, input: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => React.ReactNode) => {
    const invalid = failure?.field === f;
    return (
      <div className={styles.field}>
        <label htmlFor={`${id}-${f}`} className={styles.label}>
          {intl.formatMessage({ id: label })}
        </label>
        {input({ id: `${id}-${f}`, ...(invalid ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}) })}
      </div>
    );
  };

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.cardTitle}>
        {offer ? intl.formatMessage({ id: 'insuranceOffers.edit' }, { insurer: offer.insurer }) : intl.formatMessage({ id: 'insuranceOffers.new' })}
      </h2>
      <form className={page.form} onSubmit={(e) => void submit(e)} noValidate>
        {failure && <Alert id={`${id}-error`} messageId={failure.message} takeFocus />}
        {field('insurer', 'insuranceOffers.field.insurer', (p) => (
          <input {...p} className={styles.input} value={draft.insurer} maxLength={100} onChange={set('insurer')} required />
        ))}
        {field('kind', 'insuranceOffers.field.kind', (p) => (
          <select {...p} className={styles.input} value={draft.kind} onChange={set('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage({ id: `insuranceOffers.kind.${k}` })}
              </option>
            ))}
          </select>
        ))}
        {field('discountText', 'insuranceOffers.field.discountText', (p) => (
          <input {...p} className={styles.input} value={draft.discountText} maxLength={200} onChange={set('discountText')} />
        ))}
        {field('discountPercentage', 'insuranceOffers.field.discountPercentage', (p) => (
          <input {...p} className={styles.input} inputMode="decimal" value={draft.discountPercentage} onChange={set('discountPercentage')} />
        ))}
        {field('premium', 'insuranceOffers.field.premium', (p) => (
          <input {...p} className={styles.input} inputMode="decimal" value={draft.premium} onChange={set('premium')} />
        ))}
        {field('conditions', 'insuranceOffers.field.conditions', (p) => (
          <textarea {...p} className={styles.textarea} rows={4} maxLength={2000} value={draft.conditions} onChange={set('conditions')} />
        ))}
        {field('url', 'insuranceOffers.field.url', (p) => (
          <input {...p} className={styles.input} type="url" inputMode="url" value={draft.url} maxLength={500} onChange={set('url')} required />
        ))}
        <div className={page.actions}>
          <button type="submit" className={styles.button} data-busy={busy || undefined}>
            {intl.formatMessage({ id: offer ? 'insuranceOffers.save' : 'insuranceOffers.publish' })}
          </button>
          <button type="button" className={styles.buttonSecondary} onClick={onCancel}>
            {intl.formatMessage({ id: 'insuranceOffers.cancel' })}
          </button>
        </div>
      </form>
    </section>
  );
}
