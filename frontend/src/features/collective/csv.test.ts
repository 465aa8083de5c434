import { describe, expect, it } from 'vitest';
import { buildOutcomeCsv, csvField, csvFileName, type Outcome } from './csv';
import { countByReason, reasonMessage, REASON_MESSAGES } from './reasons';
import { chunk, mergeResults, withPreviewSkips } from './useCollective';

const texts = {
  header: { employeeNumber: 'Personeelsnummer', name: 'Naam', result: 'Resultaat', reason: 'Reden' },
  taken: 'Uitgenodigd',
  skipped: 'Overgeslagen',
  reason: (r: string) => ({ NO_EMAIL: 'Geen e-mailadres bekend', ALREADY_HAS_ACCESS: 'Heeft al toegang' })[r] ?? r,
};

const o = (employeeNumber: number, fullName: string, reason: Outcome['reason'] = null): Outcome => ({
  personId: `per_${employeeNumber}`,
  fullName,
  employeeNumber,
  reason,
});

describe('the CSV of per-person outcomes', () => {
  it('has a header and one line per person in employee-number order, with ; and CRLF', () => {
    const csv = buildOutcomeCsv([o(12, 'Henk Visser'), o(3, 'Eva Yılmaz', 'NO_EMAIL'), o(7, 'Kees de Boer', 'ALREADY_HAS_ACCESS')], texts);
    expect(csv).toBe(
      [
        'Personeelsnummer;Naam;Resultaat;Reden',
        '3;Eva Yılmaz;Overgeslagen;Geen e-mailadres bekend',
        '7;Kees de Boer;Overgeslagen;Heeft al toegang',
        '12;Henk Visser;Uitgenodigd;',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes fields with separators, quotes and line breaks', () => {
    expect(csvField('de Vries; Jan')).toBe('"de Vries; Jan"');
    expect(csvField('Jan "JJ" Jansen')).toBe('"Jan ""JJ"" Jansen"');
    expect(csvField('regel\nregel')).toBe('"regel\nregel"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(42)).toBe('42');
  });

  it('keeps spreadsheet programs from running a name as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+31 6')).toBe("'+31 6");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5'); // numbers stay numbers
  });

  it('names the file after the action, the administration and the day', () => {
    expect(csvFileName('toegang verstrekken', '23735', new Date(2026, 10, 4))).toBe('toegang-verstrekken-23735-2026-11-04.csv');
  });
});

describe('collective results', () => {
  it('translates every skip reason, and an unknown one neutrally', () => {
    for (const [reason, id] of Object.entries(REASON_MESSAGES)) expect(reasonMessage(reason)).toBe(id);
    expect(reasonMessage('SOMETHING_NEW')).toBe('collective.reason.unknown');
  });

  it('counts the skipped per reason, most frequent first', () => {
    expect(countByReason([o(1, 'a', 'NO_EMAIL'), o(2, 'b', 'ALREADY_HAS_ACCESS'), o(3, 'c', 'NO_EMAIL'), o(4, 'd')])).toEqual([
      ['NO_EMAIL', 2],
      ['ALREADY_HAS_ACCESS', 1],
    ]);
  });

  it('runs in chunks and merges their results in employee-number order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    const merged = mergeResults([
      { taken: [o(9, 'z')], skipped: [] },
      { taken: [o(2, 'b')], skipped: [o(5, 'e', 'NO_EMAIL')] },
    ]);
    expect(merged.taken.map((x) => x.employeeNumber)).toEqual([2, 9]);
  });

  it('adds whom the preview skipped to the result of the run', () => {
    const preview = { taken: [o(1, 'a'), o(2, 'b')], skipped: [o(3, 'c', 'NO_EMAIL')] };
    // Between preview and run, b got access elsewhere: the run skips b itself.
    const run = { taken: [o(1, 'a')], skipped: [o(2, 'b', 'ALREADY_HAS_ACCESS')] };
    expect(withPreviewSkips(run, preview)).toEqual({ taken: [o(1, 'a')], skipped: [o(2, 'b', 'ALREADY_HAS_ACCESS'), o(3, 'c', 'NO_EMAIL')] });
  });
});
