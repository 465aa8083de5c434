import { graphql } from '../../gql';

/**
 * Everything a loonstrook shows (R23, art. 7:626 BW): the employee page and the staff dialog ask
 * the same fields, so both show the same payslip. Fields the integrator did not send are null.
 */
export const payslipViewFragment = graphql(`
  fragment PayslipView on Payslip {
    id
    periodType
    year
    runDate
    periodStart
    periodEnd
    grossCents
    netCents
    hoursPerWeek
    partTimePercentage
    hoursWorked
    minimumHourlyWageCents
    minimumWageCents
    taxTableColour
    taxTablePeriod
    payrollTaxCreditApplied
    svWageCents
    taxableWageCents
    ytdGrossCents
    ytdSvWageCents
    ytdTaxableWageCents
    ytdPayrollTaxCents
    ytdNetCents
    bankAccountMasked
    lines {
      id
      code
      description
      amountCents
      category
      kind
      quantity
      rateCents
    }
    totals {
      category
      totalCents
    }
    employment {
      id
      employeeNumber
      jobTitle
      startDate
      employer {
        id
        name
      }
      person {
        id
        fullName
      }
    }
  }
`);
