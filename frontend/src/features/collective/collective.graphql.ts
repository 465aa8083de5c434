import { graphql } from '../../gql';

/*
 * Collective mutations → ESS (R5, R7): the same input for a dry run (preview) and the real run.
 * The real run is sent with the person IDs the preview took, in chunks, so what is confirmed is
 * exactly what was shown and progress can be reported.
 */

export const collectiveGrantMutation = graphql(`
  mutation AdminCollectiveGrant($input: CollectiveAccessInput!) {
    collectiveGrantAccess(input: $input) {
      dryRun
      takenCount
      skippedCount
      taken {
        personId
        fullName
        employeeNumber
        reason
        inviteTo
      }
      skipped {
        personId
        fullName
        employeeNumber
        reason
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const collectiveBlockMutation = graphql(`
  mutation AdminCollectiveBlock($input: CollectiveAccessInput!, $reason: String) {
    collectiveBlock(input: $input, reason: $reason) {
      dryRun
      takenCount
      skippedCount
      taken {
        personId
        fullName
        employeeNumber
        reason
      }
      skipped {
        personId
        fullName
        employeeNumber
        reason
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** Who left but still has access (R8): out-of-service employments of persons with access. */
export const leftWithAccessQuery = graphql(`
  query AdminLeftWithAccess($employerId: ID!, $after: Cursor) {
    employer(id: $employerId) {
      id
      employments(first: 200, after: $after, filter: { service: OUT_OF_SERVICE, accessStatus: [ACTIVE, LOCKED, INVITED] }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            employeeNumber
            endDate
            jobTitle
            person {
              id
              fullName
              email
              employments {
                id
                employeeNumber
                endDate
                inService
              }
              account {
                id
                status
                lastLoginAt
              }
            }
          }
        }
      }
    }
  }
`);
