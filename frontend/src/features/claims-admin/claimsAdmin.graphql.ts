import { graphql } from '../../gql';

/** The employer's claimable components with the year's tax-free rate per km (R36). */
export const claimComponentsQuery = graphql(`
  query StaffClaimComponents($employerId: ID!) {
    claimComponents(employerId: $employerId) {
      employerId
      taxFreeYear
      taxFreeKmRate
      documentsActive
      components {
        id
        name
        kind
        rate
        receiptRequired
        active
      }
    }
  }
`);

export const saveClaimComponentMutation = graphql(`
  mutation StaffSaveClaimComponent($input: SaveClaimComponentInput!) {
    saveClaimComponent(input: $input) {
      component {
        id
        name
        kind
        rate
        receiptRequired
        active
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The claims the handler may decide (R34, R36). */
export const claimQueueQuery = graphql(`
  query StaffClaimQueue($employerId: ID!, $status: ClaimQueueStatus!) {
    claimQueue(employerId: $employerId, status: $status) {
      personName
      claim {
        id
        status
        componentName
        componentKind
        date
        kilometres
        amount
        description
        submittedAt
        decisionComment
        decidedByName
        payrollPeriod
        receipts {
          id
          fileName
          url
        }
      }
    }
  }
`);

export const decideClaimsMutation = graphql(`
  mutation StaffDecideClaims($input: DecideClaimsInput!) {
    decideClaims(input: $input) {
      results {
        id
        claim {
          id
          status
        }
        userErrors {
          field
          code
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);
