import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { FeedSection, Legend, LeaveCalendarView, isMonth, shiftMonth } from '../../../components/calendar';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { todayIso } from '../../../lib/format/dates';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { createLeaveCalendarFeedMutation, myLeaveCalendarQuery, revokeLeaveCalendarFeedMutation } from './leaveCalendar.graphql';
import styles from '../content.module.css';

const feedClasses = {
  card: styles.card,
  title: styles.cardTitle,
  muted: styles.muted,
  saved: styles.saved,
  buttons: styles.buttons,
  button: styles.button,
  secondaryButton: styles.secondaryButton,
};

const MONTH = 'maand';
const PAGE = 'pagina';

/**
 * /werknemer/verlofkalender: who of the team is away in a month (R32). The server decides what the
 * employee may see — colleagues only as afwezig — and this page only shows it: an agenda on phones,
 * a month grid on wider screens. The month and page are in the address, so the page can be bookmarked (R24).
 */
export default function LeaveCalendarPage() {
  return <PortalPage feature="LEAVE_CALENDAR">{(context) => <LeaveCalendar {...context} />}</PortalPage>;
}

function LeaveCalendar({ employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeLeaveCalendar.title');
  const [search] = useSearchParams();
  const current = todayIso().slice(0, 7);
  const asked = search.get(MONTH);
  const month = isMonth(asked) ? asked : current;
  const page = Math.max(1, Math.min(10_000, Number(search.get(PAGE)) || 1));
  const [{ data, fetching, error }, refetch] = useQuery({ query: myLeaveCalendarQuery, variables: { month, page } });
  const href = (m: string, p = 1) => `?${new URLSearchParams(p > 1 ? { [MONTH]: m, [PAGE]: String(p) } : { [MONTH]: m }).toString()}`;
  const cal = data?.myLeaveCalendar;
  const pageCount = cal ? Math.max(1, Math.ceil(cal.totalPeople / cal.pageSize)) : 1;
  const [, create] = useMutation(createLeaveCalendarFeedMutation);
  const [, revoke] = useMutation(revokeLeaveCalendarFeedMutation);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeLeaveCalendar.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeLeaveCalendar.intro' })}</p>
      </header>
      <nav aria-label={intl.formatMessage({ id: 'employeeLeaveCalendar.month' })} className={styles.buttons}>
        <Link className={styles.secondaryButton} to={href(shiftMonth(month, -1))} rel="prev">
          {intl.formatMessage({ id: 'employeeLeaveCalendar.previousMonth' })}
        </Link>
        {month !== current && (
          <Link className={styles.linkButton} to={href(current)}>
            {intl.formatMessage({ id: 'employeeLeaveCalendar.thisMonth' })}
          </Link>
        )}
        <Link className={styles.secondaryButton} to={href(shiftMonth(month, 1))} rel="next">
          {intl.formatMessage({ id: 'employeeLeaveCalendar.nextMonth' })}
        </Link>
      </nav>
      {!cal ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="LEAVE_CALENDAR" employer={employer} />
        )
      ) : (
        <>
          <section className={styles.card} aria-labelledby="leave-calendar-month">
            <h2 id="leave-calendar-month" className={styles.cardTitle}>
              {intl.formatDate(cal.firstDay, { month: 'long', year: 'numeric', timeZone: 'UTC' })}
            </h2>
            <Legend statuses={['ABSENT', 'LEAVE', 'REQUESTED']} />
            <LeaveCalendarView people={cal.people} firstDay={cal.firstDay} lastDay={cal.lastDay} />
            {cal.totalPeople > cal.pageSize && (
              <nav aria-label={intl.formatMessage({ id: 'employeeLeaveCalendar.pages' }, { page: cal.page, pageCount, total: cal.totalPeople })} className={styles.buttons}>
                <p className={styles.muted}>
                  {intl.formatMessage({ id: 'employeeLeaveCalendar.pages' }, { page: cal.page, pageCount, total: cal.totalPeople })}
                </p>
                {cal.page > 1 && (
                  <Link className={styles.secondaryButton} to={href(month, cal.page - 1)} rel="prev">
                    {intl.formatMessage({ id: 'employeeLeaveCalendar.previousPage' })}
                  </Link>
                )}
                {cal.page < pageCount && (
                  <Link className={styles.secondaryButton} to={href(month, cal.page + 1)} rel="next">
                    {intl.formatMessage({ id: 'employeeLeaveCalendar.nextPage' })}
                  </Link>
                )}
              </nav>
            )}
          </section>
          <FeedSection
            active={data.myLeaveCalendarFeed.active}
            since={data.myLeaveCalendarFeed.createdAt ?? null}
            create={async () => {
              const r = await create({});
              refetch({ requestPolicy: 'network-only' });
              return r.data?.createLeaveCalendarFeed.url ?? null;
            }}
            revoke={async () => {
              const r = await revoke({});
              refetch({ requestPolicy: 'network-only' });
              return !r.error && (r.data?.revokeLeaveCalendarFeed.userErrors.length ?? 1) === 0;
            }}
            classes={feedClasses}
          />
        </>
      )}
    </>
  );
}
