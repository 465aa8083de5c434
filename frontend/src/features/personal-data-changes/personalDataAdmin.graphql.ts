import { graphql } from '../../gql';

/** A change as the handler and the person page see it (R37): old and new side by side. */
export const staffDataChangeFragment = graphql(`
  fragment StaffDataChange on PersonalDataChange {
    id
    personId
    personName
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

/** Which fields the employer's employees see and may ask to change. */
export const dataSettingsQuery = graphql(`
  query StaffPersonalDataSettings($employerId: ID!) {
    personalDataSettings(employerId: $employerId) {
      field
      mode
    }
  }
`);

export const setDataSettingMutation = graphql(`
  mutation StaffSetPersonalDataSetting($input: SetPersonalDataSettingInput!) {
    setPersonalDataSetting(input: $input) {
      settings {
        field
        mode
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The submitted changes the handler may decide now (their route, R34), oldest first. */
export const dataChangeQueueQuery = graphql(`
  query StaffPersonalDataChangeQueue($employerId: ID!) {
    personalDataChangeQueue(employerId: $employerId, first: 100) {
      ...StaffDataChange
    }
  }
`);

export const decideDataChangeMutation = graphql(`
  mutation StaffDecidePersonalDataChange($input: DecidePersonalDataChangeInput!) {
    decidePersonalDataChange(input: $input) {
      change {
        ...StaffDataChange
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** The changes one person asked for, newest first: the history on the person page. */
export const personDataChangesQuery = graphql(`
  query StaffPersonPersonalDataChanges($personId: ID!) {
    personalDataChanges(personId: $personId) {
      ...StaffDataChange
    }
  }
`);
