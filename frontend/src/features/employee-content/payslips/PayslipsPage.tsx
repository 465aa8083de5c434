import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { employeePayslipPath } from '../../employee-auth';
import { withEmployment } from '../features';
import { formatDay, formatEuro, formatPeriod } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { payslipsQuery } from './payslips.graphql';
import styles from '../content.module.css';

/** How many payslips a page of the list shows: a year and a bit. */
export const PAGE_SIZE = 12;
/** Address parameters of the list's pages: older than (na) or newer than (voor) a cursor. */
const AFTER = 'na';
const BEFORE = 'voor';

/** /werknemer/loonstroken: the payslips of the chosen employment (R18), newest first, a page at a time. */
export default function PayslipsPage() {
  return (
    <PortalPage feature="PAYSLIPS" perEmployment>
      {(context) => <Payslips {...context} />}
    </PortalPage>
  );
}

function Payslips({ employment, employer }: PortalContext) {
  const intl = useIntl();
  const [params] = useSearchParams();
  useDocumentTitle('employeePayslips.title');
  const after = params.get(AFTER);
  const before = after ? null : params.get(BEFORE);
  const [{ data, fetching, error }] = useQuery({
    query: payslipsQuery,
    variables: {
      ...(before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after }),
      employmentId: employment?.id ?? null,
    },
    requestPolicy: 'cache-and-network',
  });
  const payslips = data?.me?.payslips;

  const pageLink = (key: string, cursor: string | null | undefined) => {
    const next = new URLSearchParams(params);
    next.delete(AFTER);
    next.delete(BEFORE);
    if (cursor) next.set(key, cursor);
    const query = next.toString();
    return query ? `?${query}` : '?';
  };

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePayslips.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeePayslips.intro' })}</p>
      </header>
      {!payslips ? (
        fetching ? (
          <PageStatus />
        ) : (
          <>
            <QueryFailure error={error} feature="PAYSLIPS" employer={employer} />
            {(after || before) && (
              <p className={styles.back}>
                <Link to={pageLink(AFTER, null)}>{intl.formatMessage({ id: 'employeePayslips.newest' })}</Link>
              </p>
            )}
          </>
        )
      ) : payslips.totalCount === 0 ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeePayslips.none' })}</p>
      ) : (
        <>
          <ul className={styles.list} aria-label={intl.formatMessage({ id: 'employeePayslips.listLabel' })}>
            {(payslips.edges ?? []).map((edge) => {
              const p = edge?.node;
              if (!p) return null;
              return (
                <li key={p.id}>
                  <Link to={withEmployment(employeePayslipPath(p.id), params)} className={styles.featureLink}>
                    <span className={styles.row}>
                      <span className={styles.rowMain}>
                        <span className={styles.featureTitle}>{formatPeriod(intl, p)}</span>
                        <span className={styles.rowMeta}>
                          {intl.formatMessage({ id: 'employeePayslips.runDate' }, { date: formatDay(intl, p.runDate) })}
                        </span>
                      </span>
                      <span className={styles.rowMeta}>
                        {intl.formatMessage({ id: 'employeePayslips.net' })}{' '}
                        <span className={`${styles.amount} ${styles.strong}`}>{formatEuro(intl, p.netCents)}</span>
                      </span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
          {(payslips.pageInfo.hasPreviousPage || payslips.pageInfo.hasNextPage) && (
            <nav className={styles.buttons} aria-label={intl.formatMessage({ id: 'employeePayslips.pages' })}>
              {payslips.pageInfo.hasPreviousPage && (after || before) && (
                <Link className={styles.linkButton} to={pageLink(BEFORE, payslips.pageInfo.startCursor)}>
                  {intl.formatMessage({ id: 'employeePayslips.newer' })}
                </Link>
              )}
              {payslips.pageInfo.hasNextPage && (
                <Link className={styles.linkButton} to={pageLink(AFTER, payslips.pageInfo.endCursor)}>
                  {intl.formatMessage({ id: 'employeePayslips.older' })}
                </Link>
              )}
            </nav>
          )}
          <p className={styles.muted}>{intl.formatMessage({ id: 'employeePayslips.count' }, { count: payslips.totalCount })}</p>
        </>
      )}
    </>
  );
}
