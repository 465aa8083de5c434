import type { PersonalDataChangeStatus, PersonalDataField } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';

/** The name of each field on the employee's page (R37). */
export const FIELD_LABEL: Record<PersonalDataField, MessageId> = {
  ADDRESS: 'employeePersonalData.field.ADDRESS',
  PHONE: 'employeePersonalData.field.PHONE',
  PRIVATE_EMAIL: 'employeePersonalData.field.PRIVATE_EMAIL',
  IBAN: 'employeePersonalData.field.IBAN',
  EMERGENCY_CONTACT: 'employeePersonalData.field.EMERGENCY_CONTACT',
};

export const STATUS_LABEL: Record<PersonalDataChangeStatus, MessageId> = {
  SUBMITTED: 'employeePersonalData.status.SUBMITTED',
  APPROVED: 'employeePersonalData.status.APPROVED',
  REJECTED: 'employeePersonalData.status.REJECTED',
  WITHDRAWN: 'employeePersonalData.status.WITHDRAWN',
  APPLIED: 'employeePersonalData.status.APPLIED',
};
