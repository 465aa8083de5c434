/**
 * The leave years to choose from, newest first: from this year (or a newer year that has balances)
 * back to the year the oldest employment started, at most `max` years.
 */
export function leaveYears(thisYear: number, newestWithBalances: number | null, startDates: readonly string[], max = 6): number[] {
  const top = Math.max(thisYear, newestWithBalances ?? thisYear);
  const starts = startDates.map((d) => Number(d.slice(0, 4))).filter((y) => Number.isInteger(y) && y > 1900);
  const earliest = starts.length > 0 ? Math.min(...starts) : top;
  const bottom = Math.max(Math.min(earliest, top), top - max + 1);
  const years: number[] = [];
  for (let y = top; y >= bottom; y--) years.push(y);
  return years;
}

/** The year in the address (?jaar=2025), if it is a plausible one. */
export function yearParam(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}
