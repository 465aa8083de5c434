import { graphql } from '../../gql';

/** The employer's Verlofregeling (R28, R29, R33): the leave types, the public-holiday choices and the reminder day. */
export const leaveSchemeQuery = graphql(`
  query AdminLeaveScheme($employerId: ID!) {
    leaveScheme(employerId: $employerId) {
      goodFridayOff
      liberationDay
      expiryReminderMonth
      expiryReminderDay
      leaveTypes {
        id
        name
        category
        vacation
        weeksPerYear
        accrual
        expiryMonths
        sortOrder
        requestable
        allowNegative
      }
    }
  }
`);

export const createLeaveTypeMutation = graphql(`
  mutation AdminCreateLeaveType($input: CreateLeaveTypeInput!) {
    createLeaveType(input: $input) {
      leaveType {
        id
        name
        category
        vacation
        weeksPerYear
        accrual
        expiryMonths
        sortOrder
        requestable
        allowNegative
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const updateLeaveTypeMutation = graphql(`
  mutation AdminUpdateLeaveType($input: UpdateLeaveTypeInput!) {
    updateLeaveType(input: $input) {
      leaveType {
        id
        name
        category
        vacation
        weeksPerYear
        accrual
        expiryMonths
        sortOrder
        requestable
        allowNegative
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const setLeaveHolidaysMutation = graphql(`
  mutation AdminSetLeaveHolidays($input: SetLeaveHolidaysInput!) {
    setLeaveHolidays(input: $input) {
      leaveScheme {
        goodFridayOff
        liberationDay
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const setLeaveExpiryReminderMutation = graphql(`
  mutation AdminSetLeaveExpiryReminder($input: SetLeaveExpiryReminderInput!) {
    setLeaveExpiryReminder(input: $input) {
      leaveScheme {
        expiryReminderMonth
        expiryReminderDay
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** An employment's work pattern (R29): one week or weeks A and B. */
export const workPatternQuery = graphql(`
  query AdminWorkPattern($employmentId: ID!) {
    workPattern(employmentId: $employmentId) {
      employmentId
      weekAStartsOn
      weeklyHours
      source
      weeks {
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
      }
    }
  }
`);

export const setWorkPatternMutation = graphql(`
  mutation AdminSetWorkPattern($input: SetWorkPatternInput!) {
    setWorkPattern(input: $input) {
      workPattern {
        employmentId
        weekAStartsOn
        weeklyHours
        source
        weeks {
          monday
          tuesday
          wednesday
          thursday
          friday
          saturday
          sunday
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

/** The employer's leave types, for the correction form's choice. */
export const correctionLeaveTypesQuery = graphql(`
  query AdminCorrectionLeaveTypes($employerId: ID!) {
    leaveScheme(employerId: $employerId) {
      leaveTypes {
        id
        name
      }
    }
  }
`);

/** Books ledger entries (R28); the form sends one correction and shows its row's result. */
export const recordLeaveEntriesMutation = graphql(`
  mutation AdminRecordLeaveEntries($input: RecordLeaveEntriesInput!) {
    recordLeaveEntries(input: $input) {
      recordedCount
      results {
        index
        duplicate
        entry {
          id
          kind
          hours
          date
          year
          reason
        }
        userErrors {
          code
          message
          field
        }
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
