import { graphql } from '../../../gql';

/** A sick report as the employee sees it: only dates, hours and when it was passed on (R25). */
export const sickReportFragment = graphql(`
  fragment EmployeeSickReport on SickReport {
    id
    firstSickDay
    hoursWorked
    reportedAt
    recoveryDate
    recoveryReportedAt
    open
    partialRecoveries {
      id
      fromDate
      percentage
      hoursPerWeek
      recordedAt
      recordedByKind
    }
  }
`);

/** Ziek en hersteld melden: the open report, if any, and all reports. */
export const absenceQuery = graphql(`
  query EmployeeAbsence {
    me {
      openSickReport {
        ...EmployeeSickReport
      }
      sickReports {
        ...EmployeeSickReport
      }
    }
  }
`);

/** Ziek melden (R25): first sick day and, optionally, the hours worked that day. Never a diagnosis. */
export const reportSickMutation = graphql(`
  mutation EmployeeReportSick($input: ReportSickInput!) {
    reportSick(input: $input) {
      sickReport {
        ...EmployeeSickReport
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Hersteld melden (R25): the date the employee is fully back at work. */
export const reportRecoveredMutation = graphql(`
  mutation EmployeeReportRecovered($input: ReportRecoveredInput!) {
    reportRecovered(input: $input) {
      sickReport {
        ...EmployeeSickReport
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Gedeeltelijk hersteld melden (R25): from a date, a percentage or hours a week; the report stays open. */
export const reportPartialRecoveryMutation = graphql(`
  mutation EmployeeReportPartialRecovery($input: ReportPartialRecoveryInput!) {
    reportPartialRecovery(input: $input) {
      partialRecovery {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
