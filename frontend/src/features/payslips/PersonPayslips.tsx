import { useIntl } from 'react-intl';
import { Button } from 'react-aria-components';
import { useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { useDownload } from '../../lib/download/useDownload';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { DownloadIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { pageLinks, pagingVariables, parsePaging } from '../../components/ui/paging';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import { isAfterToday, todayIso } from '../../lib/format/dates';
import { formatCents, payslipFileName } from './lines';
import { PayslipDialog } from './PayslipDialog';
import { personPayslipsQuery } from './payslips.graphql';
import page from './PersonPayslips.module.css';

const PAGE_SIZE = 24;

/** The payslip shown in the dialog: ?loonstrook=<id>, so a reload or a shared link opens it again. */
const OPEN_PARAM = 'loonstrook';

/**
 * The person page's Loonstroken tab (R23, staff view): every published payslip, also those the
 * employee does not see yet (visible-from in the future, with a badge); a row opens the payslip with
 * its lines per category, and the PDF downloads with the session's token.
 */
export default function PersonPayslips({ personId, fullName }: { personId: string; fullName: string }) {
  const intl = useIntl();
  const format = useFormat();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const paging = parsePaging(params);
  const { download, busy, failure } = useDownload();
  const [result] = useQuery({
    query: personPayslipsQuery,
    variables: { personId, ...pagingVariables(paging, PAGE_SIZE) },
    requestPolicy: 'cache-and-network',
  });
  const node = result.data?.node;
  const connection = node?.__typename === 'Person' ? node.payslips : null;
  const payslips = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, PAGE_SIZE) : null;
  const countText = connection ? intl.formatMessage({ id: 'payslips.count' }, { count: connection.totalCount }) : '';
  const today = todayIso();
  const openId = params.get(OPEN_PARAM);
  const money = (cents: number) => formatCents(cents, intl.locale);

  const setOpen = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set(OPEN_PARAM, id);
    else next.delete(OPEN_PARAM);
    setParams(next, { replace: true, state: location.state as unknown });
  };
  const column = (key: 'period' | 'runDate' | 'visibleFrom' | 'gross' | 'net' | 'actions') =>
    intl.formatMessage({ id: `payslips.column.${key}` });

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="payslips-title">
      <div>
        <h2 id="payslips-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'payslips.title' })}
        </h2>
        <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0.25rem 0 0' }}>
          {intl.formatMessage({ id: 'payslips.intro' }, { name: fullName })}
        </p>
      </div>
      <p role="status" className={styles.muted} style={{ margin: 0 }}>
        {countText}
      </p>
      {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
      {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!connection && !result.error && <PageStatus />}
      {connection &&
        (payslips.length > 0 ? (
          <div className={styles.tableWrap}>
            <table className={`${styles.table} ${stacked.table}`} aria-label={intl.formatMessage({ id: 'payslips.tableLabel' }, { name: fullName })}>
              <thead>
                <tr>
                  <th scope="col">{column('period')}</th>
                  <th scope="col">{column('runDate')}</th>
                  <th scope="col">{column('visibleFrom')}</th>
                  <th scope="col" className={page.amount}>
                    {column('gross')}
                  </th>
                  <th scope="col" className={page.amount}>
                    {column('net')}
                  </th>
                  <th scope="col">
                    <span className={styles.visuallyHidden}>{column('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {payslips.map((slip) => {
                  const hidden = isAfterToday(slip.visibleFrom, today);
                  return (
                    <tr key={slip.id}>
                      <th scope="row" className={`${stacked.lead} ${page.period}`}>
                        <span>{slip.periodLabel}</span>
                        {hidden && <span className={`${styles.badge} ${styles.badgeWarning}`}>{intl.formatMessage({ id: 'payslips.notVisibleYet' })}</span>}
                      </th>
                      <td className={styles.numberCell} data-label={column('runDate')}>
                        {format.dayShort(slip.runDate)}
                      </td>
                      <td className={styles.numberCell} data-label={column('visibleFrom')}>
                        {format.dayShort(slip.visibleFrom)}
                      </td>
                      <td className={`${styles.numberCell} ${page.amount}`} data-label={column('gross')}>
                        {money(slip.grossCents)}
                      </td>
                      <td className={`${styles.numberCell} ${page.amount}`} data-label={column('net')}>
                        {money(slip.netCents)}
                      </td>
                      <td>
                        <div className={stacked.actions}>
                          <Button
                            className={styles.buttonSecondary}
                            aria-label={intl.formatMessage({ id: 'payslips.openLabel' }, { period: slip.periodLabel })}
                            onPress={() => setOpen(slip.id)}
                          >
                            {intl.formatMessage({ id: 'payslips.open' })}
                          </Button>
                          <BusyButton
                            className={styles.buttonGhost}
                            isBusy={busy === slip.pdfUrl}
                            busyLabel={intl.formatMessage({ id: 'payslips.downloading' })}
                            aria-label={intl.formatMessage({ id: 'payslips.pdfLabel' }, { period: slip.periodLabel })}
                            onClick={() => void download(slip.pdfUrl, payslipFileName(slip.periodLabel))}
                          >
                            <DownloadIcon />
                            {intl.formatMessage({ id: 'payslips.pdf' })}
                          </BusyButton>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title={intl.formatMessage({ id: 'payslips.empty.title' })}>
            <p>{intl.formatMessage({ id: 'payslips.empty.body' })}</p>
          </EmptyState>
        ))}
      {connection && links && connection.totalCount > PAGE_SIZE && (
        <Pager
          page={paging.page}
          pageSize={PAGE_SIZE}
          totalCount={connection.totalCount}
          previousHref={links.previous}
          nextHref={links.next}
          summary={countText}
        />
      )}
      {openId && <PayslipDialog payslipId={openId} onClose={() => setOpen(null)} />}
    </section>
  );
}
