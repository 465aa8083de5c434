import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/verlofaanvragen`;
const handler = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'HANDLE_REQUESTS'] };

function item(id: string, name: string, deadline: string | null) {
  return {
    __typename: 'LeaveQueueItem',
    personName: name,
    balanceHours: 120,
    colleaguesAway: [{ __typename: 'ColleagueAway', name: 'Cas Jansen', firstDay: '2099-04-20', lastDay: '2099-04-21' }],
    colleaguesAwayMore: 2,
    request: {
      __typename: 'LeaveRequest',
      id,
      kind: 'LEAVE',
      status: 'SUBMITTED',
      employmentId: 'dvb_1',
      firstDay: '2099-04-20',
      lastDay: '2099-04-24',
      hours: 36,
      comment: '',
      deadline,
      decisionComment: '',
      decidedByName: null,
      decidedAt: null,
      byLapse: false,
      leaveType: { __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' },
    },
  };
}

function filters(teams: Array<{ id: string; name: string }>) {
  return () => ({
    data: {
      leaveScheme: { __typename: 'LeaveScheme', leaveTypes: [{ __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' }] },
      leaveQueueTeams: teams.map((t) => ({ __typename: 'LeaveTeam', ...t })),
    },
  });
}

describe('Verlofaanvragen (R30, R31)', () => {
  it('shows the deadline, the balance and who else is away; a rejection needs a reason; a result per request', async () => {
    const due = new Date();
    due.setDate(due.getDate() + 5);
    due.setHours(12, 0, 0, 0);
    const deadline = due.toISOString();
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(handler),
      AdminEmployer: employerHandler(),
      AdminQueueFilters: filters([]),
      AdminLeaveQueue: () => ({ data: { leaveRequestQueue: [item('vla_1', 'Ann de Boer', deadline), item('vla_2', 'Bob Smit', null)] } }),
      AdminDecideLeaveRequests: (request) => {
        const input = request.variables['input'] as { ids: string[]; accept: boolean; comment: string };
        return {
          data: {
            decideLeaveRequests: {
              __typename: 'DecideLeaveRequestsPayload',
              userErrors: [],
              results: input.ids.map((id, i) => ({
                __typename: 'LeaveDecisionResult',
                id,
                leaveRequest:
                  i === 0 ? { __typename: 'LeaveRequest', id, status: 'REJECTED', decisionComment: input.comment, decidedByName: 'Wim', decidedAt: null } : null,
                userErrors: i === 0 ? [] : [{ __typename: 'UserError', code: 'LEAVE_REQUEST_NOT_OPEN', message: 'decided', field: null }],
              })),
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Verlofaanvragen' }, LOADED)).toBeInTheDocument();
    const grid = await screen.findByRole('grid', { name: 'Verlofaanvragen' });
    const ann = within(grid).getByRole('row', { name: /Ann de Boer/ });
    expect(ann).toHaveTextContent('nog 5 dagen');
    expect(ann).toHaveTextContent('120 uur');
    expect(ann).toHaveTextContent('Cas Jansen (20-04-2099 t/m 21-04-2099)');
    expect(ann).toHaveTextContent('en nog 2');
    expect(within(grid).getByRole('row', { name: /Bob Smit/ })).toHaveTextContent('geen termijn');
    expect(server.calls('AdminLeaveQueue')[0]?.variables).toMatchObject({ employerId: EMPLOYER_ID, status: 'OPEN' });

    await user.click(ann);
    await user.click(within(grid).getByRole('row', { name: /Bob Smit/ }));
    await user.click(screen.getByRole('button', { name: '2 afwijzen' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(await within(dialog).findByText('Geef een reden als je een aanvraag afwijst.')).toBeInTheDocument();
    expect(server.calls('AdminDecideLeaveRequests')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Reden'), 'Te druk');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));

    const results = await screen.findByRole('list', { name: 'Resultaat per aanvraag' });
    expect(results).toHaveTextContent('Ann de Boer: afgewezen');
    expect(results).toHaveTextContent('Bob Smit: Over deze aanvraag is al beslist, of hij is ingetrokken.');
    await waitFor(() =>
      expect(server.calls('AdminDecideLeaveRequests')[0]?.variables).toEqual({ input: { ids: ['vla_1', 'vla_2'], accept: false, comment: 'Te druk' } }),
    );
  }, 30_000);

  it('filters by team: the server keeps the requests of the team', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(handler),
      AdminEmployer: employerHandler(),
      AdminQueueFilters: filters([
        { id: 'afd_bakkerij', name: 'Bakkerij' },
        { id: 'afd_winkel', name: 'Winkel' },
      ]),
      AdminLeaveQueue: (request) => ({
        data: {
          leaveRequestQueue:
            request.variables['teamId'] === 'afd_winkel' ? [item('vla_2', 'Bob Smit', null)] : [item('vla_1', 'Ann de Boer', null), item('vla_2', 'Bob Smit', null)],
        },
      }),
    });
    const { user, router } = await renderApp({ path: PAGE });
    const grid = await screen.findByRole('grid', { name: 'Verlofaanvragen' }, LOADED);
    expect(within(grid).getByRole('row', { name: /Ann de Boer/ })).toBeInTheDocument();
    expect(screen.queryByText(/nog geen afdelingen/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Team/ }));
    await user.click(screen.getByRole('option', { name: 'Winkel' }));
    await waitFor(() => expect(server.calls('AdminLeaveQueue').at(-1)?.variables).toMatchObject({ employerId: EMPLOYER_ID, status: 'OPEN', teamId: 'afd_winkel' }));
    await waitFor(() => expect(within(screen.getByRole('grid', { name: 'Verlofaanvragen' })).queryByRole('row', { name: /Ann de Boer/ })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?team=afd_winkel');
    await user.click(screen.getByRole('button', { name: /Team/ }));
    await user.click(screen.getByRole('option', { name: 'Alle teams' }));
    await waitFor(() => expect(server.calls('AdminLeaveQueue').at(-1)?.variables).not.toHaveProperty('teamId'));
  }, 30_000);

  it('says that filtering by team waits for departments', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(handler),
      AdminEmployer: employerHandler(),
      AdminQueueFilters: filters([]),
      AdminLeaveQueue: () => ({ data: { leaveRequestQueue: [] } }),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByText('Deze werkgever heeft nog geen afdelingen; filteren op team kan zodra de salarisadministratie ze doorgeeft.', {}, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Team/ })).not.toBeInTheDocument();
  }, 30_000);
});
