import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useDownload } from '../../../lib/download/useDownload';
import { EMPLOYEE_PAYSLIPS } from '../../employee-auth';
import { PayslipView } from '../../payslip-view';
import { withEmployment } from '../features';
import { formatPeriod } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { payslipQuery } from './payslips.graphql';
import styles from '../content.module.css';

/**
 * /werknemer/loonstroken/:payslipId — one payslip as a loonstrook (R23): details, earnings,
 * deductions, net, tax details, year-to-date totals (the shared PayslipView), and the PDF.
 */
export default function PayslipPage() {
  return <PortalPage feature="PAYSLIPS">{(context) => <Payslip {...context} />}</PortalPage>;
}

function Payslip({ employer }: PortalContext) {
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

  return (
    <>
      {back}
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePayslips.detail.title' }, { period })}</h1>
        <div className={styles.buttons}>
          <BusyButton
            className={styles.button}
            isBusy={busy === payslip.pdfUrl}
            busyLabel={intl.formatMessage({ id: 'employeeContent.downloading' })}
            onClick={() => void download(payslip.pdfUrl, `loonstrook-${payslip.year}-${String(payslip.period).padStart(2, '0')}.pdf`)}
          >
            {intl.formatMessage({ id: 'employeePayslips.download' })}
          </BusyButton>
        </div>
        <Alert messageId={failure} takeFocus />
      </header>
      <PayslipView payslip={payslip} period={period} cards />
    </>
  );
}
