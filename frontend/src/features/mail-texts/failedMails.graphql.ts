import { graphql } from '../../gql';

/**
 * The mails of the caller's scope that could not be delivered, newest first: of one
 * employer, or (a provider user, without employerId) of all its employers. The recipient comes
 * masked; the server never sends the error text.
 */
export const failedMailsQuery = graphql(`
  query AdminFailedMails($employerId: ID, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    failedMails(employerId: $employerId, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          kind
          recipient
          attempts
          createdAt
          failedAt
          status
          failureReason
          smtpStatus
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
    }
  }
`);

/** Puts one failed mail back in the outbox; it keeps its Message-ID. */
export const requeueMailMutation = graphql(`
  mutation AdminRequeueMail($input: RequeueMailInput!) {
    requeueMail(input: $input) {
      mail {
        id
        status
        failedAt
        requeuedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Puts the failed mails of the scope (or one employer) back in the outbox, at most 1,000 a call. */
export const requeueFailedMailsMutation = graphql(`
  mutation AdminRequeueFailedMails($input: RequeueFailedMailsInput!) {
    requeueFailedMails(input: $input) {
      requeuedCount
      remainingCount
      userErrors {
        field
        code
        message
      }
    }
  }
`);
