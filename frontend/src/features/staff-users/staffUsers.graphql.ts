import { graphql } from '../../gql';

/** The staff users of one employer, newest first (R43). */
export const staffUsersQuery = graphql(`
  query AdminStaffUsers($employerId: ID, $level: ViewerScope, $search: String, $blocked: Boolean) {
    staffUsers(employerId: $employerId, level: $level, search: $search, blocked: $blocked, first: 200) {
      totalCount
      edges {
        node {
          id
          displayName
          username
          email
          state
          rights
          passwordChosen
          invitationExpiresAt
          secondFactorEnrolled
          lockedUntil
          lastLoginAt
        }
      }
    }
  }
`);

export const createStaffUserMutation = graphql(`
  mutation AdminCreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      staffUser {
        id
        displayName
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const blockStaffUserMutation = graphql(`
  mutation AdminBlockStaffUser($input: StaffUserInput!) {
    blockStaffUser(input: $input) {
      staffUser {
        id
        state
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const unblockStaffUserMutation = graphql(`
  mutation AdminUnblockStaffUser($input: StaffUserInput!) {
    unblockStaffUser(input: $input) {
      staffUser {
        id
        state
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const resendStaffInvitationMutation = graphql(`
  mutation AdminResendStaffInvitation($input: StaffUserInput!) {
    resendStaffInvitation(input: $input) {
      staffUser {
        id
        invitationExpiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const resetStaffSecondFactorMutation = graphql(`
  mutation AdminResetStaffSecondFactor($input: StaffUserInput!) {
    resetStaffSecondFactor(input: $input) {
      staffUser {
        id
        secondFactorEnrolled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The provider's rule that its employer users sign in with a second factor too (R43). */
export const providerSecondFactorPolicyQuery = graphql(`
  query AdminProviderSecondFactorPolicy {
    viewer {
      id
      provider {
        id
        requireSecondFactorForEmployers
      }
    }
  }
`);

export const setRequireSecondFactorForEmployersMutation = graphql(`
  mutation AdminSetRequireSecondFactorForEmployers($input: SetRequireSecondFactorForEmployersInput!) {
    setRequireSecondFactorForEmployers(input: $input) {
      provider {
        id
        requireSecondFactorForEmployers
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
