import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { PageStatus } from '../../../components/PageStatus';
import { Legend, LeaveCalendarView, isMonth, shiftMonth } from '../../../components/calendar';
import { messageIdForCombinedError } from '../../../lib/graphql/errors';
import { todayIso } from '../../../lib/format/dates';
import { myTeamCalendarQuery } from './myTeam.graphql';
import styles from '../content.module.css';

const MONTH = 'maand';
const PAGE = 'pagina';

/**
 * The team calendar on Mijn team (R32, R35): the team's leave with its type, their requests, and sick
 * days as absent — never why (R25). The server decides what shows; an agenda on phones, the month grid
 * on wider screens. Month and page are in the address, so the view can be bookmarked (R24).
 */
export function TeamCalendar() {
  const intl = useIntl();
  const [search] = useSearchParams();
  const current = todayIso().slice(0, 7);
  const asked = search.get(MONTH);
  const month = isMonth(asked) ? asked : current;
  const page = Math.max(1, Math.min(10_000, Number(search.get(PAGE)) || 1));
  const [{ data, fetching, error }] = useQuery({ query: myTeamCalendarQuery, variables: { month, page } });
  const href = (m: string, p = 1) => `?${new URLSearchParams(p > 1 ? { [MONTH]: m, [PAGE]: String(p) } : { [MONTH]: m }).toString()}`;
  const cal = data?.myTeamCalendar;
  const pageCount = cal ? Math.max(1, Math.ceil(cal.totalPeople / cal.pageSize)) : 1;
  const pages = cal ? intl.formatMessage({ id: 'employeeMyTeam.calendar.pages' }, { page: cal.page, pageCount, total: cal.totalPeople }) : '';
  return (
    <section className={styles.card} aria-labelledby="team-calendar">
      <h2 id="team-calendar" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeMyTeam.calendar.title' })}
      </h2>
      <p className={styles.muted}>{intl.formatMessage({ id: 'employeeMyTeam.calendar.intro' })}</p>
      <nav aria-label={intl.formatMessage({ id: 'employeeMyTeam.calendar.month' })} className={styles.buttons}>
        <Link className={styles.secondaryButton} to={href(shiftMonth(month, -1))} rel="prev">
          {intl.formatMessage({ id: 'employeeMyTeam.calendar.previousMonth' })}
        </Link>
        {month !== current && (
          <Link className={styles.linkButton} to={href(current)}>
            {intl.formatMessage({ id: 'employeeMyTeam.calendar.thisMonth' })}
          </Link>
        )}
        <Link className={styles.secondaryButton} to={href(shiftMonth(month, 1))} rel="next">
          {intl.formatMessage({ id: 'employeeMyTeam.calendar.nextMonth' })}
        </Link>
      </nav>
      {!cal ? (
        fetching ? (
          <PageStatus />
        ) : (
          <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />
        )
      ) : (
        <>
          <h3 className={styles.subTitle}>{intl.formatDate(cal.firstDay, { month: 'long', year: 'numeric', timeZone: 'UTC' })}</h3>
          <Legend statuses={['LEAVE', 'REQUESTED', 'ABSENT']} />
          <LeaveCalendarView people={cal.people} firstDay={cal.firstDay} lastDay={cal.lastDay} />
          {cal.totalPeople > cal.pageSize && (
            <nav aria-label={pages} className={styles.buttons}>
              <p className={styles.muted}>{pages}</p>
              {cal.page > 1 && (
                <Link className={styles.secondaryButton} to={href(month, cal.page - 1)} rel="prev">
                  {intl.formatMessage({ id: 'employeeMyTeam.calendar.previousPage' })}
                </Link>
              )}
              {cal.page < pageCount && (
                <Link className={styles.secondaryButton} to={href(month, cal.page + 1)} rel="next">
                  {intl.formatMessage({ id: 'employeeMyTeam.calendar.nextPage' })}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
