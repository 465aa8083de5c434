import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { readFragment, type FragmentType } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import {
  EMPLOYEE_ABSENCE,
  EMPLOYEE_ACCOUNT,
  EMPLOYEE_DOCUMENTS,
  EMPLOYEE_LEAVE,
  EMPLOYEE_LEAVE_REQUESTS,
  EMPLOYEE_PREBOARDING,
  employeePayslipPath,
  portalNoticeOf,
} from '../employee-auth';
import { formatDay, formatEuro, formatPeriod } from './format';
import { withEmployment } from './features';
import { employmentFragment, portalHomeQuery } from './home.graphql';
import { useOpenPreboarding } from './preboardingState';
import { useSelectedEmployment } from './useSelectedEmployment';
import styles from './PortalHome.module.css';

type Employment = ResultOf<typeof employmentFragment>;

const dateOnly = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

type Home = NonNullable<NonNullable<ResultOf<typeof portalHomeQuery>['me']>['home']>;

/**
 * /werknemer: the signed-in employee's start page. It answers at a glance (R22–R30): the latest net pay
 * with a link to its payslip, the leave left and the next expiry, the documents new since Documenten was
 * last opened, an open sick report with Hersteld melden, and open leave requests — each tile only when
 * the employer's products include it (the server leaves the part out otherwise). Below them: the employments
 * with a switcher when there are several (R18; the choice is kept in the address), and the account. The
 * portal's navigation is the shared frame's (PortalLayout). A new hire whose checklist is open is sent
 * to it instead (R38).
 */
export default function PortalHome() {
  const intl = useIntl();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: portalHomeQuery, requestPolicy: 'cache-and-network' });
  useDocumentTitle('employeePortal.home.documentTitle');

  const me = data?.me;
  const employments = (me?.employments ?? []).map((e: FragmentType<typeof employmentFragment>) => readFragment(employmentFragment, e));
  const [selected, choose] = useSelectedEmployment(employments);
  const notice = portalNoticeOf(location.state);
  const preboarding = useOpenPreboarding(me?.features);

  // A new hire's portal is the checklist until staff complete it (R38); the invitation's "account
  // created" notice goes along.
  if (preboarding.open) return <Navigate to={EMPLOYEE_PREBOARDING} replace state={location.state as unknown} />;
  if ((fetching && !me) || (me && preboarding.pending)) return <PageStatus />;
  if (!me) {
    return (
      <div className={styles.page}>
        <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      {notice && (
        <p role="status" className={styles.notice}>
          {intl.formatMessage({ id: notice === 'registered' ? 'employeePortal.notice.registered' : 'employeePortal.notice.passwordReset' })}
        </p>
      )}
      <section className={styles.welcome} aria-labelledby="portal-welcome">
        <h1 id="portal-welcome" className={styles.title}>
          {intl.formatMessage({ id: 'employeePortal.home.welcome' }, { name: me.person.firstName })}
        </h1>
        <p className={styles.employer}>
          {intl.formatMessage({ id: 'employeePortal.home.employer' }, { employer: me.employer.name })}
        </p>
      </section>

      {me.home && <Glance home={me.home} payslips={me.features.includes('PAYSLIPS')} />}

      <section className={styles.card} aria-labelledby="portal-employments">
        <h2 id="portal-employments" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'employeePortal.employments.title' }, { count: employments.length })}
        </h2>
        {employments.length === 0 ? (
          <p>{intl.formatMessage({ id: 'employeePortal.employments.none' }, { employer: me.employer.name })}</p>
        ) : employments.length > 1 ? (
          <EmploymentSwitcher employments={employments} selected={selected} onChoose={choose} employer={me.employer.name} />
        ) : null}
        {selected && <EmploymentDetails employment={selected} />}
      </section>


      <section className={styles.card} aria-labelledby="portal-account">
        <h2 id="portal-account" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'employeePortal.account.title' })}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>{intl.formatMessage({ id: 'employeePortal.account.username' })}</dt>
            <dd className={styles.username}>{me.account.username}</dd>
          </div>
        </dl>
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeePortal.account.intro' })}</p>
        <Link to={EMPLOYEE_ACCOUNT} className={styles.buttonLink}>
          {intl.formatMessage({ id: 'employeePortal.account.settings' })}
        </Link>
      </section>
    </div>
  );
}

