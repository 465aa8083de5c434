/**
 * Reads an amount or a distance as typed on a Dutch phone: a decimal comma (12,50) or point, at most
 * two decimals, no thousands separators. Null when it is not such a number.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/^€\s*/, '');
  if (!/^\d{1,7}([.,]\d{1,2})?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}
