import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/uitnodigingen`;

const week = (start: string, sent: number, registered: number, rest: Partial<Record<string, number>> = {}) => ({
  __typename: 'InvitationFunnelWeek',
  start,
  sent,
  opened: rest['opened'] ?? registered,
  verified: rest['verified'] ?? registered,
  registered,
  expired: rest['expired'] ?? 0,
  withdrawn: rest['withdrawn'] ?? 0,
  conversion: sent === 0 ? 0 : registered / sent,
});

const waiting = (id: string, fullName: string) => ({
  __typename: 'InvitationFunnelPerson',
  person: { __typename: 'Person', id, fullName },
  email: `${id}@example.nl`,
  invitedAt: '2026-11-24T09:00:00Z',
  expiresAt: '2026-11-28T09:00:00Z',
});

function funnel(expired: ReturnType<typeof waiting>[]): ReturnType<Handler> {
  return {
    data: {
      invitationFunnel: {
        __typename: 'InvitationFunnel',
        weeks: [week('2026-11-23', 8, 3, { opened: 5, expired: 1, withdrawn: 2 }), week('2026-11-30', 0, 0)],
        total: week('2026-11-23', 8, 3, { opened: 5, expired: 1, withdrawn: 2 }),
        stuck: [
          { __typename: 'InvitationFunnelStuck', step: 'NOT_OPENED', total: 0, people: [] },
          { __typename: 'InvitationFunnelStuck', step: 'NOT_VERIFIED', total: 0, people: [] },
          { __typename: 'InvitationFunnelStuck', step: 'NOT_REGISTERED', total: 0, people: [] },
          { __typename: 'InvitationFunnelStuck', step: 'EXPIRED', total: 60, people: expired },
        ],
      },
    },
  };
}

describe('Uitnodigingen: the invitation funnel (R2–R4)', () => {
  it('shows the weeks with their conversion, who is stuck, and sends a stuck person a new link', async () => {
    let expired = [waiting('per_1', 'Anna Visser'), waiting('per_2', 'Bram de Vries')];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminInvitationFunnel: () => funnel(expired),
      AdminFunnelResend: (request) => {
        const { personId } = request.variables['input'] as { personId: string };
        expired = expired.filter((p) => p.person.id !== personId);
        return { data: { resendInvitation: { __typename: 'PersonAccessPayload', person: { __typename: 'Person', id: personId }, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Uitnodigingen' })).toHaveAttribute('aria-current', 'page');
    expect(server.calls('AdminInvitationFunnel')[0]?.variables).toEqual({ employerId: EMPLOYER_ID, weeks: 8 });
    const table = await screen.findByRole('table', { name: 'Uitnodigingen per week' });
    const first = within(table).getByRole('row', { name: /23-11-2026/ });
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8', '5', '3', '3', '1', '2', '38%']);
    // A week without mails has no conversion rather than 0 %.
    expect(within(within(table).getByRole('row', { name: /30-11-2026/ })).getAllByRole('cell').at(-1)).toHaveTextContent('–');
    expect(within(table).getByRole('row', { name: /Totaal/ })).toBeInTheDocument();

    const stuck = screen.getByRole('region', { name: /Link verlopen/ });
    expect(within(stuck).getByText('De 2 die het langst wachten van 60.')).toBeInTheDocument();
    await user.click(within(stuck).getByRole('button', { name: 'Nieuwe link sturen naar Anna Visser' }));
    expect(await screen.findByText('Anna Visser krijgt een nieuwe link; de oude werkt niet meer.')).toBeInTheDocument();
    expect(server.calls('AdminFunnelResend')[0]?.variables).toEqual({ input: { personId: 'per_1' } });
    await waitFor(() => expect(within(stuck).queryByText('Anna Visser')).not.toBeInTheDocument());
  });

  it('asks the server for the period chosen', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminInvitationFunnel: () => funnel([]),
    });
    const { user } = await renderApp({ path: PAGE });
    await screen.findByRole('table', { name: 'Uitnodigingen per week' }, LOADED);
    await user.click(screen.getByRole('button', { name: /Periode/ }));
    await user.click(await screen.findByRole('option', { name: '26 weken' }));
    await waitFor(() => expect(server.calls('AdminInvitationFunnel').at(-1)?.variables).toEqual({ employerId: EMPLOYER_ID, weeks: 26 }));
  });

  it('is not offered to staff without the rights it needs', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn({ ...employerUserViewer, rights: ['MANAGE_PORTAL_ACCESS'] }),
      AdminEmployer: employerHandler(),
    });
    await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}` });
    expect(await screen.findByRole('link', { name: 'Producten' }, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Uitnodigingen' })).not.toBeInTheDocument();
  });
});
