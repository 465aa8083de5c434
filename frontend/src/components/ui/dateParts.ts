/*
 * A date typed in Dutch order: dag, maand, jaar (dd-mm-jjjj), in three boxes (DateInput). The
 * server wants YYYY-MM-DD.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

/**
 * A whole date typed or pasted into one box: "17-03-1985", "17/3/1985", "17.03.1985", "17 03 1985",
 * "17031985", and the ISO form "1985-03-17" (what autofill may give). Null when it is not one.
 */
export function splitDutchDate(text: string): DateParts | null {
  const s = text.trim();
  let m = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{4})$/.exec(s);
  if (m) return { day: m[1]!, month: m[2]!, year: m[3]! };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return { day: m[3]!, month: m[2]!, year: m[1]! };
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) return { day: m[1]!, month: m[2]!, year: m[3]! };
  return null;
}

/** dd-mm-jjjj of an ISO date, for showing a date back in Dutch order. */
export function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * The three boxes as one value: the ISO date when they hold a date that exists, '' when all are
 * empty, and otherwise what was typed in Dutch order ("31-2-2026", "12--"), which no ISO check
 * accepts, so a form's own check calls it invalid.
 */
export function datePartsValue(parts: DateParts): string {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    const [d, m, y] = [Number(day), Number(month), Number(year)];
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (m >= 1 && m <= 12 && d >= 1 && d <= lastDay) {
      return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return `${day}-${month}-${year}`;
}

/** The boxes of an ISO date (two-digit day and month); empty boxes for anything else. */
export function isoDateParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: m[3]!, month: m[2]!, year: m[1]! } : EMPTY_DATE_PARTS;
}
