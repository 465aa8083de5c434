import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { ResponsiveTable } from '../../components/ui/ResponsiveTable';
import { pageLinks, pagingVariables, parsePaging } from '../../components/ui/paging';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import { useSearchParamState } from '../../components/ui/useSearchParamState';
import { useStaffViewer } from '../auth';
import { employerPath } from './EmployerContext';
import { employersQuery } from './employers.graphql';
import { VariantBadge } from './VariantBadge';

const PAGE_SIZE = 20;

/**
 * /beheer for a provider user (ak-gebruiker): a searchable list of the provider's employers.
 * `aside` goes beside the list (the admin area puts the user's account card there).
 */
export function EmployerPickerPage({ aside }: { aside?: ReactNode }) {
  const intl = useIntl();
  const viewer = useStaffViewer();
  useDocumentTitle('employers.picker.title');
  const [params] = useSearchParams();
  const [search, setSearch, urlSearch] = useSearchParamState();
  const paging = parsePaging(params);

  const [result] = useQuery({
    query: employersQuery,
    variables: { ...(urlSearch.trim() ? { search: urlSearch.trim() } : {}), ...pagingVariables(paging, PAGE_SIZE) },
  });
  const connection = result.data?.employers;
  const employers = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, PAGE_SIZE) : null;

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employers.picker.title' })}</h1>
        <p className={styles.subtitle}>
          {intl.formatMessage({ id: 'employers.picker.intro' }, { name: viewer.displayName, provider: viewer.provider?.name ?? '' })}
        </p>
      </header>
      <div className={styles.grid2} style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))' }}>
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="employers-heading">
          <h2 id="employers-heading" className={styles.cardTitle} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'employers.picker.listTitle' })}
          </h2>
          <SearchInput
            label={intl.formatMessage({ id: 'employers.picker.searchLabel' })}
            value={search}
            onChange={setSearch}
          />
          {result.error && !connection && (
            <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>
          )}
          {!connection && result.fetching && <PageStatus />}
          {connection && (
            <>
              <p role="status" className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
                {intl.formatMessage({ id: 'employers.picker.count' }, { count: connection.totalCount })}
              </p>
              {employers.length > 0 ? (
                <ResponsiveTable
                  label={intl.formatMessage({ id: 'employers.picker.listTitle' })}
                  items={employers}
                  textValue={(employer) => employer.name}
                  href={(employer) => employerPath(employer.id)}
                  columns={[
                    {
                      id: 'name',
                      header: intl.formatMessage({ id: 'employers.column.name' }),
                      lead: true,
                      width: 'minmax(min-content, 2fr)',
                      cell: (employer) => employer.name,
                    },
                    {
                      id: 'administration',
                      header: intl.formatMessage({ id: 'employers.column.administration' }),
                      numeric: true,
                      width: 'min-content',
                      cell: (employer) => employer.administrationNumber,
                    },
                    {
                      id: 'city',
                      header: intl.formatMessage({ id: 'employers.column.city' }),
                      cell: (employer) => employer.city,
                    },
                    {
                      id: 'variant',
                      header: intl.formatMessage({ id: 'employers.column.variant' }),
                      width: 'max-content',
                      cell: (employer) => <VariantBadge variant={employer.mijnLoketVariant} />,
                    },
                  ]}
                />
              ) : (
                <EmptyState
                  title={intl.formatMessage({ id: urlSearch ? 'employers.picker.noMatchTitle' : 'employers.picker.noneTitle' })}
                >
                  <p>
                    {intl.formatMessage(
                      { id: urlSearch ? 'employers.picker.noMatchBody' : 'employers.picker.noneBody' },
                      { search: urlSearch },
                    )}
                  </p>
                </EmptyState>
              )}
              {links && (links.previous || links.next) && (
                <Pager
                  page={paging.page}
                  pageSize={PAGE_SIZE}
                  totalCount={connection.totalCount}
                  previousHref={links.previous}
                  nextHref={links.next}
                  summary={intl.formatMessage({ id: 'employers.picker.count' }, { count: connection.totalCount })}
                />
              )}
            </>
          )}
        </section>
        {aside}
      </div>
    </div>
  );
}
