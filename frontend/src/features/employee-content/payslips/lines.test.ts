import { describe, expect, it } from 'vitest';
import { groupLines } from './lines';

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
