/** Euro cents as an amount in the user's language: € 1.234,56 in Dutch. */
export function formatCents(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A file name for the PDF when the server sends none: loonstrook-oktober-2026.pdf. */
export function payslipFileName(periodLabel: string): string {
  return `loonstrook-${periodLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
}
