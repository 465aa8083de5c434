import { graphql } from '../../../gql';

/** Salarisgrafiek: gross and net per period of the last 12 or 24 months, oldest first, of one employment (R18). */
export const salarySeriesQuery = graphql(`
  query EmployeeSalarySeries($months: Int!, $employmentId: ID) {
    me {
      salarySeries(months: $months, employmentId: $employmentId) {
        payslipId
        periodType
        year
        period
        runDate
        grossCents
        netCents
      }
    }
  }
`);
