import { graphql } from '../../gql';

/** A verzuim contact of the employer (R25): who hears of every sick report and recovery. */
export const verzuimContactFields = graphql(`
  fragment AdminVerzuimContact on VerzuimContact {
    id
    name
    role
    email
    language
  }
`);

export const verzuimContactsQuery = graphql(`
  query AdminVerzuimContacts($employerId: ID!) {
    employer(id: $employerId) {
      id
      verzuimContacts {
        ...AdminVerzuimContact
      }
    }
  }
`);

export const addVerzuimContactMutation = graphql(`
  mutation AdminAddVerzuimContact($input: AddVerzuimContactInput!) {
    addVerzuimContact(input: $input) {
      verzuimContact {
        ...AdminVerzuimContact
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const removeVerzuimContactMutation = graphql(`
  mutation AdminRemoveVerzuimContact($input: RemoveVerzuimContactInput!) {
    removeVerzuimContact(input: $input) {
      removedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The open case of a person for staff: the Poortwachter timeline and the partial recoveries. */
export const caseFields = graphql(`
  fragment AdminSickCase on SickReport {
    id
    firstSickDay
    hoursWorked
    open
    partialRecoveries {
      id
      fromDate
      percentage
      hoursPerWeek
      recordedAt
      recordedByKind
      recordedByName
    }
    poortwachter {
      firstSickDay
      milestones {
        step
        week
        opensOn
        dueOn
        doneOn
        status
      }
    }
  }
`);

export const staffReportSickMutation = graphql(`
  mutation AdminStaffReportSick($input: StaffReportSickInput!) {
    staffReportSick(input: $input) {
      sickReport {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const staffReportRecoveredMutation = graphql(`
  mutation AdminStaffReportRecovered($input: StaffReportRecoveredInput!) {
    staffReportRecovered(input: $input) {
      sickReport {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const staffReportPartialRecoveryMutation = graphql(`
  mutation AdminStaffReportPartialRecovery($input: StaffReportPartialRecoveryInput!) {
    staffReportPartialRecovery(input: $input) {
      partialRecovery {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const markPoortwachterStepMutation = graphql(`
  mutation AdminMarkPoortwachterStep($input: MarkPoortwachterStepInput!) {
    markPoortwachterStep(input: $input) {
      sickReport {
        ...AdminSickCase
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const correctSickReportMutation = graphql(`
  mutation AdminCorrectSickReport($input: CorrectSickReportInput!) {
    correctSickReport(input: $input) {
      sickReport {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
