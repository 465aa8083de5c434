import { graphql } from '../../gql';

/** A new hire as the list shows them (R38). */
export const preboardingRowFragment = graphql(`
  fragment AdminPreboardingRow on Preboarding {
    id
    state
    initials
    firstName
    lastNamePrefix
    lastName
    email
    firstDay
    jobTitle
    departmentId
    done
    submittedAt
    createdAt
  }
`);

/** Nieuwe medewerkers: the employer's preboardings by first day (R38). */
export const preboardingsQuery = graphql(`
  query AdminPreboardings($employerId: ID!, $states: [PreboardingState!]) {
    preboardings(employerId: $employerId, states: $states) {
      ...AdminPreboardingRow
    }
  }
`);

/** The teams a new hire can be placed in. */
export const preboardingTeamsQuery = graphql(`
  query AdminPreboardingTeams($employerId: ID!) {
    preboardingTeams(employerId: $employerId) {
      id
      name
    }
  }
`);

/** One new hire with everything they submitted, the BSN in full (MANAGE_PREBOARDING). */
export const preboardingQuery = graphql(`
  query AdminPreboarding($id: ID!) {
    preboarding(id: $id) {
      id
      state
      initials
      firstName
      lastNamePrefix
      lastName
      email
      firstDay
      jobTitle
      departmentId
      done
      submittedAt
      createdAt
      employerId
      personId
      birthDate
      phone
      nationality
      street
      postalCode
      city
      country
      bsn
      iban
      taxCredit
      taxCreditFrom
      emergencyName
      emergencyRelation
      emergencyPhone
      files {
        side
        contentType
        size
      }
      items {
        item
        done
        remark
      }
      completedAt
      endedAt
      documentsDeletedAt
      employmentId
    }
  }
`);

/** One side of the ID copy, opened (MANAGE_PREBOARDING); asked for only when staff open it. */
export const preboardingDocumentQuery = graphql(`
  query AdminPreboardingDocument($id: ID!, $side: PreboardingDocumentSide!) {
    preboarding(id: $id) {
      id
      document(side: $side) {
        contentType
        contentBase64
      }
    }
  }
`);

export const createPreboardingMutation = graphql(`
  mutation AdminCreatePreboarding($input: CreatePreboardingInput!) {
    createPreboarding(input: $input) {
      preboarding {
        ...AdminPreboardingRow
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const resendPreboardingInvitationMutation = graphql(`
  mutation AdminResendPreboardingInvitation($input: PreboardingIdInput!) {
    resendPreboardingInvitation(input: $input) {
      preboarding {
        id
        state
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const returnPreboardingMutation = graphql(`
  mutation AdminReturnPreboarding($input: ReturnPreboardingInput!) {
    returnPreboarding(input: $input) {
      preboarding {
        id
        state
        items {
          item
          done
          remark
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const completePreboardingMutation = graphql(`
  mutation AdminCompletePreboarding($input: PreboardingIdInput!) {
    completePreboarding(input: $input) {
      preboarding {
        id
        state
        completedAt
        employmentId
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const endPreboardingMutation = graphql(`
  mutation AdminEndPreboarding($input: PreboardingIdInput!) {
    endPreboarding(input: $input) {
      preboarding {
        id
        state
        endedAt
        done
      }
      userErrors {
        field
        code
      }
    }
  }
`);
