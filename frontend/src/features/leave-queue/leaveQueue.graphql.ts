import { graphql } from '../../gql';

/** The employer's leave types and teams (departments), for the filters. */
export const queueFiltersQuery = graphql(`
  query AdminQueueFilters($employerId: ID!) {
    leaveScheme(employerId: $employerId) {
      leaveTypes {
        id
        name
      }
    }
    leaveQueueTeams(employerId: $employerId) {
      id
      name
    }
  }
`);

/**
 * The Verlofaanvragen queue (R30, R31): per request the employee, the days and hours, the deadline,
 * the balance of the request's leave and the colleagues away on those days (never why: R32).
 */
export const leaveQueueQuery = graphql(`
  query AdminLeaveQueue($employerId: ID!, $status: LeaveQueueStatus!, $leaveTypeId: ID, $teamId: ID, $from: Date, $to: Date, $first: Int) {
    leaveRequestQueue(employerId: $employerId, status: $status, leaveTypeId: $leaveTypeId, teamId: $teamId, from: $from, to: $to, first: $first) {
      personName
      balanceHours
      colleaguesAway {
        name
        firstDay
        lastDay
      }
      colleaguesAwayMore
      request {
        id
        kind
        status
        employmentId
        firstDay
        lastDay
        hours
        comment
        deadline
        decisionComment
        decidedByName
        decidedAt
        byLapse
        leaveType {
          id
          name
        }
      }
    }
  }
`);

/** Accepts or rejects one or several requests, with a result per request (R30). */
export const decideLeaveRequestsMutation = graphql(`
  mutation AdminDecideLeaveRequests($input: DecideLeaveRequestsInput!) {
    decideLeaveRequests(input: $input) {
      results {
        id
        leaveRequest {
          id
          status
          decisionComment
          decidedByName
          decidedAt
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

/** The balances of an employment, per leave type, summed from the ledger (R28). */
export const employmentLeaveBalancesQuery = graphql(`
  query AdminEmploymentLeaveBalances($employmentId: ID!) {
    leaveLedger(employmentId: $employmentId) {
      employmentId
      balances {
        leaveType {
          id
          name
        }
        accruedHours
        takenHours
        plannedHours
        correctedHours
        expiredHours
        balanceHours
      }
    }
  }
`);

/** A page of the ledger of one employment and leave type, newest first, with each entry's source. */
export const leaveEntriesQuery = graphql(`
  query AdminLeaveEntries($employmentId: ID!, $leaveTypeId: ID!, $first: Int, $after: String) {
    leaveEntries(employmentId: $employmentId, leaveTypeId: $leaveTypeId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        id
        kind
        hours
        date
        year
        source
        reason
        request {
          id
          firstDay
          lastDay
        }
      }
    }
  }
`);
