/** The leave calendar's shapes (R32), as the server sends them: it already decided what the viewer may see. */
export type CalendarStatus = 'ABSENT' | 'REQUESTED' | 'LEAVE';

export interface CalendarDay {
  date: string;
  status: CalendarStatus;
  leaveType?: string | null;
  hours?: number | null;
}

export interface CalendarPerson {
  key: string;
  name: string;
  isSelf: boolean;
  days: readonly CalendarDay[];
}

export interface AgendaDay {
  date: string;
  entries: Array<{ person: CalendarPerson; day: CalendarDay }>;
}

/** Every date of the month, first to last (YYYY-MM-DD). */
export function monthDays(firstDay: string, lastDay: string): string[] {
  const out: string[] = [];
  const d = new Date(`${firstDay}T00:00:00Z`);
  const end = new Date(`${lastDay}T00:00:00Z`);
  while (d <= end && out.length < 31) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** The phone's agenda: only the days someone is away, in date order; on each day the people in the server's order (you first). */
export function agenda(people: readonly CalendarPerson[]): AgendaDay[] {
  const byDate = new Map<string, AgendaDay>();
  for (const person of people) {
    for (const day of person.days) {
      let entry = byDate.get(day.date);
      if (!entry) {
        entry = { date: day.date, entries: [] };
        byDate.set(day.date, entry);
      }
      entry.entries.push({ person, day });
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** YYYY-MM moved by delta months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** Whether s is a month the calendar can show: YYYY-MM between 2000 and 2100. */
export function isMonth(s: string | null): s is string {
  if (!s || !/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  return y >= 2000 && y <= 2100;
}
