import { describe, expect, it } from 'vitest';
import { draftOf, draftProblem, parseDecimal, routeInput } from './route';

describe('workflow routes (R34)', () => {
  it('reads hours and euros with a decimal comma or point', () => {
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal('12.25')).toBe(12.25);
    expect(parseDecimal('1.000')).toBeNaN();
    expect(parseDecimal('abc')).toBeNaN();
  });

  it('refuses a step to named users without users, and automatic approval out of range', () => {
    const base = { steps: [{ target: 'RIGHT' as const, userIds: [] }], notifyUserIds: [], auto: '' };
    expect(draftProblem('LEAVE', base)).toBeNull();
    expect(draftProblem('LEAVE', { ...base, steps: [{ target: 'USERS', userIds: [] }] })).toBe('stepUsers');
    expect(draftProblem('LEAVE', { ...base, auto: '0' })).toBe('auto');
    expect(draftProblem('LEAVE', { ...base, auto: '1001' })).toBe('auto');
    expect(draftProblem('PERSONAL_DATA_CHANGE', { ...base, auto: '8' })).toBe('auto');
    expect(draftProblem('CLAIM', { ...base, auto: '2500' })).toBeNull();
  });

  it('sends hours for leave and euros for claims, and user IDs only for a step to users', () => {
    const d = { steps: [{ target: 'USERS' as const, userIds: ['usr_1'] }, { target: 'MANAGER' as const, userIds: [] }], notifyUserIds: ['usr_2'], auto: '7,5' };
    expect(routeInput('LEAVE', d)).toEqual({
      steps: [{ target: 'USERS', userIds: ['usr_1'] }, { target: 'MANAGER' }],
      notifyUserIds: ['usr_2'],
      autoApproval: { maxLeaveHours: 7.5 },
    });
    expect(routeInput('CLAIM', d).autoApproval).toEqual({ maxClaimAmount: 7.5 });
  });

  it('fills the form from a route', () => {
    const route = {
      kind: 'LEAVE' as const,
      steps: [{ target: 'USERS' as const, users: [{ id: 'usr_1', name: 'Nina' }] }],
      notify: [],
      autoApproval: { maxLeaveHours: 7.5, maxClaimAmount: null },
    };
    expect(draftOf(route, 'nl')).toEqual({ steps: [{ target: 'USERS', userIds: ['usr_1'] }], notifyUserIds: [], auto: '7,5' });
  });
});
