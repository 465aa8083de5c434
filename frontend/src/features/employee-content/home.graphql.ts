import { graphql } from '../../gql';

/** One employment of the signed-in employee, for the switcher (R18). */
export const employmentFragment = graphql(`
  fragment EmployeeEmployment on Employment {
    id
    employeeNumber
    jobTitle
    startDate
    endDate
    inService
  }
`);

/**
 * The portal home in one request: the employer, the employments (R18), the account, and the parts at a
 * glance (me.home: each null when its feature is off, R22).
 */
export const portalHomeQuery = graphql(`
  query EmployeePortalHome {
    me {
      features
      home {
        latestPayslip {
          id
          periodType
          year
          period
          netCents
        }
        leave {
          remainingHours
          nextExpiryDate
          nextExpiryHours
        }
        newDocumentCount
        openSickReport {
          id
          firstSickDay
        }
        absenceReporting
        openLeaveRequests {
          id
          firstDay
          lastDay
          hours
          leaveType {
            id
            name
          }
        }
      }
      account {
        id
        username
      }
      person {
        id
        firstName
        fullName
      }
      employer {
        id
        name
      }
      employments {
        ...EmployeeEmployment
      }
    }
  }
`);
