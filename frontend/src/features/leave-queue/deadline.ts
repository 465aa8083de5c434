/**
 * Whole calendar days from now until the deadline (R31's two weeks), in the user's zone: 0 when the
 * deadline is today, a negative number once it has passed.
 */
export function daysLeft(deadline: string, now: Date): number {
  const due = new Date(deadline);
  if (due.getTime() <= now.getTime()) return -1;
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(due) - day(now)) / 86_400_000);
}
