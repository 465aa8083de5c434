import { graphql } from '../../../gql';

/** The candidate's own checklist (R38): the BSN comes masked. */
export const myPreboardingFragment = graphql(`
  fragment EmployeePreboardingFields on Preboarding {
    id
    state
    firstDay
    jobTitle
    initials
    firstName
    lastNamePrefix
    lastName
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
    done
    submittedAt
  }
`);

export const myPreboardingQuery = graphql(`
  query EmployeePreboarding {
    me {
      employer {
        id
        name
      }
      preboarding {
        ...EmployeePreboardingFields
      }
    }
  }
`);

export const savePreboardingMutation = graphql(`
  mutation EmployeeSavePreboarding($input: SavePreboardingInput!) {
    savePreboarding(input: $input) {
      preboarding {
        ...EmployeePreboardingFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** One side of the ID document, as a multipart upload (the file's type and size are checked by the server). */
export const uploadPreboardingDocumentMutation = graphql(`
  mutation EmployeeUploadPreboardingDocument($input: UploadPreboardingDocumentInput!) {
    uploadPreboardingDocument(input: $input) {
      preboarding {
        ...EmployeePreboardingFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const submitPreboardingMutation = graphql(`
  mutation EmployeeSubmitPreboarding {
    submitPreboarding {
      preboarding {
        ...EmployeePreboardingFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);
