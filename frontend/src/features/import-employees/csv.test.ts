import { describe, expect, it } from 'vitest';
import { batches, COLUMNS, parseCsv, parseDutchDate, readEmployees } from './csv';

// The example file staff download (frontend/public), read as text at test time.
const example = import.meta.glob<string>('../../../public/voorbeeld-werknemers.csv', { query: '?raw', import: 'default', eager: true });

const HEADER = COLUMNS.map((c) => c.name).join(';');

describe('parseCsv', () => {
  it('detects the separator, drops a BOM, reads quotes and CRLF, skips blank lines', () => {
    const semicolon = parseCsv('\uFEFFa;b;c\r\n1;"x;y";"he said ""hi"""\r\n\r\n2;;3\r\n');
    expect(semicolon.separator).toBe(';');
    expect(semicolon.records).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'he said "hi"'],
      ['2', '', '3'],
    ]);
    const comma = parseCsv('a,b\n"1,5",2');
    expect(comma.separator).toBe(',');
    expect(comma.records).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('keeps a line break inside quotes in its field', () => {
    expect(parseCsv('a;b\n"regel 1\nregel 2";x\n').records[1]).toEqual(['regel 1\nregel 2', 'x']);
  });
});

describe('parseDutchDate', () => {
  it('reads dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj and ISO; refuses what is no date', () => {
    expect(parseDutchDate('14-03-1988')).toBe('1988-03-14');
    expect(parseDutchDate('4-3-1988')).toBe('1988-03-04');
    expect(parseDutchDate('04/03/1988')).toBe('1988-03-04');
    expect(parseDutchDate('1988-03-04')).toBe('1988-03-04');
    expect(parseDutchDate('31-02-2026')).toBeNull();
    expect(parseDutchDate('03-14-1988')).toBeNull();
    expect(parseDutchDate('14-03-88')).toBeNull();
    expect(parseDutchDate('morgen')).toBeNull();
  });
});

describe('readEmployees', () => {
  it('maps the columns by name in any order and case, with an English header too', () => {
    const read = readEmployees(
      'Achternaam,roepnaam,PERSONEELSNUMMER,persoonsnummer,geboortedatum,Datum in dienst,email\nJansen,Jan,12,P12,01-02-1980,1-1-2020,jan@example.nl\n',
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows[0]!.row).toMatchObject({
      employeeNumber: 12,
      personKey: 'P12',
      firstName: 'Jan',
      lastName: 'Jansen',
      birthDate: '1980-02-01',
      startDate: '2020-01-01',
      endDate: null,
      privateEmail: 'jan@example.nl',
      initials: null,
    });
    expect(read.rows[0]!.line).toBe(2);
  });

  it('marks what cannot be read at its cell and sends no row for it', () => {
    const read = readEmployees(`${HEADER}\n12;P12;;Jan;;Jansen;31-02-1980;;;;;;01-01-2020;;\nx;P13;;;;Visser;01-01-1980;;;;;;2020-01-01;;\n`);
    if (!read.ok) throw new Error('file refused');
    expect(read.rows[0]!.problems).toEqual({ birthDate: 'date' });
    expect(read.rows[0]!.row).toBeNull();
    expect(read.rows[1]!.problems).toEqual({ employeeNumber: 'number', firstName: 'required' });
  });

  it('refuses a file without the required columns or without rows', () => {
    expect(readEmployees('naam;adres\nJan;Hier\n')).toMatchObject({ ok: false, problem: { kind: 'missingColumns' } });
    const missing = readEmployees('personeelsnummer;roepnaam\n1;Jan');
    expect(missing.ok === false && missing.problem.kind === 'missingColumns' && missing.problem.columns).toEqual([
      'persoonsnummer',
      'achternaam',
      'geboortedatum',
      'datum in dienst',
    ]);
    expect(readEmployees(`${HEADER}\n\n`)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('reads the example file of the repository without a single problem', () => {
    const text = Object.values(example)[0] ?? '';
    const read = readEmployees(text);
    if (!read.ok) throw new Error(`example refused: ${JSON.stringify(read.problem)}`);
    expect(read.separator).toBe(';');
    expect(read.rows).toHaveLength(6);
    expect(read.rows.every((r) => r.row !== null)).toBe(true);
    // One person with two employments (R18).
    expect(read.rows.filter((r) => r.row?.personKey === 'P9003')).toHaveLength(2);
    expect(read.rows.find((r) => r.row?.employeeNumber === 9005)?.row?.endDate).toBe('2026-12-31');
  });
});

describe('batches', () => {
  it('splits into batches of at most 1,000', () => {
    const sizes = batches(Array.from({ length: 2500 }, (_, i) => i)).map((b) => b.length);
    expect(sizes).toEqual([1000, 1000, 500]);
  });
});
