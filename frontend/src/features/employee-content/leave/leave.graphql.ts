import { graphql } from '../../../gql';

/** Verlofkaart: the balances of one year (the newest when $year is null), per employment and kind of leave. */
export const leaveBalancesQuery = graphql(`
  query EmployeeLeaveBalances($year: Int) {
    me {
      leaveBalances(year: $year) {
        id
        year
        leaveType
        entitlementHours
        takenHours
        plannedHours
        remainingHours
        expiryDate
        employment {
          id
          employeeNumber
          jobTitle
        }
      }
    }
  }
`);
