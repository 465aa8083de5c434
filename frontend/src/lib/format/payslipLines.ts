import type { PayslipLineCategory } from '../../gql/graphql';

/** The order of a payslip's categories, as the server's totals and the PDF have them (staff and employee pages alike). */
export const CATEGORY_ORDER: readonly PayslipLineCategory[] = ['EARNINGS', 'DEDUCTIONS', 'EMPLOYER_CONTRIBUTIONS', 'RESERVATIONS'];

export interface LineLike {
  category: PayslipLineCategory;
  amountCents: number;
}

export interface LineGroup<L extends LineLike> {
  category: PayslipLineCategory;
  lines: L[];
  totalCents: number;
}

/**
 * The lines of a payslip grouped by category, in the payslip's category order, each line in its
 * original order, with the category's total: the server's when it sent one, else the sum.
 * Categories without lines are left out.
 */
export function groupLines<L extends LineLike>(
  lines: readonly L[],
  totals: ReadonlyArray<{ category: PayslipLineCategory; totalCents: number }> = [],
): LineGroup<L>[] {
  const groups: LineGroup<L>[] = [];
  for (const category of CATEGORY_ORDER) {
    const mine = lines.filter((l) => l.category === category);
    if (mine.length === 0) continue;
    const total = totals.find((t) => t.category === category)?.totalCents ?? mine.reduce((sum, l) => sum + l.amountCents, 0);
    groups.push({ category, lines: mine, totalCents: total });
  }
  return groups;
}
