import { graphql } from '../../../gql';

/** A change as the employee follows it (R37): old and new, the date it takes effect, where it stands. */
export const ownDataChangeFragment = graphql(`
  fragment EmployeeDataChange on PersonalDataChange {
    id
    field
    status
    effectiveDate
    comment
    decidedByName
    createdAt
    decidedAt
    appliedAt
    old {
      street
      postalCode
      city
      phone
      email
      iban
      name
    }
    new {
      street
      postalCode
      city
      phone
      email
      iban
      name
    }
  }
`);

/** Persoonsgegevens wijzigen: the fields the employer shows, with the change in progress, and the employee's changes. */
export const ownDataChangesQuery = graphql(`
  query EmployeePersonalDataChanges {
    me {
      personalDataFields {
        field
        mode
        current {
          street
          postalCode
          city
          phone
          email
          iban
          name
        }
        pending {
          ...EmployeeDataChange
        }
      }
      personalDataChanges {
        ...EmployeeDataChange
      }
    }
  }
`);

export const requestDataChangeMutation = graphql(`
  mutation EmployeeRequestPersonalDataChange($input: RequestPersonalDataChangeInput!) {
    requestPersonalDataChange(input: $input) {
      change {
        ...EmployeeDataChange
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const withdrawDataChangeMutation = graphql(`
  mutation EmployeeWithdrawPersonalDataChange($input: WithdrawPersonalDataChangeInput!) {
    withdrawPersonalDataChange(input: $input) {
      change {
        ...EmployeeDataChange
      }
      userErrors {
        field
        code
      }
    }
  }
`);
