/** Hours of one day as typed (Dutch or English decimal mark), 0 to 24; null when it is not such a number. */
export function parseDayHours(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 24 ? n : null;
}

/** The days the employee adjusted (R29: part days), as the request's input; not ok when one is not a number of hours. */
export function adjustedDays(hours: Record<string, string>): { ok: true; days: Array<{ date: string; hours: number }> } | { ok: false } {
  const days: Array<{ date: string; hours: number }> = [];
  for (const [date, text] of Object.entries(hours).sort(([a], [b]) => a.localeCompare(b))) {
    const n = parseDayHours(text);
    if (n === null) return { ok: false };
    days.push({ date, hours: n });
  }
  return { ok: true, days };
}
