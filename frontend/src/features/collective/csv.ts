import type { CollectiveSkipReason } from '../../gql/graphql';

/** One person's outcome of a collective mutation, as the result lists and the CSV show it. */
export interface Outcome {
  personId: string;
  fullName: string;
  employeeNumber: number;
  /** null: taken (changed, or in a dry run: would be changed). */
  reason: CollectiveSkipReason | null;
  /** Where the invitation goes (a collective grant's taken persons). */
  inviteTo?: string | null;
}

export interface CsvTexts {
  header: { employeeNumber: string; name: string; result: string; reason: string };
  taken: string;
  skipped: string;
  reason: (reason: CollectiveSkipReason) => string;
}

/** Dutch spreadsheet programs expect ';' between fields. */
export const CSV_SEPARATOR = ';';

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break (quotes doubled), and
 * made inert when a spreadsheet would read it as a formula (=, +, -, @, tab, carriage return).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The per-person outcomes as CSV (CRLF lines, header first, in employee-number order), for the
 * download after a collective mutation. The texts come from the catalogue, so the file is in the
 * user's language.
 */
export function buildOutcomeCsv(outcomes: readonly Outcome[], texts: CsvTexts): string {
  const rows = [...outcomes].sort((a, b) => a.employeeNumber - b.employeeNumber || a.fullName.localeCompare(b.fullName));
  const lines = [
    [texts.header.employeeNumber, texts.header.name, texts.header.result, texts.header.reason],
    ...rows.map((o) => [o.employeeNumber, o.fullName, o.reason ? texts.skipped : texts.taken, o.reason ? texts.reason(o.reason) : '']),
  ];
  return lines.map((fields) => fields.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** A file name like toegang-verstrekken-23735-2026-11-24.csv. */
export function csvFileName(action: string, administrationNumber: string, now: Date): string {
  const day = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')].join('-');
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${safe(action)}-${safe(administrationNumber)}-${day}.csv`;
}
