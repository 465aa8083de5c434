import { graphql } from '../../../gql';

/** Verlof aanvragen: the leave types the employee may request, and the requests so far with status, hours and the handler's comment (R30). */
export const leaveRequestsQuery = graphql(`
  query EmployeeLeaveRequests {
    myLeaveTypes {
      id
      name
    }
    myLeaveRequests {
      id
      kind
      status
      firstDay
      lastDay
      hours
      comment
      decisionComment
      decidedByName
      decidedOnBehalfOfName
      byLapse
      cancelsId
      leaveType {
        id
        name
      }
    }
  }
`);

/** The request as it would be: days with computed hours, the balance before and after (R29, R30). */
export const previewLeaveRequestQuery = graphql(`
  query EmployeePreviewLeaveRequest($input: LeaveRequestInput!) {
    previewLeaveRequest(input: $input) {
      hours
      balanceBeforeHours
      balanceAfterHours
      days {
        date
        hours
        computedHours
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const requestLeaveMutation = graphql(`
  mutation EmployeeRequestLeave($input: LeaveRequestInput!) {
    requestLeave(input: $input) {
      leaveRequest {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const withdrawLeaveRequestMutation = graphql(`
  mutation EmployeeWithdrawLeaveRequest($id: ID!) {
    withdrawLeaveRequest(input: { id: $id }) {
      leaveRequest {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const requestLeaveCancellationMutation = graphql(`
  mutation EmployeeRequestLeaveCancellation($id: ID!) {
    requestLeaveCancellation(input: { id: $id }) {
      leaveRequest {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
