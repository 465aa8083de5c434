import { describe, expect, it } from 'vitest';
import { checkChange, serverError } from './validate';

const EMPTY = { street: '', postalCode: '', city: '', phone: '', email: '', iban: '', name: '' };
const HOME = { ...EMPTY, street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' };
const TODAY = '2026-11-24';

describe('checkChange (mirrors server/datachange)', () => {
  it('names every part that is missing or wrong', () => {
    expect(checkChange('ADDRESS', { ...EMPTY, postalCode: '5301' }, HOME, '', '', TODAY)).toEqual({
      street: 'employeePersonalData.error.street',
      postalCode: 'error.INVALID_POSTCODE',
      city: 'employeePersonalData.error.city',
    });
    expect(checkChange('EMERGENCY_CONTACT', { ...EMPTY, name: 'Els', phone: '12' }, EMPTY, '', '', TODAY)).toEqual({
      phone: 'employeePersonalData.error.phone',
    });
    expect(checkChange('PRIVATE_EMAIL', { ...EMPTY, email: 'els@voorbeeld' }, EMPTY, '', '', TODAY)).toEqual({ email: 'employeePersonalData.error.email' });
  });

  it('an IBAN needs a valid number and the password', () => {
    expect(checkChange('IBAN', { ...EMPTY, iban: 'NL91ABNA0417164301' }, EMPTY, '', '', TODAY)).toEqual({
      iban: 'error.INVALID_IBAN',
      currentPassword: 'employeePersonalData.error.password',
    });
    expect(checkChange('IBAN', { ...EMPTY, iban: 'be68 5390 0754 7034' }, EMPTY, '', 'geheim', TODAY)).toEqual({});
  });

  it('the date is today or within a year, and a whole date', () => {
    const move = { ...HOME, street: 'Hogeweg 137' };
    expect(checkChange('ADDRESS', move, HOME, '2026-11-24', '', TODAY)).toEqual({});
    expect(checkChange('ADDRESS', move, HOME, '2027-11-25', '', TODAY)).toEqual({});
    expect(checkChange('ADDRESS', move, HOME, '2027-11-26', '', TODAY)).toEqual({ effectiveDate: 'employeePersonalData.error.date' });
    expect(checkChange('ADDRESS', move, HOME, '2026-11-23', '', TODAY)).toEqual({ effectiveDate: 'employeePersonalData.error.date' });
    expect(checkChange('ADDRESS', move, HOME, '31-2-2027', '', TODAY)).toEqual({ effectiveDate: 'employeePersonalData.error.dateFormat' });
  });

  it('what is registered already is no change, however it is written', () => {
    expect(checkChange('ADDRESS', { ...HOME, postalCode: '5301ll', city: ' Zaltbommel ' }, HOME, '', '', TODAY)).toEqual({
      form: 'employeePersonalData.error.same',
    });
  });
});

describe('serverError', () => {
  it('puts the server refusal where it belongs', () => {
    expect(serverError('INVALID_POSTCODE', ['input', 'values', 'postalCode'])).toEqual({ field: 'postalCode', message: 'error.INVALID_POSTCODE' });
    expect(serverError('CURRENT_PASSWORD_WRONG', ['currentPassword'])).toEqual({ field: 'currentPassword', message: 'error.CURRENT_PASSWORD_WRONG' });
    expect(serverError('PASSWORD_ATTEMPTS_EXCEEDED', ['input', 'currentPassword'])).toEqual({
      field: 'currentPassword',
      message: 'error.PASSWORD_ATTEMPTS_EXCEEDED',
    });
    expect(serverError('INVALID_DATA_CHANGE', ['city'])).toEqual({ field: 'city', message: 'employeePersonalData.error.city' });
    expect(serverError('INVALID_DATA_CHANGE', ['effectiveDate'])).toEqual({ field: 'effectiveDate', message: 'employeePersonalData.error.date' });
    expect(serverError('DATA_CHANGE_PENDING', ['field'])).toEqual({ field: 'form', message: 'error.DATA_CHANGE_PENDING' });
    expect(serverError('DATA_FIELD_NOT_REQUESTABLE', null)).toEqual({ field: 'form', message: 'error.DATA_FIELD_NOT_REQUESTABLE' });
  });
});
