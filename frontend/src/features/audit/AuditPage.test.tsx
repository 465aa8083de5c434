import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, signedIn } from '../../test/adminData';
import { auditExportPath } from './exportPath';

const events = () => ({
  data: {
    auditEvents: {
      __typename: 'AuditEventConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
      edges: [
        {
          __typename: 'AuditEventEdge',
          node: {
            __typename: 'AuditEvent',
            id: 'aud_1',
            createdAt: '2026-11-20T10:00:00Z',
            actorKind: 'STAFF_USER',
            actorName: 'Petra de Boer',
            action: 'ACCESS_BLOCKED',
            targetType: 'Account',
            targetID: 'acc_1',
            reason: 'Uit dienst per 1 december',
          },
        },
      ],
    },
  },
});

describe('Logboek (R27)', () => {
  it('narrows to the days in the URL, shows them in the date inputs and the reason of a block', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminAuditEvents: events,
      AdminAuditTargets: () => ({ data: { nodes: [null] } }),
    });
    const { user } = await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}/logboek?vanaf=2026-11-01&tot=2026-11-24` });
    expect(await screen.findByText('Reden: Uit dienst per 1 december')).toBeInTheDocument();
    expect(server.calls('AdminAuditEvents')[0]?.variables).toMatchObject({ employerId: EMPLOYER_ID, from: '2026-11-01', to: '2026-11-24' });
    const from = within(screen.getByRole('group', { name: 'Vanaf' })).getAllByRole<HTMLInputElement>('textbox');
    expect(from.map((b) => b.value)).toEqual(['01', '11', '2026']);
    expect(screen.getByRole('button', { name: 'Exporteren (CSV)' })).toBeInTheDocument();

    // A new end day goes to the server once the date is whole.
    const to = within(screen.getByRole('group', { name: 'Tot en met' })).getAllByRole('textbox');
    await user.clear(to[0]!);
    await user.type(to[0]!, '10');
    await screen.findByRole('group', { name: 'Tot en met' });
    expect(server.calls('AdminAuditEvents').at(-1)?.variables).toMatchObject({ from: '2026-11-01', to: '2026-11-10' });
  });

  it('exports exactly what the filters select', () => {
    expect(auditExportPath({ employerId: 'emp_1', personId: 'per_2', action: 'ACCESS_BLOCKED', from: '2026-11-01', to: null })).toBe(
      '/downloads/logboek.csv?employerId=emp_1&personId=per_2&action=ACCESS_BLOCKED&from=2026-11-01',
    );
    expect(auditExportPath({ employerId: 'emp_1', personId: null, action: null, from: null, to: null })).toBe('/downloads/logboek.csv?employerId=emp_1');
  });
});
