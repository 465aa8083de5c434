import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, actionMessage, actorKindMessage, nameableTargets } from './actions';

// The server's Go sources, read at test time: every audit action the server writes has a text here.
const serverSources = import.meta.glob<string>(['../../../../server/**/*.go', '!../../../../server/**/*_test.go'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('audit trail texts', () => {
  it('translates known actions and shows an unknown one by its code', () => {
    expect(actionMessage('ACCESS_BLOCKED')).toEqual({ id: 'audit.action.ACCESS_BLOCKED' });
    expect(actionMessage('SOMETHING_NEW')).toEqual({ id: 'audit.action.unknown', values: { code: 'SOMETHING_NEW' } });
    expect(actorKindMessage('EMPLOYEE')).toBe('audit.actor.EMPLOYEE');
    expect(actorKindMessage('ROBOT')).toBe('audit.actor.unknown');
  });

  it('knows every action the server records', () => {
    const serverActions = new Set<string>();
    for (const source of Object.values(serverSources)) {
      for (const match of source.matchAll(/\b(?:audit\.)?Action\s*=\s*"([A-Z_]+)"/g)) serverActions.add(match[1]!);
    }
    expect(serverActions.size).toBeGreaterThan(20);
    expect([...serverActions].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('looks up only targets that node(id:) can name, once each', () => {
    expect(nameableTargets(['acc_2', 'per_1', 'mtp_9', 'acc_2', 'prd_3', 'doc_4', 'lst_5', 'zkm_6', 'lsr_7', ''])).toEqual([
      'acc_2',
      'doc_4',
      'lst_5',
      'per_1',
      'prd_3',
      'zkm_6',
    ]);
  });
});
