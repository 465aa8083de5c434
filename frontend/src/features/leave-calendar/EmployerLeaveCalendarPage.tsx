import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { FeedSection, Legend, LeaveCalendarView, isMonth, shiftMonth } from '../../components/calendar';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Notice } from '../../components/ui/Notice';
import { todayIso } from '../../lib/format/dates';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import {
  createEmployerLeaveCalendarFeedMutation,
  employerLeaveCalendarFeedQuery,
  employerLeaveCalendarQuery,
  revokeEmployerLeaveCalendarFeedMutation,
} from './leaveCalendar.graphql';

const feedClasses = {
  card: styles.card,
  title: styles.sectionTitle,
  muted: styles.muted,
  saved: styles.muted,
  buttons: styles.pagerButtons,
  button: styles.button,
  secondaryButton: styles.buttonSecondary,
};

const MONTH = 'maand';
const PAGE = 'pagina';

/**
 * Verlofkalender of the employer (R32), for staff with VIEW_EMPLOYEES: who is away in a month with
 * the leave type; sickness only as afwezig; submitted requests only for holders of HANDLE_REQUESTS.
 * The server decides all of that; month and page are in the address.
 */
export default function EmployerLeaveCalendarPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('leaveCalendar.title');
  const [search] = useSearchParams();
  const current = todayIso().slice(0, 7);
  const asked = search.get(MONTH);
  const month = isMonth(asked) ? asked : current;
  const page = Math.max(1, Math.min(10_000, Number(search.get(PAGE)) || 1));
  const [result] = useQuery({ query: employerLeaveCalendarQuery, variables: { employerId: employer.id, month, page } });
  const cal = result.data?.leaveCalendar;
  const href = (m: string, p = 1) => `?${new URLSearchParams(p > 1 ? { [MONTH]: m, [PAGE]: String(p) } : { [MONTH]: m }).toString()}`;
  const pageCount = cal ? Math.max(1, Math.ceil(cal.totalPeople / cal.pageSize)) : 1;
  const [feed, refetchFeed] = useQuery({ query: employerLeaveCalendarFeedQuery, variables: { employerId: employer.id } });
  const [, create] = useMutation(createEmployerLeaveCalendarFeedMutation);
  const [, revoke] = useMutation(revokeEmployerLeaveCalendarFeedMutation);

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'leaveCalendar.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'leaveCalendar.intro' }, { employer: employer.name })}</p>
      </header>
      <nav aria-label={intl.formatMessage({ id: 'leaveCalendar.month' })} className={styles.pagerButtons}>
        <Link className={styles.buttonSecondary} to={href(shiftMonth(month, -1))} rel="prev">
          {intl.formatMessage({ id: 'leaveCalendar.previousMonth' })}
        </Link>
        <Link className={styles.buttonSecondary} to={href(shiftMonth(month, 1))} rel="next">
          {intl.formatMessage({ id: 'leaveCalendar.nextMonth' })}
        </Link>
      </nav>
      {result.error && !cal && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!cal && result.fetching && <PageStatus />}
      {cal && (
        <section className={styles.stack} aria-labelledby="leave-calendar-month">
          <h2 id="leave-calendar-month" className={styles.sectionTitle}>
            {intl.formatDate(cal.firstDay, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
          </h2>
          <Legend statuses={['LEAVE', 'REQUESTED', 'ABSENT']} />
          <LeaveCalendarView people={cal.people} firstDay={cal.firstDay} lastDay={cal.lastDay} />
          {cal.totalPeople > cal.pageSize && (
            <nav aria-label={intl.formatMessage({ id: 'leaveCalendar.pages' }, { page: cal.page, pageCount, total: cal.totalPeople })} className={styles.pagerButtons}>
              {cal.page > 1 && (
                <Link className={styles.buttonSecondary} to={href(month, cal.page - 1)} rel="prev">
                  {intl.formatMessage({ id: 'leaveCalendar.previousPage' })}
                </Link>
              )}
              {cal.page < pageCount && (
                <Link className={styles.buttonSecondary} to={href(month, cal.page + 1)} rel="next">
                  {intl.formatMessage({ id: 'leaveCalendar.nextPage' })}
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
      {feed.data?.leaveCalendarFeed && (
        <FeedSection
          active={feed.data.leaveCalendarFeed.active}
          since={feed.data.leaveCalendarFeed.createdAt ?? null}
          create={async () => {
            const r = await create({ employerId: employer.id });
            refetchFeed({ requestPolicy: 'network-only' });
            return r.data?.createLeaveCalendarFeed.url ?? null;
          }}
          revoke={async () => {
            const r = await revoke({ employerId: employer.id });
            refetchFeed({ requestPolicy: 'network-only' });
            return !r.error && (r.data?.revokeLeaveCalendarFeed.userErrors.length ?? 1) === 0;
          }}
          classes={feedClasses}
        />
      )}
    </div>
  );
}
