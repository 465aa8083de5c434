import { describe, expect, it } from 'vitest';
import type { PayslipLineCategory } from '../../gql/graphql';
import { groupLines } from './payslipLines';

const line = (code: string, category: 'EARNINGS' | 'DEDUCTIONS' | 'EMPLOYER_CONTRIBUTIONS' | 'RESERVATIONS', amountCents: number) => ({
  code,
  category,
  amountCents,
});

describe('groupLines', () => {
  const lines = [
    line('4000', 'RESERVATIONS', 34760),
    line('1000', 'EARNINGS', 434500),
    line('5000', 'DEDUCTIONS', 94996),
    line('1100', 'EARNINGS', 41712),
    line('5100', 'DEDUCTIONS', 15430),
  ];

  it('groups in the payslip order and keeps the line order', () => {
    const groups = groupLines(lines);
    expect(groups.map((g) => g.category)).toEqual(['EARNINGS', 'DEDUCTIONS', 'RESERVATIONS']);
    expect(groups[0]!.lines.map((l) => l.code)).toEqual(['1000', '1100']);
    expect(groups[1]!.lines.map((l) => l.code)).toEqual(['5000', '5100']);
  });

  it('sums when the server sent no total, and takes the server total when it did', () => {
    expect(groupLines(lines).map((g) => g.totalCents)).toEqual([476212, 110426, 34760]);
    const withTotals = groupLines(lines, [{ category: 'EARNINGS', totalCents: 1 }]);
    expect(withTotals[0]!.totalCents).toBe(1);
    expect(withTotals[1]!.totalCents).toBe(110426);
  });

  it('has nothing for no lines', () => {
    expect(groupLines([])).toEqual([]);
  });
});

const staffLine = (id: string, category: PayslipLineCategory, amountCents: number) => ({
  id,
  code: id,
  description: `regel ${id}`,
  amountCents,
  category,
});

// The staff dialog's lines (with id and description) go through the same groupLines.
describe('payslip lines', () => {
  const lines = [
    staffLine('5000', 'DEDUCTIONS', 41_250),
    staffLine('1000', 'EARNINGS', 350_000),
    staffLine('4000', 'RESERVATIONS', 28_000),
    staffLine('1100', 'EARNINGS', 12_345),
    staffLine('5100', 'DEDUCTIONS', 9_000),
  ];

  it('are grouped by category in payslip order, each keeping its own order', () => {
    const groups = groupLines(lines);
    expect(groups.map((g) => g.category)).toEqual(['EARNINGS', 'DEDUCTIONS', 'RESERVATIONS']);
    expect(groups[0]!.lines.map((l) => l.id)).toEqual(['1000', '1100']);
    expect(groups.map((g) => g.totalCents)).toEqual([362_345, 50_250, 28_000]);
  });

  it("take the server's totals when it gives them", () => {
    const groups = groupLines(lines, [{ category: 'EARNINGS', totalCents: 1 }]);
    expect(groups.map((g) => g.totalCents)).toEqual([1, 50_250, 28_000]);
  });

  it('make no group of nothing', () => {
    expect(groupLines([])).toEqual([]);
  });
});
