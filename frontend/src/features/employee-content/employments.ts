/*
 * R18: one login shows every employment of the person at the employer. The employee picks the one the
 * portal shows; the choice is in the address (?dienstverband=<personeelsnummer>), so it survives a
 * reload and can be bookmarked. The pages of the portal (payslips, leave, … — R23) read it with
 * useSelectedEmployment().
 */

export const EMPLOYMENT_PARAM = 'dienstverband';

export interface EmploymentLike {
  id: string;
  employeeNumber: number;
  inService: boolean;
  startDate: string;
}

/**
 * The employment the address asks for; otherwise the newest one in service, otherwise the newest one.
 * `employments` come newest first (EmployeeMe.employments).
 */
export function selectEmployment<E extends EmploymentLike>(employments: readonly E[], param: string | null): E | null {
  if (employments.length === 0) return null;
  const wanted = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  return (
    (wanted !== null ? employments.find((e) => e.employeeNumber === wanted) : undefined) ??
    employments.find((e) => e.inService) ??
    employments[0] ??
    null
  );
}
