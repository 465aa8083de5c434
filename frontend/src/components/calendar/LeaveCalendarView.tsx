import { useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';
import { agenda, monthDays, type CalendarDay, type CalendarPerson, type CalendarStatus } from './model';
import styles from './calendar.module.css';

const STATUS: Record<CalendarStatus, MessageId> = {
  ABSENT: 'calendar.status.ABSENT',
  REQUESTED: 'calendar.status.REQUESTED',
  LEAVE: 'calendar.status.LEAVE',
};

/**
 * What a day says: afwezig, the leave type, or the type as aangevraagd. The server leaves out the
 * type wherever the viewer may not see it (R32); this only words what came.
 */
export function dayLabel(intl: IntlShape, day: CalendarDay): string {
  let text = intl.formatMessage({ id: STATUS[day.status] });
  if (day.status === 'LEAVE' && day.leaveType) text = day.leaveType;
  if (day.status === 'REQUESTED' && day.leaveType) text = intl.formatMessage({ id: 'calendar.requestedType' }, { type: day.leaveType });
  return text;
}

function personName(intl: IntlShape, p: CalendarPerson): string {
  return p.isSelf ? intl.formatMessage({ id: 'calendar.you' }, { name: p.name }) : p.name;
}

const DAY_HEADING = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } as const;

/** Phones: a readable list of the days someone is away, and who (R24, R32). */
export function AgendaList({ people }: { people: readonly CalendarPerson[] }) {
  const intl = useIntl();
  const days = agenda(people);
  if (days.length === 0) return <p>{intl.formatMessage({ id: 'calendar.agenda.empty' })}</p>;
  return (
    <ol className={styles.agenda} aria-label={intl.formatMessage({ id: 'calendar.agenda.label' })}>
      {days.map((d) => (
        <li key={d.date} className={styles.agendaDay}>
          <h3 className={styles.agendaDate}>{intl.formatDate(d.date, DAY_HEADING)}</h3>
          <ul className={styles.agendaEntries}>
            {d.entries.map(({ person, day }) => (
              <li key={person.key} className={styles.agendaEntry}>
                <span className={styles.name}>{personName(intl, person)}</span>
                <span className={`${styles.badge} ${styles[day.status]}`}>
                  {dayLabel(intl, day)}
                  {day.hours != null && ` · ${intl.formatMessage({ id: 'calendar.hours' }, { hours: day.hours })}`}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** Wider screens: the month as a grid, a row per person and a column per day. */
export function MonthGrid({ people, firstDay, lastDay }: { people: readonly CalendarPerson[]; firstDay: string; lastDay: string }) {
  const intl = useIntl();
  const dates = monthDays(firstDay, lastDay);
  const month = intl.formatDate(firstDay, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the month scrolls sideways: keyboard users focus it to scroll (axe scrollable-region-focusable)
    <div className={styles.gridWrap} tabIndex={0} role="region" aria-label={intl.formatMessage({ id: 'calendar.grid.scroll' })}>
      <table className={styles.grid}>
        <caption>{intl.formatMessage({ id: 'calendar.grid.caption' }, { month })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'calendar.grid.person' })}</th>
            {dates.map((d) => (
              <th key={d} scope="col" className={weekend(d) ? styles.weekend : undefined}>
                <abbr title={intl.formatDate(d, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}>{Number(d.slice(8))}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const byDate = new Map(p.days.map((d) => [d.date, d]));
            return (
              <tr key={p.key}>
                <th scope="row">{personName(intl, p)}</th>
                {dates.map((d) => {
                  const day = byDate.get(d);
                  if (!day) return <td key={d} className={weekend(d) ? styles.weekend : undefined} />;
                  const label = dayLabel(intl, day);
                  return (
                    <td key={d} title={label}>
                      <span className={`${styles.cell} ${styles[day.status]}`}>
                        <span className={styles.visuallyHidden}>{label}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The legend of the grid's colours. */
export function Legend({ statuses }: { statuses: readonly CalendarStatus[] }) {
  const intl = useIntl();
  return (
    <ul className={styles.legend} aria-label={intl.formatMessage({ id: 'calendar.legend' })}>
      {statuses.map((s) => (
        <li key={s} className={`${styles.badge} ${styles[s]}`}>
          {intl.formatMessage({ id: STATUS[s] })}
        </li>
      ))}
    </ul>
  );
}

/** The calendar of a month: the agenda on phones, the grid from 48rem on (both rendered; CSS picks). */
export function LeaveCalendarView({ people, firstDay, lastDay }: { people: readonly CalendarPerson[]; firstDay: string; lastDay: string }) {
  return (
    <>
      <div className={styles.phoneOnly}>
        <AgendaList people={people} />
      </div>
      {people.length > 0 && <MonthGrid people={people} firstDay={firstDay} lastDay={lastDay} />}
    </>
  );
}
