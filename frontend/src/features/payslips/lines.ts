import type { PayslipLineCategory } from '../../gql/graphql';

/** The order of the categories on a payslip (and of Payslip.totals). */
export const CATEGORIES: readonly PayslipLineCategory[] = ['EARNINGS', 'DEDUCTIONS', 'EMPLOYER_CONTRIBUTIONS', 'RESERVATIONS'];

export interface Line {
  id: string;
  code: string;
  description: string;
  amountCents: number;
  category: PayslipLineCategory;
}

export interface LineGroup<L extends Line = Line> {
  category: PayslipLineCategory;
  lines: L[];
  totalCents: number;
}

/**
 * The lines grouped by category in payslip order, keeping each category's lines in the order of the
 * payslip; only categories with lines. The total is the server's (Payslip.totals) when given, the sum
 * of the lines otherwise.
 */
export function groupLines<L extends Line>(
  lines: readonly L[],
  totals: ReadonlyArray<{ category: PayslipLineCategory; totalCents: number }> = [],
): LineGroup<L>[] {
  return CATEGORIES.flatMap((category) => {
    const inCategory = lines.filter((line) => line.category === category);
    if (inCategory.length === 0) return [];
    const total = totals.find((t) => t.category === category)?.totalCents;
    return [{ category, lines: inCategory, totalCents: total ?? inCategory.reduce((sum, line) => sum + line.amountCents, 0) }];
  });
}

/** Euro cents as an amount in the user's language: € 1.234,56 in Dutch. */
export function formatCents(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A file name for the PDF when the server sends none: loonstrook-oktober-2026.pdf. */
export function payslipFileName(periodLabel: string): string {
  return `loonstrook-${periodLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
}
