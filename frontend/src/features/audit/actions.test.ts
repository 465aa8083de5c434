import { describe, expect, it } from 'vitest';
import { actionMessage, actorKindMessage, nameableTargets } from './actions';

describe('audit trail texts', () => {
  it('translates known actions and shows an unknown one by its code', () => {
    expect(actionMessage('ACCESS_BLOCKED')).toEqual({ id: 'audit.action.ACCESS_BLOCKED' });
    expect(actionMessage('SOMETHING_NEW')).toEqual({ id: 'audit.action.unknown', values: { code: 'SOMETHING_NEW' } });
    expect(actorKindMessage('EMPLOYEE')).toBe('audit.actor.EMPLOYEE');
    expect(actorKindMessage('ROBOT')).toBe('audit.actor.unknown');
  });

  it('looks up only targets that node(id:) can name, once each', () => {
    expect(nameableTargets(['acc_2', 'per_1', 'mtp_9', 'acc_2', 'prd_3', ''])).toEqual(['acc_2', 'per_1', 'prd_3']);
  });
});
