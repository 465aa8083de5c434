/*
 * Payslips as the server answers the PayslipView fragment, for the component tests of the
 * employee page and the staff dialog: a complete loonstrook (R23) and one of an old integration
 * that sent only gross, net and lines (every loonstrook field null).
 */

const line = (id: string, code: string, description: string, amountCents: number, category: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'PayslipLine',
  id,
  code,
  description,
  amountCents,
  category,
  kind: null,
  quantity: null,
  rateCents: null,
  ...extra,
});

const total = (category: string, totalCents: number) => ({ __typename: 'PayslipCategoryTotal', category, totalCents });

/** The fields of an old integration's payslip: no loonstrook fields. */
export function minimalPayslip(id: string, period: number) {
  return {
    __typename: 'Payslip',
    id,
    periodType: 'MONTH',
    year: 2026,
    period,
    runDate: `2026-${String(period).padStart(2, '0')}-20`,
    periodStart: null,
    periodEnd: null,
    grossCents: 434500,
    netCents: 324074,
    hoursPerWeek: null,
    partTimePercentage: null,
    hoursWorked: null,
    minimumHourlyWageCents: null,
    minimumWageCents: null,
    taxTableColour: null,
    taxTablePeriod: null,
    payrollTaxCreditApplied: null,
    svWageCents: null,
    taxableWageCents: null,
    ytdGrossCents: null,
    ytdSvWageCents: null,
    ytdTaxableWageCents: null,
    ytdPayrollTaxCents: null,
    ytdNetCents: null,
    bankAccountMasked: null,
    pdfUrl: `/downloads/payslips/${id}.pdf`,
    lines: [
      line('l1', '1000', 'Salaris', 434500, 'EARNINGS'),
      line('l2', '5000', 'Loonheffing', 94996, 'DEDUCTIONS'),
      line('l3', '5100', 'Pensioenpremie werknemer', 15430, 'DEDUCTIONS'),
      line('l4', '6000', 'Premie WW (laag)', 11905, 'EMPLOYER_CONTRIBUTIONS'),
      line('l5', '4000', 'Reservering vakantietoeslag', 34760, 'RESERVATIONS'),
    ],
    totals: [total('EARNINGS', 434500), total('DEDUCTIONS', 110426), total('EMPLOYER_CONTRIBUTIONS', 11905), total('RESERVATIONS', 34760)],
    employment: {
      __typename: 'Employment',
      id: 'dvb_18',
      employeeNumber: 18,
      jobTitle: 'Commercieel medewerker binnendienst',
      startDate: '2015-08-12',
      employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
      person: { __typename: 'Person', id: 'per_jan', fullName: 'Jan Jansen' },
    },
  };
}

/** A complete loonstrook: hours, minimum wage, quantity and rate, tax details, cumulatives, the masked account. */
export function fullPayslip(id: string, period: number) {
  const slip = minimalPayslip(id, period);
  return {
    ...slip,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    hoursPerWeek: 36,
    partTimePercentage: 94.74,
    hoursWorked: 156,
    minimumHourlyWageCents: 1440,
    minimumWageCents: 224640,
    taxTableColour: 'WHITE',
    taxTablePeriod: 'MONTH',
    payrollTaxCreditApplied: true,
    svWageCents: 419070,
    taxableWageCents: 419070,
    ytdGrossCents: 4779500,
    ytdSvWageCents: 4609770,
    ytdTaxableWageCents: 4609770,
    ytdPayrollTaxCents: 1044956,
    ytdNetCents: 3564814,
    bankAccountMasked: 'NL** **** **** **12 34',
    lines: [
      line('l1', '1000', 'Salaris', 434500, 'EARNINGS', { kind: 'SALARY', quantity: 156, rateCents: 2785 }),
      line('l2', '5000', 'Loonheffing', 94996, 'DEDUCTIONS', { kind: 'PAYROLL_TAX' }),
      line('l3', '5100', 'Pensioenpremie werknemer', 15430, 'DEDUCTIONS', { kind: 'PENSION_PREMIUM' }),
      line('l4', '6000', 'Premie WW (laag)', 11905, 'EMPLOYER_CONTRIBUTIONS', { kind: 'OTHER' }),
      line('l5', '4000', 'Reservering vakantietoeslag', 34760, 'RESERVATIONS', { kind: 'HOLIDAY_ALLOWANCE_RESERVED' }),
    ],
  };
}
