import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { InsuranceKind } from '../../../gql/graphql';
import { formatEuro } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { insuranceOffersQuery } from './insurance.graphql';
import styles from '../content.module.css';
import own from './Insurance.module.css';

type Offer = NonNullable<ResultOf<typeof insuranceOffersQuery>['me']>['insuranceOffers'][number];

export const INSURANCE_KINDS: InsuranceKind[] = ['SUPPLEMENTARY_HEALTH', 'DISABILITY_GAP', 'LIABILITY', 'TRAVEL', 'OTHER'];

type Row = { id: string; label: string; value: (o: Offer) => React.ReactNode };

/**
 * /werknemer/verzekeringen (R40): the collective insurance offers side by side — a table with an
 * offer per column on a wide screen, a card per offer with the same rows on a phone — filtered by
 * kind. Each offer links to the insurer's own page in a new tab, without a referrer or anything
 * about the employee. Information, not advice.
 */
export default function InsurancePage() {
  return <PortalPage feature="INSURANCE_COMPARE">{(context) => <Insurance {...context} />}</PortalPage>;
}

function rows(intl: IntlShape, employer: string): Row[] {
  const none = intl.formatMessage({ id: 'employeeInsurance.none' });
  return [
    { id: 'kind', label: intl.formatMessage({ id: 'employeeInsurance.row.kind' }), value: (o) => intl.formatMessage({ id: `employeeInsurance.kind.${o.kind}` }) },
    {
      id: 'discount',
      label: intl.formatMessage({ id: 'employeeInsurance.row.discount' }),
      value: (o) =>
        [
          o.discountPercentage != null ? intl.formatMessage({ id: 'employeeInsurance.discountPercentage' }, { percentage: o.discountPercentage }) : '',
          o.discountText,
        ]
          .filter(Boolean)
          .join(' — ') || none,
    },
    {
      id: 'premium',
      label: intl.formatMessage({ id: 'employeeInsurance.row.premium' }),
      value: (o) =>
        o.monthlyPremiumFromCents != null
          ? intl.formatMessage({ id: 'employeeInsurance.premium' }, { amount: formatEuro(intl, o.monthlyPremiumFromCents) })
          : none,
    },
    { id: 'conditions', label: intl.formatMessage({ id: 'employeeInsurance.row.conditions' }), value: (o) => o.conditions || none },
    {
      id: 'offeredBy',
      label: intl.formatMessage({ id: 'employeeInsurance.row.offeredBy' }),
      value: (o) => intl.formatMessage({ id: `employeeInsurance.offeredBy.${o.scope}` }, { employer }),
    },
    { id: 'link', label: intl.formatMessage({ id: 'employeeInsurance.row.link' }), value: (o) => <InsurerLink offer={o} /> },
  ];
}

/** The insurer's page in a new tab: no referrer, no opener, nothing added to the address (R40). */
function InsurerLink({ offer }: { offer: Offer }) {
  const intl = useIntl();
  return (
    <a href={offer.url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer" className={own.link}>
      {intl.formatMessage({ id: 'employeeInsurance.link' }, { insurer: offer.insurer })}
      <span className={own.newTab}> {intl.formatMessage({ id: 'employeeInsurance.link.newTab' })}</span>
    </a>
  );
}

function Insurance({ employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeInsurance.title');
  const filterId = useId();
  const [kind, setKind] = useState<InsuranceKind | ''>('');
  const [{ data, fetching, error }] = useQuery({ query: insuranceOffersQuery, variables: {}, requestPolicy: 'cache-and-network' });
  const offers = data?.me?.insuranceOffers;
  // In the order of the kinds in the filter, then as the server sorted them (by insurer).
  const shown = (offers ?? [])
    .filter((o) => kind === '' || o.kind === kind)
    .toSorted((a, b) => INSURANCE_KINDS.indexOf(a.kind) - INSURANCE_KINDS.indexOf(b.kind));
  const table = rows(intl, employer);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeInsurance.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeInsurance.intro' }, { employer })}</p>
        <p className={own.disclaimer}>{intl.formatMessage({ id: 'employeeInsurance.disclaimer' })}</p>
      </header>
      {!offers ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="INSURANCE_COMPARE" employer={employer} />
        )
      ) : offers.length === 0 ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeeInsurance.empty' })}</p>
      ) : (
        <>
          <div className={own.filter}>
            <label htmlFor={filterId} className={styles.employmentLabel}>
              {intl.formatMessage({ id: 'employeeInsurance.filter.label' })}
            </label>
            <select id={filterId} className={styles.select} value={kind} onChange={(e) => setKind(e.target.value as InsuranceKind | '')}>
              <option value="">{intl.formatMessage({ id: 'employeeInsurance.filter.all' })}</option>
              {INSURANCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {intl.formatMessage({ id: `employeeInsurance.kind.${k}` })}
                </option>
              ))}
            </select>
            <p className={styles.muted} aria-live="polite">
              {intl.formatMessage({ id: 'employeeInsurance.count' }, { count: shown.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className={styles.notice}>{intl.formatMessage({ id: 'employeeInsurance.empty.kind' })}</p>
          ) : (
            <>
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- many offers scroll sideways: keyboard users focus it to scroll (axe scrollable-region-focusable) */}
              <div className={own.wide} role="region" aria-label={intl.formatMessage({ id: 'employeeInsurance.table.label' })} tabIndex={0}>
                <table className={own.table}>
                  <caption className={own.caption}>{intl.formatMessage({ id: 'employeeInsurance.table.label' })}</caption>
                  <thead>
                    <tr>
                      <td />
                      {shown.map((o) => (
                        <th key={o.id} scope="col">
                          {o.insurer}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{r.label}</th>
                        {shown.map((o) => (
                          <td key={o.id}>{r.value(o)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ul className={own.cards} aria-label={intl.formatMessage({ id: 'employeeInsurance.table.label' })}>
                {shown.map((o) => (
                  <li key={o.id} className={styles.card}>
                    <h2 className={styles.cardTitle}>{o.insurer}</h2>
                    <dl className={styles.facts}>
                      {table.map((r) => (
                        <div key={r.id}>
                          <dt>{r.label}</dt>
                          <dd>{r.value(o)}</dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
