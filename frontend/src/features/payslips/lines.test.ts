import { describe, expect, it } from 'vitest';
import { formatCents, groupLines, type Line } from './lines';

const line = (id: string, category: Line['category'], amountCents: number): Line => ({
  id,
  code: id,
  description: `regel ${id}`,
  amountCents,
  category,
});

describe('payslip lines', () => {
  const lines = [
    line('5000', 'DEDUCTIONS', 41_250),
    line('1000', 'EARNINGS', 350_000),
    line('4000', 'RESERVATIONS', 28_000),
    line('1100', 'EARNINGS', 12_345),
    line('5100', 'DEDUCTIONS', 9_000),
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

describe('amounts', () => {
  it('are euros in Dutch notation', () => {
    expect(formatCents(123_456, 'nl-NL').replace(/\s/g, ' ')).toBe('€ 1.234,56');
    expect(formatCents(-5, 'nl-NL').replace(/\s/g, ' ')).toBe('€ -0,05');
    expect(formatCents(123_456, 'en')).toBe('€1,234.56');
  });
});
