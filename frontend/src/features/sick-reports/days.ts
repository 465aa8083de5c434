import { daysBetween } from '../../lib/format/dates';

/**
 * How many calendar days a sick report covers (R25): from the first sick day up to the day before
 * the recovery date (the day the employee is fully back at work); while it is open, up to and
 * including today. At least 1: the first sick day itself always counts.
 */
export function sickDays(report: { firstSickDay: string; recoveryDate?: string | null | undefined }, today: string): number {
  const days = report.recoveryDate ? daysBetween(report.firstSickDay, report.recoveryDate) : daysBetween(report.firstSickDay, today) + 1;
  return Math.max(1, days);
}
