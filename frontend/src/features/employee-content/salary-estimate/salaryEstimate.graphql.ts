import { graphql } from '../../../gql';

/**
 * Salaris berekenen (R39): the estimate for an employment, from its latest payslip, with new hours
 * or a new gross. The server computes everything (no tax rules in the browser); nothing is stored.
 */
export const salaryEstimateQuery = graphql(`
  query EmployeeSalaryEstimate($input: SalaryEstimateInput!) {
    me {
      salaryEstimate(input: $input) {
        ... on SalaryEstimateUnavailable {
          missing
        }
        ... on SalaryEstimate {
          isEstimate
          base {
            payslipId
            periodType
            year
            period
            payslipGrossCents
            payslipNetCents
            grossCents
            pensionCents
            hoursPerWeek
            hoursSource
            payrollTaxCredit
            payrollTaxCreditSource
          }
          hoursPerWeek
          periodsPerYear
          grossCents
          pensionCents
          payrollTaxCents
          netCents
          currentNetCents
          differenceCents
          steps {
            kind
            bracket
            ratePercent
            overEuros
            upToEuros
            baseEuros
            basisCents
            annualCents
            periodCents
            sourceIds
          }
          rules {
            year
            version
            requestedYear
            sources {
              id
              title
              publisher
              url
              official
            }
          }
          notes
        }
      }
    }
  }
`);
