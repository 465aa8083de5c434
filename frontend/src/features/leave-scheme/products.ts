/** The products that decide what of the leave administration staff see (R21, R22). */
export interface LeaveProducts {
  /** Verlofregeling: the server accrues and expires leave by the scheme. */
  policy: boolean;
  /** Verlofregistratie: staff and integrators keep the ledger themselves. */
  registration: boolean;
  /** Either: the employer has a leave scheme and a ledger (R28), so types, holidays and corrections apply. */
  scheme: boolean;
  /** The work pattern matters: for leave (R29, R30) and for the salary estimate's hours (R39). */
  workPattern: boolean;
}

export function leaveProducts(employer: { activeProducts?: ReadonlyArray<{ code: string }> | null }): LeaveProducts {
  const codes = new Set((employer.activeProducts ?? []).map((p) => p.code));
  const policy = codes.has('LEAVE_POLICY');
  const registration = codes.has('LEAVE_REGISTRATION');
  const scheme = policy || registration;
  return {
    policy,
    registration,
    scheme,
    workPattern: scheme || codes.has('MIJNLOKET_LEAVE_REQUESTS') || codes.has('MIJNLOKET_SALARY_CALCULATOR'),
  };
}
