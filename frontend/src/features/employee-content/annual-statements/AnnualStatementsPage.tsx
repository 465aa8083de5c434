import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useDownload } from '../../../lib/download/useDownload';
import { formatEuro } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { annualStatementsQuery } from './annualStatements.graphql';
import styles from '../content.module.css';

/** /werknemer/jaaropgaven: the annual statements per year with their figures and the PDF (with the BSN). */
export default function AnnualStatementsPage() {
  return (
    <PortalPage feature="ANNUAL_STATEMENTS" perEmployment>
      {(context) => <AnnualStatements {...context} />}
    </PortalPage>
  );
}

function AnnualStatements({ employment, employments, employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeAnnualStatements.title');
  const [{ data, fetching, error }] = useQuery({ query: annualStatementsQuery, requestPolicy: 'cache-and-network' });
  const { download, busy, failure } = useDownload();

  const all = data?.me?.annualStatements;
  // R18: with several employments, those of the chosen one.
  const statements = all && employments.length > 1 && employment ? all.filter((s) => s.employment.id === employment.id) : all;
  const money = (cents: number) => <span className={styles.amount}>{formatEuro(intl, cents)}</span>;

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeAnnualStatements.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeAnnualStatements.intro' })}</p>
      </header>
      <Alert messageId={failure} takeFocus />
      {!statements ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="ANNUAL_STATEMENTS" employer={employer} />
        )
      ) : statements.length === 0 ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeeAnnualStatements.none' })}</p>
      ) : (
        statements.map((s) => {
          const id = `jaaropgave-${s.id}`;
          return (
            <section key={s.id} className={styles.card} aria-labelledby={id}>
              <h2 id={id} className={styles.cardTitle}>
                {intl.formatMessage({ id: 'employeeAnnualStatements.year' }, { year: s.year })}
              </h2>
              {employments.length > 1 && (
                <p className={styles.rowMeta}>
                  {intl.formatMessage(
                    { id: 'employeeAnnualStatements.employment' },
                    { jobTitle: s.employment.jobTitle, number: s.employment.employeeNumber },
                  )}
                </p>
              )}
              <dl className={styles.facts}>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeAnnualStatements.wage' })}</dt>
                  <dd>{money(s.wageForPayrollTaxCents)}</dd>
                </div>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeAnnualStatements.withheld' })}</dt>
                  <dd>{money(s.withheldPayrollTaxCents)}</dd>
                </div>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeAnnualStatements.labourCredit' })}</dt>
                  <dd>{money(s.labourTaxCreditCents)}</dd>
                </div>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeAnnualStatements.zvw' })}</dt>
                  <dd>{money(s.zvwWageCents)}</dd>
                </div>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeAnnualStatements.credit' })}</dt>
                  <dd>
                    {intl.formatMessage({
                      id: s.payrollTaxCreditApplied ? 'employeeAnnualStatements.credit.yes' : 'employeeAnnualStatements.credit.no',
                    })}
                  </dd>
                </div>
              </dl>
              <div className={`${styles.buttons} ${styles.spaced}`}>
                <BusyButton
                  className={styles.secondaryButton}
                  isBusy={busy === s.pdfUrl}
                  busyLabel={intl.formatMessage({ id: 'employeeContent.downloading' })}
                  onClick={() => void download(s.pdfUrl, `jaaropgave-${s.year}.pdf`)}
                >
                  {intl.formatMessage({ id: 'employeeAnnualStatements.download' }, { year: s.year })}
                </BusyButton>
              </div>
            </section>
          );
        })
      )}
      {statements && statements.length > 0 && (
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAnnualStatements.bsn' })}</p>
      )}
    </>
  );
}
