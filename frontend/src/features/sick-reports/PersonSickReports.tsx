import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { readFragment } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { useRights } from '../auth';
import { PersonCase, SickReportForm } from './PersonCase';
import { personSickReportsQuery, sickReportFields } from './sickReports.graphql';
import { SickReportTable } from './SickReportTable';

/** The person page's Verzuim tab: the person's sick and recovery reports (R25). */
export default function PersonSickReports({ personId, fullName, employerId }: { personId: string; fullName: string; employerId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const rights = useRights();
  const canHandle = rights.has('HANDLE_REQUESTS') && rights.has('VIEW_EMPLOYEES');
  const [result, reload] = useQuery({ query: personSickReportsQuery, variables: { personId }, requestPolicy: 'cache-and-network' });
  const node = result.data?.node;
  const reports = node?.__typename === 'Person' ? (node.sickReports ?? []) : null;
  const openMasked = reports?.find((r) => readFragment(sickReportFields, r).open);
  const openReport = openMasked ? readFragment(sickReportFields, openMasked) : undefined;
  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="person-sick-title">
      <div>
        <h2 id="person-sick-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'sickReports.person.title' })}
        </h2>
        <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0.25rem 0 0' }}>
          {intl.formatMessage({ id: 'sickReports.person.intro' }, { name: fullName })}
        </p>
      </div>
      {result.error && !reports && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!reports && !result.error && <PageStatus />}
      {openReport && (
        <Notice tone="warning">{intl.formatMessage({ id: 'sickReports.person.openNotice' }, { name: fullName, date: format.day(openReport.firstSickDay) })}</Notice>
      )}
      {openMasked && <PersonCase report={openMasked} canHandle={canHandle} onChanged={refresh} />}
      {reports && !openReport && canHandle && <SickReportForm key={reports.length} mode={{ kind: 'report', personId, fullName }} onDone={refresh} />}
      {reports &&
        (reports.length > 0 ? (
          <SickReportTable
            rows={reports.map((report) => ({ report }))}
            employerId={employerId}
            label={intl.formatMessage({ id: 'sickReports.person.title' })}
          />
        ) : (
          <EmptyState title={intl.formatMessage({ id: 'sickReports.empty.title' })}>
            <p>{intl.formatMessage({ id: 'sickReports.person.empty' }, { name: fullName })}</p>
          </EmptyState>
        ))}
    </section>
  );
}
