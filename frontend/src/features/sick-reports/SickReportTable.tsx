import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { readFragment, type FragmentType } from '../../gql';
import { useFormat } from '../../components/ui/format';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import { personPath } from '../employers';
import { todayIso } from '../../lib/format/dates';
import { sickDays } from './days';
import { sickReportFields } from './sickReports.graphql';

export interface SickReportRow {
  report: FragmentType<typeof sickReportFields>;
  /** The person, in the employer's overview; left out on the person's own page. */
  person?: { id: string; fullName: string; employments?: ReadonlyArray<{ employeeNumber: number }> | null };
}

/**
 * Sick reports as a table (a stack of blocks on a phone): first sick day, hours worked that day,
 * when and by whom it was reported, the recovery date or "Open", and the duration in days. There is
 * no diagnosis: it is never asked or stored (R25).
 */
export function SickReportTable({ rows, employerId, label }: { rows: SickReportRow[]; employerId: string; label: string }) {
  const intl = useIntl();
  const format = useFormat();
  const today = todayIso();
  const withPerson = rows.some((row) => row.person);
  const withPoortwachter = rows.some((row) => readFragment(sickReportFields, row.report).poortwachter);
  const column = (id: Parameters<typeof columnId>[0]) => intl.formatMessage({ id: columnId(id) });

  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${stacked.table}`} aria-label={label}>
        <thead>
          <tr>
            {withPerson && <th scope="col">{column('person')}</th>}
            {withPerson && <th scope="col">{column('number')}</th>}
            <th scope="col">{column('firstSickDay')}</th>
            <th scope="col">{column('hoursWorked')}</th>
            <th scope="col">{column('reported')}</th>
            <th scope="col">{column('recovery')}</th>
            <th scope="col">{column('duration')}</th>
            {withPoortwachter && <th scope="col">{column('nextStep')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ report: masked, person }) => {
            const report = readFragment(sickReportFields, masked);
            const numbers = [...(person?.employments ?? [])].map((e) => e.employeeNumber).sort((a, b) => a - b);
            const days = sickDays(report, today);
            return (
              <tr key={report.id}>
                {withPerson && (
                  <th scope="row" className={stacked.lead}>
                    {person ? <Link to={personPath(employerId, person.id)}>{person.fullName}</Link> : '—'}
                  </th>
                )}
                {withPerson && (
                  <td className={styles.numberCell} data-label={column('number')}>
                    {numbers.length > 0 ? numbers.join(', ') : '—'}
                  </td>
                )}
                <td className={`${styles.numberCell} ${withPerson ? '' : stacked.lead}`} data-label={withPerson ? column('firstSickDay') : undefined}>
                  {format.day(report.firstSickDay)}
                </td>
                <td data-label={column('hoursWorked')}>
                  {report.hoursWorked == null ? (
                    <span className={styles.muted}>{intl.formatMessage({ id: 'sickReports.hoursUnknown' })}</span>
                  ) : (
                    intl.formatMessage({ id: 'sickReports.hours' }, { hours: report.hoursWorked })
                  )}
                </td>
                <td data-label={column('reported')}>
                  <span>
                    {format.moment(report.reportedAt)}
                    <span className={stacked.sub}>
                      {intl.formatMessage(
                        { id: 'sickReports.reportedBy' },
                        { name: report.reportedByName, kind: intl.formatMessage({ id: `sickReports.kind.${report.reportedByKind}` }) },
                      )}
                    </span>
                  </span>
                </td>
                <td data-label={column('recovery')}>
                  {report.recoveryDate ? (
                    <span className={styles.numberCell}>{format.day(report.recoveryDate)}</span>
                  ) : (
                    <span className={`${styles.badge} ${styles.badgeWarning}`}>{intl.formatMessage({ id: 'sickReports.open' })}</span>
                  )}
                </td>
                <td className={styles.numberCell} data-label={column('duration')}>
                  {intl.formatMessage({ id: report.open ? 'sickReports.daysOpen' : 'sickReports.days' }, { days })}
                </td>
                {withPoortwachter && (
                  <td data-label={column('nextStep')}>
                    <NextStep milestones={report.poortwachter?.milestones ?? []} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The next Poortwachter step of an open case (R25): the first that is not done, with its due date,
 * flagged when it is overdue or due this week — so the overview shows what comes up this week.
 */
function NextStep({ milestones }: { milestones: ReadonlyArray<{ step: string; dueOn: string; status: string }> }) {
  const intl = useIntl();
  const format = useFormat();
  const next = milestones.find((m) => m.status !== 'DONE' && m.status !== 'PASSED');
  if (!next) return <span className={styles.muted}>—</span>;
  const badge = next.status === 'OVERDUE' ? styles.badgeDanger : next.status === 'THIS_WEEK' ? styles.badgeWarning : undefined;
  return (
    <span>
      {intl.formatMessage({ id: `sickReports.poortwachter.step.${next.step}` as 'sickReports.poortwachter.step.PROBLEM_ANALYSIS' })}
      <span className={stacked.sub}>
        {format.day(next.dueOn)}
        {badge && (
          <>
            {' '}
            <span className={`${styles.badge} ${badge}`}>
              {intl.formatMessage({ id: `sickReports.poortwachter.status.${next.status}` as 'sickReports.poortwachter.status.OVERDUE' })}
            </span>
          </>
        )}
      </span>
    </span>
  );
}

function columnId(key: 'person' | 'number' | 'firstSickDay' | 'hoursWorked' | 'reported' | 'recovery' | 'duration' | 'nextStep') {
  return `sickReports.column.${key}` as const;
}
