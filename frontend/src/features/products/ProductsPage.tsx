import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Switch } from 'react-aria-components';
import { useClient, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import { useHasRight } from '../auth';
import styles from '../../components/ui/ui.module.css';
import { useEmployer, VariantBadge } from '../employers';
import { explainVariant, groupCatalogue, GROUPS, switchBlock, type CatalogueProduct } from './catalogue';
import { activateProductMutation, deactivateProductMutation, productsQuery } from './products.graphql';
import page from './ProductsPage.module.css';

/**
 * Beheer → Werkgever → Producten (R19–R21): the catalogue grouped Start / Plus / Pro / supporting
 * with a switch per product, the variant as it follows from what is active (live, with why),
 * advisories about missing supporting products, and the addendum message while MijnLoket cannot be
 * activated yet.
 */
export default function ProductsPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const client = useClient();
  const canManage = useHasRight('MANAGE_PRODUCTS');
  useDocumentTitle('products.title');
  const [result] = useQuery({ query: productsQuery, variables: { employerId: employer.id } });
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<{ code: string; message: MessageId } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const catalogue = result.data?.products;
  const state = result.data?.employer;
  if (!catalogue || !state) {
    if (result.error) {
      return (
        <div className={styles.page}>
          <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>
        </div>
      );
    }
    return <PageStatus />;
  }

  const en = intl.locale.startsWith('en');
  const nameOf = (p: { nameNl: string; nameEn: string }) => (en ? p.nameEn : p.nameNl);
  const byCode = new Map(catalogue.map((p) => [p.code, p]));
  const activeCodes = new Set(state.activeProducts.map((p) => p.code));
  const active = catalogue.filter((p) => activeCodes.has(p.code));
  const mijnLoketActive = active.some((p) => p.kind === 'PORTAL');
  const anyFeatureActive = active.some((p) => p.kind === 'PORTAL_FEATURE');
  const addendumSigned = !!state.provider.mijnloketAddendumSignedAt;
  const groups = groupCatalogue(catalogue);
  const explanation = explainVariant(active);

  const toggle = async (product: CatalogueProduct, on: boolean) => {
    setPending(product.code);
    setError(null);
    try {
      const input = { employerId: employer.id, productCode: product.code };
      const outcome = on
        ? await client.mutation(activateProductMutation, { input }).toPromise()
        : await client.mutation(deactivateProductMutation, { input }).toPromise();
      const data = outcome.data as
        | { activateProduct?: { userErrors: Array<{ code: string }>; employer?: { mijnLoketVariant: string } | null }; deactivateProduct?: { userErrors: Array<{ code: string }>; employer?: { mijnLoketVariant: string } | null } }
        | undefined;
      const payload = on ? data?.activateProduct : data?.deactivateProduct;
      const failure = messageIdForMutationFailure({ error: outcome.error, userErrors: payload?.userErrors });
      if (failure) {
        setError({ code: product.code, message: failure });
        return;
      }
      setAnnouncement(
        intl.formatMessage(
          { id: on ? 'products.activated' : 'products.deactivated' },
          { name: nameOf(product), variant: intl.formatMessage({ id: `employers.variant.${payload?.employer?.mijnLoketVariant ?? 'NONE'}` as 'employers.variant.NONE' }) },
        ),
      );
    } finally {
      setPending(null);
    }
  };

  return (
    <div className={styles.page}>
      <header>
        <ol className={styles.crumbs} aria-label={intl.formatMessage({ id: 'products.crumbs' })}>
          <li>{intl.formatMessage({ id: 'products.crumb.admin' })}</li>
          <li>{intl.formatMessage({ id: 'products.crumb.employer' })}</li>
        </ol>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'products.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'products.intro' }, { name: employer.name })}</p>
      </header>

      <div className={page.layout}>
        <div className={styles.stack}>
          {!canManage && <Notice>{intl.formatMessage({ id: 'products.noRight' })}</Notice>}
          {!addendumSigned && !mijnLoketActive && (
            <Notice tone="warning">
              <p>
                <strong>{intl.formatMessage({ id: 'products.addendum.title' })}</strong>
              </p>
              <p>{intl.formatMessage({ id: 'products.addendum.body' }, { provider: employer.provider.name })}</p>
            </Notice>
          )}
          {GROUPS.map((group) => {
            const items = groups.get(group) ?? [];
            if (items.length === 0) return null;
            return (
              <section key={group} className={styles.card} aria-labelledby={`group-${group}`}>
                <h2 id={`group-${group}`} className={styles.cardTitle} style={{ marginBottom: '0.25rem' }}>
                  {intl.formatMessage({ id: `products.group.${group}` })}
                </h2>
                <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0 0 0.75rem' }}>
                  {intl.formatMessage({ id: `products.group.${group}.description` })}
                </p>
                <ul className={page.products}>
                  {items.map((product) => {
                    const isActive = activeCodes.has(product.code);
                    const block = switchBlock(product, { isActive, mijnLoketActive, anyFeatureActive, addendumSigned, canManage });
                    const busy = pending === product.code;
                    const hintId = `hint-${product.code}`;
                    return (
                      <li key={product.code} className={page.product}>
                        <Switch
                          className={styles.switch}
                          isSelected={isActive}
                          isDisabled={block !== null || (pending !== null && !busy)}
                          isReadOnly={busy}
                          onChange={(on) => void toggle(product, on)}
                          aria-describedby={block && block !== 'noRight' ? hintId : undefined}
                        >
                          <span className={styles.switchTrack} aria-hidden="true" />
                          <span className={page.productName}>{nameOf(product)}</span>
                        </Switch>
                        <span className={page.productState}>
                          {busy
                            ? intl.formatMessage({ id: 'products.busy' })
                            : intl.formatMessage({ id: isActive ? 'products.on' : 'products.off' })}
                        </span>
                        {block && block !== 'noRight' && (
                          <span id={hintId} className={page.hint}>
                            {intl.formatMessage({ id: `products.block.${block}` })}
                          </span>
                        )}
                        {error?.code === product.code && (
                          <Alert look="text" className={page.error} messageId={error.message} values={{ provider: employer.provider.name }} />
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>

        <aside className={page.aside} aria-label={intl.formatMessage({ id: 'products.summary' })}>
          <section className={styles.card} aria-labelledby="variant-title">
            <h2 id="variant-title" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'products.variant.title' })}
            </h2>
            <p className={page.variant} aria-live="polite">
              <VariantBadge variant={state.mijnLoketVariant} />
            </p>
            <p className={styles.small} style={{ margin: '0.5rem 0 0' }}>
              {state.mijnLoketVariant === 'NONE'
                ? intl.formatMessage({ id: 'products.variant.none' })
                : intl.formatMessage(
                    { id: 'products.variant.because' },
                    { products: intl.formatList(explanation.drivers.map(nameOf), { type: 'conjunction' }) },
                  )}
            </p>
            <p className={`${styles.small} ${styles.muted}`} style={{ margin: '0.5rem 0 0' }}>
              {intl.formatMessage({ id: 'products.variant.rule' })}
            </p>
          </section>
          <section className={styles.card} aria-labelledby="advice-title">
            <h2 id="advice-title" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'products.advice.title' })}
            </h2>
            {state.advisories.length === 0 ? (
              <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
                {intl.formatMessage({ id: 'products.advice.none' })}
              </p>
            ) : (
              <ul className={page.advice}>
                {state.advisories.map((advisory) => {
                  const product = byCode.get(advisory.product.code);
                  const missing = advisory.missingAnyOf.flatMap((m) => {
                    const p = byCode.get(m.code);
                    return p ? [nameOf(p)] : [];
                  });
                  return (
                    <li key={`${advisory.product.code}-${missing.join()}`}>
                      {intl.formatMessage(
                        { id: missing.length > 1 ? 'products.advice.anyOf' : 'products.advice.one' },
                        { product: product ? nameOf(product) : advisory.product.code, missing: intl.formatList(missing, { type: 'disjunction' }) },
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <p role="status" className={styles.visuallyHidden}>
        {announcement}
      </p>
    </div>
  );
}