function period(intl: ReturnType<typeof useIntl>, e: Employment): string {
  const start = intl.formatDate(e.startDate, dateOnly);
  return e.endDate
    ? intl.formatMessage({ id: 'employeePortal.employments.periodEnded' }, { start, end: intl.formatDate(e.endDate, dateOnly) })
    : intl.formatMessage({ id: 'employeePortal.employments.periodOpen' }, { start });
}

function EmploymentSwitcher({
  employments,
  selected,
  onChoose,
  employer,
}: {
  employments: Employment[];
  selected: Employment | null;
  onChoose: (e: Employment) => void;
  employer: string;
}) {
  const intl = useIntl();
  const name = useId();
  return (
    <fieldset className={styles.switcher}>
      <legend className={styles.switcherLegend}>
        {intl.formatMessage({ id: 'employeePortal.employments.choose' }, { employer, count: employments.length })}
      </legend>
      {employments.map((e) => {
        const id = `${name}-${e.employeeNumber}`;
        return (
          <div key={e.id} className={styles.option} data-selected={selected?.id === e.id || undefined}>
            <input
              id={id}
              type="radio"
              name={name}
              value={e.employeeNumber}
              checked={selected?.id === e.id}
              onChange={() => onChoose(e)}
            />
            <label htmlFor={id}>
              <span className={styles.optionTitle}>{e.jobTitle}</span>
              <span className={styles.optionMeta}>
                {intl.formatMessage({ id: 'employeePortal.employments.number' }, { number: e.employeeNumber })} · {period(intl, e)}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

function EmploymentDetails({ employment: e }: { employment: Employment }) {
  const intl = useIntl();
  return (
    <div className={styles.details} aria-live="polite">
      <p className={styles.detailsTitle}>
        {e.jobTitle}{' '}
        <span className={styles.badge} data-in-service={e.inService || undefined}>
          {intl.formatMessage({ id: e.inService ? 'employeePortal.employments.inService' : 'employeePortal.employments.ended' })}
        </span>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeePortal.employments.numberLabel' })}</dt>
          <dd>{e.employeeNumber}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeePortal.employments.start' })}</dt>
          <dd>{intl.formatDate(e.startDate, dateOnly)}</dd>
        </div>
        {e.endDate && (
          <div>
            <dt>{intl.formatMessage({ id: 'employeePortal.employments.end' })}</dt>
            <dd>{intl.formatDate(e.endDate, dateOnly)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** The tiles: only the parts the server sent (R22). */
function Glance({ home, payslips }: { home: Home; payslips: boolean }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const hours = (h: number) => intl.formatNumber(h, { maximumFractionDigits: 2 });
  const payslip = home.latestPayslip;
  return (
    <section aria-labelledby="portal-glance" className={styles.glance}>
      <h2 id="portal-glance" className={styles.visuallyHidden}>
        {intl.formatMessage({ id: 'employeeContent.home.glance' })}
      </h2>
      <ul className={styles.tiles}>
        {payslips && (
          <Tile id="tile-pay" title={intl.formatMessage({ id: 'employeeContent.home.pay.title' })}>
            {payslip ? (
              <>
                <p className={styles.figure}>{formatEuro(intl, payslip.netCents)}</p>
                <p className={styles.tileText}>{intl.formatMessage({ id: 'employeeContent.home.pay.period' }, { period: formatPeriod(intl, payslip) })}</p>
                <Link className={styles.tileLink} to={withEmployment(employeePayslipPath(payslip.id), params)}>
                  {intl.formatMessage({ id: 'employeeContent.home.pay.link' }, { period: formatPeriod(intl, payslip) })}
                </Link>
              </>
            ) : (
              <p className={styles.tileText}>{intl.formatMessage({ id: 'employeeContent.home.pay.none' })}</p>
            )}
          </Tile>
        )}
        {home.leave && (
          <Tile id="tile-leave" title={intl.formatMessage({ id: 'employeeContent.home.leave.title' })}>
            <p className={styles.figure}>{intl.formatMessage({ id: 'employeeContent.home.leave.remaining' }, { hours: hours(home.leave.remainingHours) })}</p>
            <p className={styles.tileText}>
              {home.leave.nextExpiryDate
                ? intl.formatMessage(
                    { id: 'employeeContent.home.leave.expiry' },
                    { hours: hours(home.leave.nextExpiryHours), date: formatDay(intl, home.leave.nextExpiryDate) },
                  )
                : intl.formatMessage({ id: 'employeeContent.home.leave.noExpiry' })}
            </p>
            <Link className={styles.tileLink} to={withEmployment(EMPLOYEE_LEAVE, params)}>
              {intl.formatMessage({ id: 'employeeContent.home.leave.link' })}
            </Link>
          </Tile>
        )}
        {home.newDocumentCount !== null && (
          <Tile id="tile-documents" title={intl.formatMessage({ id: 'employeeContent.home.documents.title' })}>
            <p className={styles.figure}>{intl.formatMessage({ id: 'employeeContent.home.documents.new' }, { count: home.newDocumentCount })}</p>
            <p className={styles.tileText}>{intl.formatMessage({ id: 'employeeContent.home.documents.since' })}</p>
            <Link className={styles.tileLink} to={withEmployment(EMPLOYEE_DOCUMENTS, params)}>
              {intl.formatMessage({ id: 'employeeContent.home.documents.link' })}
            </Link>
          </Tile>
        )}
        {home.absenceReporting && (
          <Tile id="tile-sick" title={intl.formatMessage({ id: 'employeeContent.home.sick.title' })} attention={!!home.openSickReport}>
            {home.openSickReport ? (
              <>
                <p className={styles.tileText}>
                  {intl.formatMessage({ id: 'employeeContent.home.sick.open' }, { date: formatDay(intl, home.openSickReport.firstSickDay) })}
                </p>
                <Link className={styles.tileButton} to={withEmployment(EMPLOYEE_ABSENCE, params)}>
                  {intl.formatMessage({ id: 'employeeContent.home.sick.recover' })}
                </Link>
              </>
            ) : (
              <>
                <p className={styles.tileText}>{intl.formatMessage({ id: 'employeeContent.home.sick.none' })}</p>
                <Link className={styles.tileLink} to={withEmployment(EMPLOYEE_ABSENCE, params)}>
                  {intl.formatMessage({ id: 'employeeContent.home.sick.report' })}
                </Link>
              </>
            )}
          </Tile>
        )}
        {home.openLeaveRequests && (
          <Tile id="tile-requests" title={intl.formatMessage({ id: 'employeeContent.home.requests.title' })}>
            <p className={styles.figure}>
              {intl.formatMessage({ id: 'employeeContent.home.requests.open' }, { count: home.openLeaveRequests.length })}
            </p>
            {home.openLeaveRequests.length > 0 && (
              <ul className={styles.requests}>
                {home.openLeaveRequests.slice(0, 3).map((r) => (
                  <li key={r.id}>
                    {intl.formatMessage(
                      { id: 'employeeContent.home.requests.item' },
                      { type: r.leaveType.name, first: formatDay(intl, r.firstDay), last: formatDay(intl, r.lastDay), hours: hours(r.hours) },
                    )}
                  </li>
                ))}
              </ul>
            )}
            <Link className={styles.tileLink} to={withEmployment(EMPLOYEE_LEAVE_REQUESTS, params)}>
              {intl.formatMessage({ id: 'employeeContent.home.requests.link' })}
            </Link>
          </Tile>
        )}
      </ul>
    </section>
  );
}

function Tile({ id, title, attention = false, children }: { id: string; title: string; attention?: boolean; children: ReactNode }) {
  return (
    <li className={styles.tile} data-attention={attention || undefined}>
      <h3 id={id} className={styles.tileTitle}>
        {title}
      </h3>
      {children}
    </li>
  );
}
