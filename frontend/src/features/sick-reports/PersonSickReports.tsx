import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { readFragment } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { personSickReportsQuery, sickReportFields } from './sickReports.graphql';
import { SickReportTable } from './SickReportTable';

/** The person page's Verzuim tab: the person's sick and recovery reports (R25). */
export default function PersonSickReports({ personId, fullName, employerId }: { personId: string; fullName: string; employerId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const [result] = useQuery({ query: personSickReportsQuery, variables: { personId }, requestPolicy: 'cache-and-network' });
  const node = result.data?.node;
  const reports = node?.__typename === 'Person' ? (node.sickReports ?? []) : null;
  const openReport = reports?.map((r) => readFragment(sickReportFields, r)).find((r) => r.open);

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
