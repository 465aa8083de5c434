import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { CellSub, ResponsiveTable, type ResponsiveColumn } from '../../components/ui/ResponsiveTable';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { readFragment } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { employerPath, useEmployer } from '../employers';
import { candidateName, hasPreboardingProduct, ITEMS, OPEN_STATES, preboardingPath, STATE_TONE } from './model';
import { NewHireForm } from './NewHireForm';
import { preboardingRowFragment, preboardingsQuery } from './preboarding.graphql';
import page from './Preboarding.module.css';

type Row = ResultOf<typeof preboardingRowFragment>;
type Show = 'open' | 'all';

/**
 * /beheer/werkgevers/:id/nieuwe-medewerkers (R38): the employer's new hires by first day, with
 * their state and how far the checklist is, and *Nieuwe medewerker* to invite one. A row opens
 * the new hire. Only with the Preboarding product (either of the two) and MANAGE_PREBOARDING.
 */
export default function PreboardingListPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('preboarding.title');
  if (!hasPreboardingProduct(employer.activeProducts ?? [])) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'preboarding.title' })}</h1>
        <Notice tone="info">
          <p>{intl.formatMessage({ id: 'preboarding.noProduct' }, { employer: employer.name })}</p>
          <Link to={employerPath(employer.id, 'producten')}>{intl.formatMessage({ id: 'preboarding.noProduct.link' })}</Link>
        </Notice>
      </div>
    );
  }
  return <NewHires />;
}

function NewHires() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const show: Show = params.get('tonen') === 'alle' ? 'all' : 'open';
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: preboardingsQuery,
    variables: { employerId: employer.id, states: show === 'open' ? [...OPEN_STATES] : null },
    requestPolicy: 'cache-and-network',
  });
  const rows = (result.data?.preboardings ?? []).map((r) => readFragment(preboardingRowFragment, r));
  const from = location.pathname + location.search;

  const columns: Array<ResponsiveColumn<Row>> = [
    {
      id: 'name',
      header: intl.formatMessage({ id: 'preboarding.column.name' }),
      lead: true,
      width: 'minmax(min-content, 2fr)',
      cell: (r) => (
        <>
          <span>{candidateName(r)}</span>
          {r.jobTitle && <CellSub>{r.jobTitle}</CellSub>}
        </>
      ),
    },
    { id: 'firstDay', header: intl.formatMessage({ id: 'preboarding.column.firstDay' }), cell: (r) => format.day(r.firstDay) },
    {
      id: 'state',
      header: intl.formatMessage({ id: 'preboarding.column.state' }),
      bare: true,
      cell: (r) => <span className={`${styles.badge} ${styles[STATE_TONE[r.state]]}`}>{intl.formatMessage({ id: `preboarding.state.${r.state}` })}</span>,
    },
    {
      id: 'progress',
      header: intl.formatMessage({ id: 'preboarding.column.progress' }),
      cell: (r) => intl.formatMessage({ id: 'preboarding.progress' }, { done: r.done, total: ITEMS.length }),
    },
  ];

  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1 className={styles.title}>{intl.formatMessage({ id: 'preboarding.title' })}</h1>
          <p className={styles.subtitle}>{intl.formatMessage({ id: 'preboarding.intro' }, { employer: employer.name })}</p>
        </div>
        {!creating && (
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              setOutcome(null);
              setCreating(true);
            }}
          >
            {intl.formatMessage({ id: 'preboarding.new.open' })}
          </button>
        )}
      </header>

      {outcome && <Notice tone="success">{outcome}</Notice>}

      {creating && (
        <NewHireForm
          employerId={employer.id}
          onCancel={() => setCreating(false)}
          onCreated={(name, email) => {
            setCreating(false);
            setOutcome(intl.formatMessage({ id: 'preboarding.new.done' }, { name, email }));
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}

      <section className={styles.stack} aria-labelledby="preboarding-count">
        <div className={page.filters}>
          <SelectField<Show>
            label={intl.formatMessage({ id: 'preboarding.show' })}
            value={show}
            onChange={(next) => {
              const p = new URLSearchParams(params);
              if (next === 'all') p.set('tonen', 'alle');
              else p.delete('tonen');
              setParams(p, { replace: true });
            }}
            options={[
              { id: 'open', label: intl.formatMessage({ id: 'preboarding.show.open' }) },
              { id: 'all', label: intl.formatMessage({ id: 'preboarding.show.all' }) },
            ]}
          />
        </div>
        <p id="preboarding-count" role="status" className={styles.muted}>
          {result.data ? intl.formatMessage({ id: 'preboarding.count' }, { count: rows.length }) : ''}
        </p>
        {result.error && !result.data && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!result.data && result.fetching && <PageStatus />}
        {result.data &&
          (rows.length > 0 ? (
            <ResponsiveTable
              label={intl.formatMessage({ id: 'preboarding.tableLabel' }, { employer: employer.name })}
              columns={columns}
              items={rows}
              textValue={(r) =>
                `${candidateName(r)}, ${intl.formatMessage({ id: `preboarding.state.${r.state}` })}, ${intl.formatMessage(
                  { id: 'preboarding.firstDayOn' },
                  { day: format.day(r.firstDay) },
                )}`
              }
              dependencies={[from]}
              href={(r) => preboardingPath(employer.id, r.id)}
              routerOptions={() => ({ state: { from } })}
            />
          ) : (
            <EmptyState title={intl.formatMessage({ id: show === 'open' ? 'preboarding.empty.open' : 'preboarding.empty.all' })}>
              <p>{intl.formatMessage({ id: 'preboarding.empty.hint' })}</p>
            </EmptyState>
          ))}
      </section>
    </div>
  );
}
