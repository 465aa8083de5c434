import type { SetWorkPatternInput, WorkWeekInput } from '../../gql/graphql';
import { hoursText, parseHours } from './hours';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type WeekHours = Record<Weekday, number>;

/** The form's state: hours as typed, one or two weeks, and a day in week A. */
export interface PatternDraft {
  weeks: Array<Record<Weekday, string>>;
  twoWeeks: boolean;
  weekAStartsOn: string;
}

const EMPTY_WEEK: Record<Weekday, string> = { monday: '0', tuesday: '0', wednesday: '0', thursday: '0', friday: '0', saturday: '0', sunday: '0' };

export function patternDraft(pattern: { weeks: readonly WeekHours[]; weekAStartsOn?: string | null } | null | undefined, locale: string, today: string): PatternDraft {
  const weeks = (pattern?.weeks ?? []).map((w) => Object.fromEntries(WEEKDAYS.map((d) => [d, hoursText(w[d], locale)])) as Record<Weekday, string>);
  if (weeks.length === 0) weeks.push({ ...EMPTY_WEEK });
  return { weeks, twoWeeks: weeks.length === 2, weekAStartsOn: pattern?.weekAStartsOn ?? today };
}

/** Two weeks: week B starts as a copy of week A, so only the days that differ need typing. */
export function withTwoWeeks(d: PatternDraft, on: boolean): PatternDraft {
  if (!on) return { ...d, twoWeeks: false };
  const weeks = d.weeks.length === 2 ? d.weeks : [d.weeks[0]!, { ...d.weeks[0]! }];
  return { ...d, twoWeeks: true, weeks };
}

/** The input name of a day's box: w0-monday. */
export const dayField = (week: number, day: Weekday) => `w${week}-${day}`;

/** The boxes whose hours are not 0 to 24, and whether the weeks have no hours at all. */
export function patternProblems(d: PatternDraft): { days: string[]; empty: boolean; anchor: boolean } {
  const weeks = d.twoWeeks ? d.weeks.slice(0, 2) : d.weeks.slice(0, 1);
  const days: string[] = [];
  let total = 0;
  weeks.forEach((w, i) => {
    for (const day of WEEKDAYS) {
      const h = parseHours(w[day]);
      if (h === null || h > 24) days.push(dayField(i, day));
      else total += h;
    }
  });
  return { days, empty: days.length === 0 && total === 0, anchor: d.twoWeeks && !/^\d{4}-\d{2}-\d{2}$/.test(d.weekAStartsOn) };
}

export function patternInput(employmentId: string, d: PatternDraft): SetWorkPatternInput {
  const weeks = (d.twoWeeks ? d.weeks.slice(0, 2) : d.weeks.slice(0, 1)).map(
    (w) => Object.fromEntries(WEEKDAYS.map((day) => [day, parseHours(w[day]) ?? 0])) as WorkWeekInput,
  );
  return { employmentId, weeks, ...(d.twoWeeks ? { weekAStartsOn: d.weekAStartsOn } : {}) };
}

/** The box a server userError points at: ["input", "weeks", "1", "friday"] → w1-friday. */
export function patternFieldOf(path: readonly string[] | null | undefined): string | null {
  if (!path) return null;
  const i = path.indexOf('weeks');
  const week = path[i + 1];
  const day = path[i + 2];
  if (i >= 0 && week !== undefined && day !== undefined && (WEEKDAYS as readonly string[]).includes(day)) return dayField(Number(week), day as Weekday);
  return null;
}
