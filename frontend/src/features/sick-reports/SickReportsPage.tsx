import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useDownload } from '../../lib/download/useDownload';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { FIRST_PAGE, pageLinks, pagingVariables, parsePaging, withPaging } from '../../components/ui/paging';
import styles from '../../components/ui/ui.module.css';
import { useRights } from '../auth';
import { useEmployer } from '../employers';
import { employerSickReportsQuery } from './sickReports.graphql';
import { SickReportTable } from './SickReportTable';
import { VerzuimContacts } from './VerzuimContacts';
import page from './SickReportsPage.module.css';

const PAGE_SIZE = 25;

/** The filter in the URL: ?status=open or ?status=hersteld; all reports without it. */
export type SickReportFilter = 'all' | 'open' | 'ended';
const PARAM: Record<SickReportFilter, string | null> = { all: null, open: 'open', ended: 'hersteld' };

export function parseSickReportFilter(params: URLSearchParams): SickReportFilter {
  const value = params.get('status');
  return value === 'open' ? 'open' : value === 'hersteld' ? 'ended' : 'all';
}

const OPEN_VARIABLE: Record<SickReportFilter, boolean | undefined> = { all: undefined, open: true, ended: false };
/** The CSV download of the reports the filter selects (all pages; R25: dates and percentages only). */
export function sickExportPath(employerId: string, filter: SickReportFilter): string {
  const q = new URLSearchParams({ employerId });
  const open = OPEN_VARIABLE[filter];
  if (open !== undefined) q.set('open', String(open));
  return `/downloads/verzuim.csv?${q.toString()}`;
}

const EMPTY = {
  all: ['sickReports.empty.title', 'sickReports.empty.body'],
  open: ['sickReports.emptyOpen.title', 'sickReports.emptyOpen.body'],
  ended: ['sickReports.emptyEnded.title', 'sickReports.emptyEnded.body'],
} as const;

/**
 * Verzuim (R25): the employer's sick reports, newest first sick day first, filtered on open / ended
 * / all and paged, with filter and page in the URL; "Exporteren (CSV)" downloads what the filter selects.
 */
export default function SickReportsPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  useDocumentTitle('sickReports.title');
  const [params, setParams] = useSearchParams();
  const filter = parseSickReportFilter(params);
  const paging = parsePaging(params);
  const open = OPEN_VARIABLE[filter];
  const [result] = useQuery({
    query: employerSickReportsQuery,
    variables: { employerId: employer.id, ...(open === undefined ? {} : { open }), ...pagingVariables(paging, PAGE_SIZE) },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.employer?.sickReports;
  const rows = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [{ report: edge.node, person: edge.node.person }] : []));
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, PAGE_SIZE) : null;
  const countText = connection ? intl.formatMessage({ id: 'sickReports.count' }, { count: connection.totalCount }) : '';
  const [emptyTitle, emptyBody] = EMPTY[filter];
  const { download, busy, failure } = useDownload();

  const choose = (next: SickReportFilter) => {
    const updated = withPaging(params, FIRST_PAGE);
    const value = PARAM[next];
    if (value) updated.set('status', value);
    else updated.delete('status');
    setParams(updated);
  };

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'sickReports.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'sickReports.intro' }, { employer: employer.name })}</p>
      </header>
      <RadioGroup
        className={`${styles.choiceGroup} ${page.filter}`}
        value={filter}
        onChange={(value) => choose(value as SickReportFilter)}
        orientation="horizontal"
      >
        <Label className={styles.label}>{intl.formatMessage({ id: 'sickReports.filter.label' })}</Label>
        <div className={styles.choices}>
          {(['all', 'open', 'ended'] as const).map((value) => (
            <Radio key={value} value={value} className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: `sickReports.filter.${value}` })}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <section className={styles.stack} aria-labelledby="sick-report-count">
        <div className={styles.spread}>
          <p id="sick-report-count" role="status" className={styles.muted} style={{ margin: 0 }}>
            {countText}
          </p>
          {connection && connection.totalCount > 0 && rights.has('VIEW_EMPLOYEES') && (
            <BusyButton
              className={styles.buttonSecondary}
              isBusy={busy !== null}
              busyLabel={intl.formatMessage({ id: 'sickReports.export.busy' })}
              onClick={() => void download(sickExportPath(employer.id, filter), 'verzuim.csv')}
            >
              {intl.formatMessage({ id: 'sickReports.export' })}
            </BusyButton>
          )}
        </div>
        {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (rows.length > 0 ? (
            <SickReportTable rows={rows} employerId={employer.id} label={intl.formatMessage({ id: 'sickReports.tableLabel' })} />
          ) : (
            <div className={styles.card}>
              <EmptyState title={intl.formatMessage({ id: emptyTitle })}>
                <p>{intl.formatMessage({ id: emptyBody })}</p>
              </EmptyState>
            </div>
          ))}
        {connection && links && connection.totalCount > 0 && (
          <Pager
            page={paging.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            previousHref={links.previous}
            nextHref={links.next}
            summary={countText}
          />
        )}
      </section>
      <VerzuimContacts employerId={employer.id} canManage={rights.has('MANAGE_HR_SETTINGS')} />
    </div>
  );
}
