import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDay, formatMoment } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { absenceQuery } from './absence.graphql';
import { readReport, type SickReport } from './sickReport';
import { PartialRecoveryForm } from './PartialRecoveryForm';
import { RecoveryForm } from './RecoveryForm';
import { SickForm } from './SickForm';
import styles from '../content.module.css';
import own from './AbsencePage.module.css';

type Confirmation = { kind: 'sick' | 'recovered'; report: SickReport };

/**
 * /werknemer/ziek-en-hersteld (R25): report sick (first sick day, optionally the hours worked that
 * day) or, with a report open, report recovered; each time a confirmation of exactly what reached the
 * employer. No diagnosis is ever asked. Earlier reports below.
 */
export default function AbsencePage() {
  return <PortalPage feature="ABSENCE_REPORTING">{(context) => <Absence {...context} />}</PortalPage>;
}

function Absence({ employer }: PortalContext) {
  const intl = useIntl();
  const [{ data, fetching, error }, reload] = useQuery({ query: absenceQuery, requestPolicy: 'cache-and-network' });
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const me = data?.me;
  const open = me?.openSickReport ? readReport(me.openSickReport) : null;
  const reports = (me?.sickReports ?? []).map(readReport);
  const earlier = reports.filter((r) => r.id !== open?.id && r.id !== confirmation?.report.id);
  useDocumentTitle(open ? 'employeeAbsence.recovered.title' : 'employeeAbsence.sick.title');

  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <>
      <header className={styles.header}>
        <h1 ref={titleRef} tabIndex={-1} className={styles.title}>
          {intl.formatMessage({ id: 'employeeAbsence.title' })}
        </h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeAbsence.intro' }, { employer })}</p>
      </header>

      {!me ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="ABSENCE_REPORTING" employer={employer} />
        )
      ) : me.sickReports === null ? (
        <QueryFailure error={error} feature="ABSENCE_REPORTING" employer={employer} />
      ) : (
        <>
          {confirmation ? (
            <ConfirmationPanel
              confirmation={confirmation}
              employer={employer}
              onDone={() => {
                setConfirmation(null);
                titleRef.current?.focus();
              }}
            />
          ) : open ? (
            <>
              <OpenReport report={open} />
              <PartialRecoveryForm report={open} onDone={refresh} />
              <RecoveryForm report={open} onDone={(report) => setConfirmation({ kind: 'recovered', report })} onStale={refresh} />
            </>
          ) : (
            <SickForm onDone={(report) => setConfirmation({ kind: 'sick', report })} onStale={refresh} />
          )}
          {earlier.length > 0 && <EarlierReports reports={earlier} />}
        </>
      )}
    </>
  );
}

function hoursText(intl: ReturnType<typeof useIntl>, hours: number | null | undefined): string {
  return hours === null || hours === undefined
    ? intl.formatMessage({ id: 'employeeAbsence.hours.none' })
    : intl.formatMessage({ id: 'employeeContent.hours' }, { hours });
}

/** R25: what the employee passed on, exactly as the employer received it. */
function ConfirmationPanel({ confirmation, employer, onDone }: { confirmation: Confirmation; employer: string; onDone: () => void }) {
  const intl = useIntl();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { kind, report } = confirmation;
  return (
    <section className={`${styles.card} ${own.confirmation}`} aria-labelledby="absence-confirmation">
      <h2 id="absence-confirmation" ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {intl.formatMessage(
          { id: kind === 'sick' ? 'employeeAbsence.confirm.sick.title' : 'employeeAbsence.confirm.recovered.title' },
          { employer },
        )}
      </h2>
      <p>{intl.formatMessage({ id: 'employeeAbsence.confirm.lead' }, { employer })}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
          <dd>{formatDay(intl, report.firstSickDay)}</dd>
        </div>
        {kind === 'sick' ? (
          <>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
              <dd>{hoursText(intl, report.hoursWorked)}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
              <dd>{formatMoment(intl, report.reportedAt)}</dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}</dt>
              <dd>{report.recoveryDate ? formatDay(intl, report.recoveryDate) : ''}</dd>
            </div>
            <div>
              <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
              <dd>{report.recoveryReportedAt ? formatMoment(intl, report.recoveryReportedAt) : ''}</dd>
            </div>
          </>
        )}
      </dl>
      <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAbsence.confirm.nothingElse' })}</p>
      {kind === 'sick' && <p className={styles.muted}>{intl.formatMessage({ id: 'employeeAbsence.confirm.sick.next' })}</p>}
      <div className={`${styles.buttons} ${styles.spaced}`}>
        <button type="button" className={styles.button} onClick={onDone}>
          {intl.formatMessage({ id: 'employeeAbsence.confirm.done' })}
        </button>
      </div>
    </section>
  );
}

function OpenReport({ report }: { report: SickReport }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="absence-open">
      <h2 id="absence-open" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.open.title' })}
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
          <dd>{formatDay(intl, report.firstSickDay)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
          <dd>{hoursText(intl, report.hoursWorked)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeAbsence.reportedAt' })}</dt>
          <dd>{formatMoment(intl, report.reportedAt)}</dd>
        </div>
      </dl>
      {report.partialRecoveries.length > 0 && (
        <>
          <h3 className={own.subTitle}>{intl.formatMessage({ id: 'employeeAbsence.partial.history' })}</h3>
          <ul className={`${styles.list} ${own.history}`}>
            {report.partialRecoveries.map((p) => (
              <li key={p.id}>
                {p.percentage != null
                  ? intl.formatMessage({ id: 'employeeAbsence.partial.entry.percentage' }, { percentage: p.percentage, date: formatDay(intl, p.fromDate) })
                  : intl.formatMessage({ id: 'employeeAbsence.partial.entry.hours' }, { hours: p.hoursPerWeek ?? 0, date: formatDay(intl, p.fromDate) })}
                {p.recordedByKind !== 'EMPLOYEE' && <span className={styles.muted}> · {intl.formatMessage({ id: 'employeeAbsence.partial.byStaff' })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EarlierReports({ reports }: { reports: SickReport[] }) {
  const intl = useIntl();
  return (
    <section className={styles.card} aria-labelledby="absence-earlier">
      <h2 id="absence-earlier" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeAbsence.earlier.title' })}
      </h2>
      <ul className={`${styles.list} ${own.earlier}`}>
        {reports.map((r) => (
          <li key={r.id}>
            <dl className={styles.facts}>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.firstSickDay' })}</dt>
                <dd>{formatDay(intl, r.firstSickDay)}</dd>
              </div>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.recoveryDate' })}</dt>
                <dd>
                  {r.recoveryDate ? formatDay(intl, r.recoveryDate) : intl.formatMessage({ id: 'employeeAbsence.earlier.open' })}
                </dd>
              </div>
              <div>
                <dt>{intl.formatMessage({ id: 'employeeAbsence.hoursWorked' })}</dt>
                <dd>{hoursText(intl, r.hoursWorked)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
