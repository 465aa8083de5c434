import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import { useSearchParamState } from '../../components/ui/useSearchParamState';
import {
  EmploymentFilters,
  EmploymentList,
  employmentRows,
  employmentsQuery,
  EMPTY_LIST_STATE,
  isFiltered,
  listStateToParams,
  nextPage,
  parseListState,
  previousPage,
  toPageVariables,
  useEmployer,
  withService,
  withStatuses,
} from '../employers';

export const PAGE_SIZE = 25;

/**
 * The ☰ list of the employer's employments (R16): search as you type, filters on service and access
 * status, Relay paging with the total count. Search, filters and page live in the URL.
 */
export function EmploymentListPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('persons.list.title');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useSearchParamState();
  const state = parseListState(params);

  const [result] = useQuery({
    query: employmentsQuery,
    variables: { employerId: employer.id, ...toPageVariables(state, PAGE_SIZE) },
  });
  const connection = result.data?.employer?.employments;
  const rows = employmentRows(connection);
  const go = (next: typeof state) => setParams(listStateToParams(next, params));

  const pageCount = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  const href = (next: typeof state) => `?${listStateToParams(next, params).toString()}`;
  const previousHref = state.page > 1 && connection?.pageInfo.startCursor ? href(previousPage(state, connection.pageInfo.startCursor)) : null;
  const nextHref = state.page < pageCount && connection?.pageInfo.endCursor ? href(nextPage(state, connection.pageInfo.endCursor)) : null;
  const countText = connection ? intl.formatMessage({ id: 'persons.list.count' }, { count: connection.totalCount }) : '';

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'persons.list.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'persons.list.intro' })}</p>
      </header>

      <section className={`${styles.card} ${styles.stack}`} aria-label={intl.formatMessage({ id: 'persons.list.filters' })}>
        <SearchInput
          label={intl.formatMessage({ id: 'persons.search.label' })}
          description={intl.formatMessage({ id: 'persons.search.description' })}
          value={search}
          onChange={setSearch}
        />
        <EmploymentFilters
          state={state}
          onServiceChange={(service) => go(withService(state, service))}
          onStatusesChange={(statuses) => go(withStatuses(state, statuses))}
          onClear={() => go({ ...EMPTY_LIST_STATE, search: state.search })}
        />
      </section>

      <section className={styles.stack} aria-labelledby="list-count">
        <p id="list-count" role="status" className={styles.muted} style={{ margin: 0 }}>
          {countText}
        </p>
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (rows.length > 0 ? (
            <EmploymentList rows={rows} employerId={employer.id} label={intl.formatMessage({ id: 'persons.list.title' })} />
          ) : (
            <div className={styles.card}>
              {isFiltered(state) ? (
                <EmptyState
                  title={intl.formatMessage({ id: 'persons.list.noMatchTitle' })}
                  action={
                    <button type="button" className={styles.buttonSecondary} onClick={() => go(EMPTY_LIST_STATE)}>
                      {intl.formatMessage({ id: 'persons.filter.clearAll' })}
                    </button>
                  }
                >
                  <p>{intl.formatMessage({ id: 'persons.list.noMatchBody' })}</p>
                </EmptyState>
              ) : (
                <EmptyState title={intl.formatMessage({ id: 'persons.list.noneTitle' })}>
                  <p>{intl.formatMessage({ id: 'persons.list.noneBody' })}</p>
                </EmptyState>
              )}
            </div>
          ))}
        {connection && connection.totalCount > 0 && (
          <Pager
            page={state.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            previousHref={previousHref}
            nextHref={nextHref}
            summary={countText}
          />
        )}
      </section>
    </div>
  );
}
