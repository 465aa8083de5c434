/**
 * Reading a CSV file of employees for *Werknemers importeren* (R45): the separator (`;` or `,`) is
 * detected from the header line, a UTF-8 byte-order mark is dropped, fields may be quoted ("…", with ""
 * for a quote), lines end in LF or CRLF, and dates are Dutch (dd-mm-jjjj; also d-m-jjjj, dd/mm/jjjj and
 * ISO jjjj-mm-dd). Columns are found by their Dutch name (the example file's), case and spaces ignored,
 * or by the API's English name. What cannot be read is a cell error; the server checks the rest, with
 * the same service as syncEmployees, and reports its errors at their cells as well.
 */

/** The columns of the file, in the order of the example file; `key` is the API field. */
export const COLUMNS = [
  { key: 'employeeNumber', name: 'personeelsnummer', required: true },
  { key: 'personKey', name: 'persoonsnummer', required: true },
  { key: 'initials', name: 'voorletters', required: false },
  { key: 'firstName', name: 'roepnaam', required: true },
  { key: 'lastNamePrefix', name: 'tussenvoegsel', required: false },
  { key: 'lastName', name: 'achternaam', required: true },
  { key: 'birthDate', name: 'geboortedatum', required: true },
  { key: 'privateEmail', name: 'e-mail', required: false },
  { key: 'phone', name: 'telefoon', required: false },
  { key: 'street', name: 'straat', required: false },
  { key: 'postalCode', name: 'postcode', required: false },
  { key: 'city', name: 'plaats', required: false },
  { key: 'startDate', name: 'datum in dienst', required: true },
  { key: 'endDate', name: 'datum uit dienst', required: false },
  { key: 'jobTitle', name: 'functie', required: false },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

const DATE_COLUMNS: readonly ColumnKey[] = ['birthDate', 'startDate', 'endDate'];

/** Other spellings a header may have (compared without case, spaces, dashes and underscores). */
const ALIASES: Partial<Record<ColumnKey, readonly string[]>> = {
  privateEmail: ['email', 'emailadres', 'privemail', 'priveemail', 'privéemail'],
  startDate: ['indienst', 'datumindienst', 'begindatum'],
  endDate: ['uitdienst', 'datumuitdienst', 'einddatum'],
  employeeNumber: ['personeelsnr'],
  personKey: ['persoonsnr'],
};

function normalise(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.]/g, '');
}

/** The most rows a file may hold (ten batches of the API's 1,000). */
export const MAX_ROWS = 10_000;

/** The most bytes a file may have. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Splits CSV text into records of fields. */
export function parseCsv(text: string): { separator: ';' | ','; records: string[][] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const separator = count(';') >= count(',') && count(';') > 0 ? ';' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && body[i + 1] === '\n') i += 1;
    } else {
      field += c;
    }
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  // Blank lines (a trailing newline, an empty line between) are not rows.
  return { separator, records: records.filter((r) => r.some((f) => f.trim() !== '')) };
}

/** A Dutch (or ISO) date as YYYY-MM-DD, or null when it is not a date. */
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  let y: number, m: number, d: number;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (dutch) [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Why a cell could not be read. */
export type CellProblem = 'required' | 'date' | 'number';

/** One row of the file, as sent to syncEmployees. */
export interface EmployeeRow {
  employeeNumber: number;
  personKey: string | null;
  initials: string | null;
  firstName: string | null;
  lastNamePrefix: string | null;
  lastName: string | null;
  birthDate: string | null;
  privateEmail: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  startDate: string | null;
  endDate: string | null;
  jobTitle: string | null;
}

/** A row of the file: its line, the cells as written, the row to send, and what could not be read. */
export interface FileRow {
  line: number;
  cells: Record<ColumnKey, string>;
  row: EmployeeRow | null;
  problems: Partial<Record<ColumnKey, CellProblem>>;
}

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge' }
  | { kind: 'tooManyRows'; max: number }
  | { kind: 'missingColumns'; columns: string[] };

export type ReadResult = { ok: true; rows: FileRow[]; separator: ';' | ',' } | { ok: false; problem: FileProblem };

/** Reads a file's text into rows, or says why the file as a whole cannot be used. */
export function readEmployees(text: string): ReadResult {
  const { separator, records } = parseCsv(text);
  const [header, ...data] = records;
  if (!header || data.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (data.length > MAX_ROWS) return { ok: false, problem: { kind: 'tooManyRows', max: MAX_ROWS } };
  const index = new Map<ColumnKey, number>();
  header.forEach((h, i) => {
    const n = normalise(h);
    const col = COLUMNS.find((c) => normalise(c.name) === n || normalise(c.key) === n || ALIASES[c.key]?.includes(n));
    if (col && !index.has(col.key)) index.set(col.key, i);
  });
  const missing = COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => c.name);
  if (missing.length > 0) return { ok: false, problem: { kind: 'missingColumns', columns: missing } };

  const rows = data.map((record, n): FileRow => {
    const cells = {} as Record<ColumnKey, string>;
    for (const c of COLUMNS) {
      const i = index.get(c.key);
      cells[c.key] = i === undefined ? '' : (record[i] ?? '').trim();
    }
    const problems: FileRow['problems'] = {};
    for (const c of COLUMNS) {
      if (c.required && cells[c.key] === '') problems[c.key] = 'required';
    }
    const dates: Partial<Record<ColumnKey, string | null>> = {};
    for (const key of DATE_COLUMNS) {
      if (cells[key] === '') dates[key] = null;
      else {
        dates[key] = parseDutchDate(cells[key]);
        if (dates[key] === null) problems[key] = 'date';
      }
    }
    const number = /^\d{1,9}$/.test(cells.employeeNumber) ? Number(cells.employeeNumber) : NaN;
    if (cells.employeeNumber !== '' && !(number > 0)) problems.employeeNumber = 'number';
    const text = (key: ColumnKey) => (cells[key] === '' ? null : cells[key]);
    const row: EmployeeRow | null =
      Object.keys(problems).length > 0
        ? null
        : {
            employeeNumber: number,
            personKey: text('personKey'),
            initials: text('initials'),
            firstName: text('firstName'),
            lastNamePrefix: text('lastNamePrefix'),
            lastName: text('lastName'),
            birthDate: dates.birthDate ?? null,
            privateEmail: text('privateEmail'),
            phone: text('phone'),
            street: text('street'),
            postalCode: text('postalCode'),
            city: text('city'),
            startDate: dates.startDate ?? null,
            endDate: dates.endDate ?? null,
            jobTitle: text('jobTitle'),
          };
    return { line: n + 2, cells, row, problems };
  });
  return { ok: true, rows, separator };
}

/** The column an API field name of a row error points at (the input's names are the column keys). */
export function columnOfField(field: string | undefined): ColumnKey | null {
  if (!field) return null;
  const col = COLUMNS.find((c) => c.key === field);
  return col ? col.key : null;
}

/** Splits rows into batches of at most size (the API takes 1,000 rows a call). */
export function batches<T>(rows: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
