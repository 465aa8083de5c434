import { describe, expect, it } from 'vitest';
import { selectEmployment } from './employments';

const current = { id: 'dvb_36', employeeNumber: 36, inService: true, startDate: '2024-06-10' };
const ended = { id: 'dvb_14', employeeNumber: 14, inService: false, startDate: '2021-01-01' };

describe('selectEmployment (R18)', () => {
  it('takes the employment the address asks for', () => {
    expect(selectEmployment([current, ended], '14')).toBe(ended);
  });
  it('otherwise the newest one in service', () => {
    expect(selectEmployment([current, ended], null)).toBe(current);
    expect(selectEmployment([ended, current], 'abc')).toBe(current);
    expect(selectEmployment([current, ended], '99')).toBe(current);
  });
  it('otherwise the newest', () => {
    expect(selectEmployment([ended], null)).toBe(ended);
    expect(selectEmployment([], '14')).toBeNull();
  });
});
