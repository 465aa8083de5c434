import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { MenuIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import { useRights } from '../auth';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import { useSearchParamState } from '../../components/ui/useSearchParamState';
import { EmploymentList } from './EmploymentList';
import { employmentsQuery } from './employments.graphql';
import { employmentRows } from './employments';
import { employerPath, useEmployer } from './EmployerContext';
import { employerOverviewQuery } from './employers.graphql';
import { leftWithAccessCount } from './overview';
import { VariantBadge } from './VariantBadge';
import page from './EmployerStartPage.module.css';

const QUICK_RESULTS = 8;

/**
 * The employer's start page: the DIENSTVERBAND search field with results as you type and the ☰
 * list (R16), the employer's details, and what needs attention (R8: left but still has access).
 */
export function EmployerStartPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  useDocumentTitle('employers.start.documentTitle', { name: employer.name });
  const [search, setSearch, urlSearch] = useSearchParamState();
  const term = urlSearch.trim();

  const [found] = useQuery({
    query: employmentsQuery,
    variables: { employerId: employer.id, search: term, first: QUICK_RESULTS },
    pause: term === '',
  });
  const [overview] = useQuery({ query: employerOverviewQuery, variables: { id: employer.id } });
  const connection = found.data?.employer?.employments;
  const rows = term ? employmentRows(connection) : [];
  const listHref = employerPath(employer.id, term ? `werknemers?zoek=${encodeURIComponent(term)}` : 'werknemers');
  const stats = overview.data?.employer;
  const left = stats?.leftWithAccess ? leftWithAccessCount(stats.leftWithAccess) : null;
  const canCollective = rights.has('COLLECTIVE_MUTATIONS') && rights.has('MANAGE_PORTAL_ACCESS');

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{intl.formatMessage({ id: 'employers.start.title' })}</h1>
      <div className={page.columns}>
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="search-heading">
          <div className={styles.spread}>
            <h2 id="search-heading" className={styles.cardTitle} style={{ margin: 0 }}>
              {intl.formatMessage({ id: 'employers.start.searchTitle' })}
            </h2>
            <Link to={listHref} className={styles.iconButton}>
              <MenuIcon />
              {intl.formatMessage({ id: 'employers.start.fullList' })}
            </Link>
          </div>
          <SearchInput
            label={intl.formatMessage({ id: 'persons.search.label' })}
            description={intl.formatMessage({ id: 'persons.search.description' })}
            value={search}
            onChange={setSearch}
          />
          {term === '' ? (
            <p className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
              {intl.formatMessage({ id: 'employers.start.searchHint' })}
            </p>
          ) : found.error && !connection ? (
            <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(found.error) })}</Notice>
          ) : connection ? (
            <>
              <p role="status" className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
                {intl.formatMessage({ id: 'employers.start.resultCount' }, { count: connection.totalCount, search: term })}
              </p>
              {rows.length > 0 ? (
                <EmploymentList rows={rows} employerId={employer.id} label={intl.formatMessage({ id: 'employers.start.resultsLabel' })} />
              ) : (
                <p className={styles.muted} style={{ margin: 0 }}>
                  {intl.formatMessage({ id: 'employers.start.noResults' }, { search: term })}
                </p>
              )}
              {connection.totalCount > rows.length && (
                <Link to={listHref}>{intl.formatMessage({ id: 'employers.start.showAll' }, { count: connection.totalCount })}</Link>
              )}
            </>
          ) : (
            <p role="status" className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
              {intl.formatMessage({ id: 'employers.start.searching' })}
            </p>
          )}
        </section>

        <div className={styles.stack}>
          <section className={styles.card} aria-labelledby="employer-heading">
            <h2 id="employer-heading" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'employers.start.employerTitle' })}
            </h2>
            <dl className={styles.details}>
              <dt>{intl.formatMessage({ id: 'employers.start.name' })}</dt>
              <dd>{employer.name}</dd>
              <dt>{intl.formatMessage({ id: 'employers.start.address' })}</dt>
              <dd>
                {employer.street}, {employer.postalCode} {employer.city}
              </dd>
              <dt>{intl.formatMessage({ id: 'employers.start.administration' })}</dt>
              <dd>{employer.administrationNumber}</dd>
              <dt>{intl.formatMessage({ id: 'employers.start.variant' })}</dt>
              <dd>
                <VariantBadge variant={employer.mijnLoketVariant} />
              </dd>
              {stats && (
                <>
                  <dt>{intl.formatMessage({ id: 'employers.start.employments' })}</dt>
                  <dd>
                    {intl.formatMessage(
                      { id: 'employers.start.employmentCounts' },
                      { inService: stats.inService?.totalCount ?? 0, outOfService: stats.outOfService?.totalCount ?? 0 },
                    )}
                  </dd>
                  <dt>{intl.formatMessage({ id: 'employers.start.products' })}</dt>
                  <dd>
                    <Link to={employerPath(employer.id, 'producten')}>
                      {intl.formatMessage(
                        { id: 'employers.start.productCounts' },
                        { active: stats.activeProducts.length, advisories: stats.advisories.length },
                      )}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
          </section>

          <p className={styles.small} style={{ margin: 0 }}>
            <Link to="/beheer/account">{intl.formatMessage({ id: 'employers.start.accountLink' })}</Link>
          </p>

          {left !== null && (
            <section className={styles.card} aria-labelledby="attention-heading">
              <h2 id="attention-heading" className={styles.cardTitle}>
                {intl.formatMessage({ id: 'employers.start.attentionTitle' })}
              </h2>
              {left > 0 ? (
                <Notice tone="warning">
                  <p>{intl.formatMessage({ id: 'employers.start.leftWithAccess' }, { count: left })}</p>
                  {canCollective && (
                    <p>
                      <Link to={employerPath(employer.id, 'collectief/uit-dienst-met-toegang')}>
                        {intl.formatMessage({ id: 'employers.start.leftWithAccessLink' })}
                      </Link>
                    </p>
                  )}
                </Notice>
              ) : (
                <Notice tone="success">
                  <p>{intl.formatMessage({ id: 'employers.start.noneLeftWithAccess' })}</p>
                </Notice>
              )}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
