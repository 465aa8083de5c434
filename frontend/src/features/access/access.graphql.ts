import { graphql } from '../../gql';

/*
 * One-by-one access changes on the Persoon tab (R1–R9). Every payload selects the person's access
 * state through AdminAccessPerson, so graphcache updates the person (and its account) everywhere.
 */

export const accessPersonFragment = graphql(`
  fragment AdminAccessPerson on Person {
    id
    email
    employer {
      id
    }
    account {
      id
      status
      username
      hasLoggedIn
      canSendUsername
      lastLoginAt
      lockedUntil
      blockedAt
      invitation {
        state
        expiresAt
        sentAt
        sentTo
      }
    }
  }
`);

export const updatePersonEmailMutation = graphql(`
  mutation AdminUpdatePersonEmail($input: UpdatePersonEmailInput!) {
    updatePersonEmail(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const grantAccessMutation = graphql(`
  mutation AdminGrantAccess($input: PersonInput!) {
    grantAccess(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const resendInvitationMutation = graphql(`
  mutation AdminResendInvitation($input: PersonInput!) {
    resendInvitation(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($input: PersonInput!) {
    revokeInvitation(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const blockAccessMutation = graphql(`
  mutation AdminBlockAccess($input: PersonInput!, $reason: String) {
    blockAccess(input: $input, reason: $reason) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const unblockAccessMutation = graphql(`
  mutation AdminUnblockAccess($input: PersonInput!) {
    unblockAccess(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const sendUsernameMutation = graphql(`
  mutation AdminSendUsername($input: PersonInput!) {
    sendUsername(input: $input) {
      person {
        ...AdminAccessPerson
      }
      userErrors {
        field
        code
      }
    }
  }
`);
