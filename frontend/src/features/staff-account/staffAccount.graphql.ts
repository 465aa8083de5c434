import { graphql } from '../../gql';

/** The signed-in staff user's own second factor (R43). */
export const staffAccountQuery = graphql(`
  query StaffAccount {
    viewer {
      id
      username
      secondFactor {
        enrolled
        enrolledAt
        recoveryCodesLeft
      }
    }
  }
`);

/** Ten new recovery codes; the old ones stop working. */
export const renewRecoveryCodesMutation = graphql(`
  mutation StaffRenewRecoveryCodes($input: RenewRecoveryCodesInput!) {
    renewRecoveryCodes(input: $input) {
      recoveryCodes
      userErrors {
        field
        code
        message
      }
    }
  }
`);
