/**
 * Reads hours as staff type them: 7,5 or 7.5, at most two decimals; a minus sign only when `signed`.
 * Null when the text is not such a number.
 */
export function parseHours(text: string, { signed = false }: { signed?: boolean } = {}): number | null {
  const t = text.trim().replace(/\s+/g, '').replace('−', '-');
  const pattern = signed ? /^[-+]?\d{1,5}([.,]\d{1,2})?$/ : /^\d{1,5}([.,]\d{1,2})?$/;
  if (!pattern.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** A whole number typed in a field, or null. */
export function parseWhole(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t)) return null;
  return Number(t);
}

/** Hours for an input box: 7.5 → "7,5" in Dutch, "7.5" in English. */
export function hoursText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
