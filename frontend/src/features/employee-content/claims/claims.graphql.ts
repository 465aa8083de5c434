import { graphql } from '../../../gql';

/** A claim as the employee sees it (R36). */
export const myClaimFragment = graphql(`
  fragment EmployeeClaim on Claim {
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
    decidedAt
    payrollPeriod
    receipts {
      id
      fileName
      url
    }
  }
`);

/** Declaraties: what can be claimed and the employee's claims. */
export const myClaimsQuery = graphql(`
  query EmployeeClaims {
    myClaimOptions {
      receiptsAllowed
      maxReceiptBytes
      maxReceipts
      components {
        id
        name
        kind
        rate
        receiptRequired
      }
    }
    myClaims {
      ...EmployeeClaim
    }
  }
`);

export const uploadClaimReceiptMutation = graphql(`
  mutation EmployeeUploadClaimReceipt($input: UploadClaimReceiptInput!) {
    uploadClaimReceipt(input: $input) {
      receipt {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const submitClaimMutation = graphql(`
  mutation EmployeeSubmitClaim($input: SubmitClaimInput!) {
    submitClaim(input: $input) {
      claim {
        ...EmployeeClaim
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const withdrawClaimMutation = graphql(`
  mutation EmployeeWithdrawClaim($input: WithdrawClaimInput!) {
    withdrawClaim(input: $input) {
      claim {
        ...EmployeeClaim
      }
      userErrors {
        field
        code
      }
    }
  }
`);
