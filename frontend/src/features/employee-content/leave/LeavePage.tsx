import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { LeaveBalanceLeaveType } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { formatDay } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { leaveBalancesQuery } from './leave.graphql';
import { leaveYears, yearParam } from './years';
import styles from '../content.module.css';
import leave from './LeavePage.module.css';

const YEAR_PARAM = 'jaar';

const LEAVE_TYPE: Record<LeaveBalanceLeaveType, MessageId> = {
  STATUTORY: 'employeeLeave.type.STATUTORY',
  EXTRA_STATUTORY: 'employeeLeave.type.EXTRA_STATUTORY',
  WORKING_TIME_REDUCTION: 'employeeLeave.type.WORKING_TIME_REDUCTION',
  SENIORITY: 'employeeLeave.type.SENIORITY',
  OTHER: 'employeeLeave.type.OTHER',
};

/** /werknemer/verlof: the leave card — per kind of leave the hours granted, taken, planned and left, for a year. */
export default function LeavePage() {
  return (
    <PortalPage feature="LEAVE_CARD" perEmployment>
      {(context) => <LeaveCard {...context} />}
    </PortalPage>
  );
}

function LeaveCard({ employment, employments, employer }: PortalContext) {
  const intl = useIntl();
  const yearId = useId();
  const [params, setParams] = useSearchParams();
  const chosen = yearParam(params.get(YEAR_PARAM));
  useDocumentTitle('employeeLeave.title');
  const [{ data, fetching, error }] = useQuery({
    query: leaveBalancesQuery,
    variables: { year: chosen },
    requestPolicy: 'cache-and-network',
  });
  const all = data?.me?.leaveBalances;
  const balances = all && employments.length > 1 && employment ? all.filter((b) => b.employment.id === employment.id) : all;
  const shownYear = chosen ?? all?.[0]?.year ?? null;
  const years = leaveYears(
    new Date().getFullYear(),
    chosen === null ? (all?.[0]?.year ?? null) : null,
    employments.map((e) => e.startDate),
  );
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  const hours = (h: number) => intl.formatMessage({ id: 'employeeContent.hours' }, { hours: h });

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeLeave.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeLeave.intro' })}</p>
      </header>

      <div className={styles.employment}>
        <label htmlFor={yearId} className={styles.employmentLabel}>
          {intl.formatMessage({ id: 'employeeLeave.year' })}
        </label>
        <select
          id={yearId}
          className={`${styles.select} ${leave.year}`}
          value={shownYear ?? ''}
          onChange={(event) =>
            setParams(
              (previous) => {
                const next = new URLSearchParams(previous);
                next.set(YEAR_PARAM, event.target.value);
                return next;
              },
              { replace: true },
            )
          }
        >
          {shownYear === null && <option value="">{intl.formatMessage({ id: 'employeeLeave.year.newest' })}</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>

      {!balances ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="LEAVE_CARD" employer={employer} />
        )
      ) : balances.length === 0 ? (
        <p className={styles.notice}>
          {shownYear === null
            ? intl.formatMessage({ id: 'employeeLeave.noneAtAll' })
            : intl.formatMessage({ id: 'employeeLeave.none' }, { year: shownYear })}
        </p>
      ) : (
        balances.map((b) => {
          const id = `verlof-${b.id}`;
          const total = Math.max(b.entitlementHours, b.takenHours + b.plannedHours + Math.max(0, b.remainingHours), 1);
          const share = (h: number) => `${((Math.max(0, h) / total) * 100).toFixed(2)}%`;
          return (
            <section key={b.id} className={styles.card} aria-labelledby={id}>
              <h2 id={id} className={styles.cardTitle}>
                {intl.formatMessage({ id: LEAVE_TYPE[b.leaveType] })}
              </h2>
              {employments.length > 1 && (
                <p className={styles.rowMeta}>
                  {intl.formatMessage(
                    { id: 'employeeLeave.employment' },
                    { jobTitle: b.employment.jobTitle, number: b.employment.employeeNumber },
                  )}
                </p>
              )}
              <p className={leave.remaining}>
                {intl.formatMessage({ id: 'employeeLeave.remainingLead' })} <strong>{hours(b.remainingHours)}</strong>
              </p>
              <div className={leave.bar} aria-hidden="true">
                <span className={leave.taken} style={{ width: share(b.takenHours) }} />
                <span className={leave.planned} style={{ width: share(b.plannedHours) }} />
                <span className={leave.left} style={{ width: share(b.remainingHours) }} />
              </div>
              <dl className={styles.facts}>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeLeave.entitlement' })}</dt>
                  <dd>{hours(b.entitlementHours)}</dd>
                </div>
                <div>
                  <dt>
                    <span className={`${leave.key} ${leave.taken}`} aria-hidden="true" />
                    {intl.formatMessage({ id: 'employeeLeave.taken' })}
                  </dt>
                  <dd>{hours(b.takenHours)}</dd>
                </div>
                <div>
                  <dt>
                    <span className={`${leave.key} ${leave.planned}`} aria-hidden="true" />
                    {intl.formatMessage({ id: 'employeeLeave.planned' })}
                  </dt>
                  <dd>{hours(b.plannedHours)}</dd>
                </div>
                <div>
                  <dt>
                    <span className={`${leave.key} ${leave.left}`} aria-hidden="true" />
                    {intl.formatMessage({ id: 'employeeLeave.remaining' })}
                  </dt>
                  <dd className={styles.strong}>{hours(b.remainingHours)}</dd>
                </div>
                <div>
                  <dt>{intl.formatMessage({ id: 'employeeLeave.expiry' })}</dt>
                  <dd>{b.expiryDate ? formatDay(intl, b.expiryDate) : intl.formatMessage({ id: 'employeeLeave.noExpiry' })}</dd>
                </div>
              </dl>
            </section>
          );
        })
      )}
    </>
  );
}
