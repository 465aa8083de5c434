import { graphql } from '../../../gql';

/** A new TOTP secret for the user of an ENROL challenge (R43). */
export const startSecondFactorEnrolmentMutation = graphql(`
  mutation StartSecondFactorEnrolment($input: SecondFactorChallengeInput!) {
    startSecondFactorEnrolment(input: $input) {
      secret
      otpauthUri
      qrCode
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The first code of the app: enrolment done, recovery codes shown once, signed in. */
export const confirmSecondFactorEnrolmentMutation = graphql(`
  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorEnrolmentInput!) {
    confirmSecondFactorEnrolment(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      recoveryCodes
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A code of the app, or a recovery code, completing a sign-in. */
export const verifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...StaffViewer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
