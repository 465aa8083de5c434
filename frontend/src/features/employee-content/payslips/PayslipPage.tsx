import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { PayslipLineCategory } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { useDownload } from '../../../lib/download/useDownload';
import { EMPLOYEE_PAYSLIPS } from '../../employee-auth';
import { withEmployment } from '../features';
import { formatDay, formatEuro, formatPeriod } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { groupLines } from '../../../lib/format/payslipLines';
import { payslipQuery } from './payslips.graphql';
import styles from '../content.module.css';

const CATEGORY: Record<PayslipLineCategory, { title: MessageId; total: MessageId; note?: MessageId }> = {
  EARNINGS: { title: 'employeePayslips.category.EARNINGS', total: 'employeePayslips.total.EARNINGS' },
  DEDUCTIONS: { title: 'employeePayslips.category.DEDUCTIONS', total: 'employeePayslips.total.DEDUCTIONS' },
  EMPLOYER_CONTRIBUTIONS: {
    title: 'employeePayslips.category.EMPLOYER_CONTRIBUTIONS',
    total: 'employeePayslips.total.EMPLOYER_CONTRIBUTIONS',
    note: 'employeePayslips.note.EMPLOYER_CONTRIBUTIONS',
  },
  RESERVATIONS: {
    title: 'employeePayslips.category.RESERVATIONS',
    total: 'employeePayslips.total.RESERVATIONS',
    note: 'employeePayslips.note.RESERVATIONS',
  },
};

/** /werknemer/loonstroken/:payslipId — one payslip: lines by category with totals, gross and net, the PDF. */
export default function PayslipPage() {
  return <PortalPage feature="PAYSLIPS">{(context) => <Payslip {...context} />}</PortalPage>;
}

function Payslip({ employer, employments }: PortalContext) {
  const intl = useIntl();
  const { payslipId = '' } = useParams();
  const [params] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: payslipQuery, variables: { id: payslipId } });
  const { download, busy, failure } = useDownload();
  const node = data?.node;
  const payslip = node?.__typename === 'Payslip' ? node : null;
  const period = payslip ? formatPeriod(intl, payslip) : '';
  useDocumentTitle(payslip ? 'employeePayslips.detail.documentTitle' : 'employeePayslips.title', { period });

  const back = (
    <p className={styles.back}>
      <Link to={withEmployment(EMPLOYEE_PAYSLIPS, params)}>{intl.formatMessage({ id: 'employeePayslips.back' })}</Link>
    </p>
  );

  if (!payslip) {
    if (fetching) return <PageStatus />;
    return (
      <>
        {back}
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePayslips.detail.missingTitle' })}</h1>
        {error ? (
          <QueryFailure error={error} feature="PAYSLIPS" employer={employer} />
        ) : (
          <p className={styles.notice}>{intl.formatMessage({ id: 'employeePayslips.detail.missing' })}</p>
        )}
      </>
    );
  }

  const groups = groupLines(payslip.lines, payslip.totals);
  return (
    <>
      {back}
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePayslips.detail.title' }, { period })}</h1>
        <p className={styles.intro}>
          {intl.formatMessage({ id: 'employeePayslips.runDate' }, { date: formatDay(intl, payslip.runDate) })}
          {employments.length > 1 &&
            ` · ${intl.formatMessage(
              { id: 'employeePayslips.employment' },
              { jobTitle: payslip.employment.jobTitle, number: payslip.employment.employeeNumber },
            )}`}
        </p>
      </header>

      <section className={styles.card} aria-labelledby="payslip-summary">
        <h2 id="payslip-summary" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'employeePayslips.summary' })}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>{intl.formatMessage({ id: 'employeePayslips.gross' })}</dt>
            <dd className={styles.amount}>{formatEuro(intl, payslip.grossCents)}</dd>
          </div>
          <div>
            <dt>{intl.formatMessage({ id: 'employeePayslips.netLong' })}</dt>
            <dd className={`${styles.amount} ${styles.strong}`} data-testid="payslip-net">
              {formatEuro(intl, payslip.netCents)}
            </dd>
          </div>
        </dl>
        <div className={`${styles.buttons} ${styles.spaced}`}>
          <BusyButton
            className={styles.button}
            isBusy={busy === payslip.pdfUrl}
            busyLabel={intl.formatMessage({ id: 'employeeContent.downloading' })}
            onClick={() => void download(payslip.pdfUrl, `loonstrook-${payslip.year}-${String(payslip.period).padStart(2, '0')}.pdf`)}
          >
            {intl.formatMessage({ id: 'employeePayslips.download' })}
          </BusyButton>
        </div>
        <Alert messageId={failure} takeFocus className={styles.spaced} />
      </section>

      {groups.map((group) => {
        const texts = CATEGORY[group.category];
        const id = `payslip-${group.category.toLowerCase()}`;
        return (
          <section key={group.category} className={styles.card} aria-labelledby={id}>
            <h2 id={id} className={styles.cardTitle}>
              {intl.formatMessage({ id: texts.title })}
            </h2>
            {texts.note && <p className={styles.muted}>{intl.formatMessage({ id: texts.note })}</p>}
            <table className={styles.table} aria-labelledby={id}>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage({ id: 'employeePayslips.line.code' })}</th>
                  <th scope="col">{intl.formatMessage({ id: 'employeePayslips.line.description' })}</th>
                  <th scope="col" className={styles.number}>
                    {intl.formatMessage({ id: 'employeePayslips.line.amount' })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.lines.map((line) => (
                  <tr key={line.id}>
                    <td>{line.code}</td>
                    <td>{line.description}</td>
                    <td className={styles.number}>{formatEuro(intl, line.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {intl.formatMessage({ id: texts.total })}
                  </th>
                  <td className={styles.number}>{formatEuro(intl, group.totalCents)}</td>
                </tr>
              </tfoot>
            </table>
          </section>
        );
      })}

    </>
  );
}
