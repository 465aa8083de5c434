import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal, plain } from '../testSupport';

afterEach(() => {
  clearAccessEnded();
  vi.useRealTimers();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T10:00:00+01:00'));
});

const request = (over: Record<string, unknown> = {}) => ({
  __typename: 'LeaveRequest',
  id: 'vla_1',
  kind: 'LEAVE',
  status: 'SUBMITTED',
  firstDay: '2026-05-04',
  lastDay: '2026-05-05',
  hours: 16,
  comment: '',
  decisionComment: '',
  decidedByName: null,
  decidedOnBehalfOfName: null,
  byLapse: false,
  cancelsId: null,
  leaveType: { __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' },
  ...over,
});

const list = (requests: unknown[]) => ({
  data: { myLeaveTypes: [{ __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' }], myLeaveRequests: requests },
});

const day = (date: string, hours: number, computedHours = hours) => ({ __typename: 'LeaveDay', date, hours, computedHours });

const features = [...ALL_FEATURES, 'LEAVE_REQUESTS' as const];

describe('verlof aanvragen (R29, R30)', () => {
  it('shows the computed hours and the balance before sending, and sends an adjusted day', async () => {
    const server = mockPortal(
      {
        EmployeeLeaveRequests: () => list([request({ status: 'REJECTED', decisionComment: 'Te druk', decidedByName: 'Bob Jansen', decidedOnBehalfOfName: 'Mia Jansen' })]),
        EmployeePreviewLeaveRequest: (r) => {
          const input = r.variables['input'] as { days: Array<{ date: string; hours: number }> };
          const friday = input.days.find((d) => d.date === '2026-04-24')?.hours ?? 8;
          return {
            data: {
              previewLeaveRequest: {
                __typename: 'LeaveRequestPreview',
                hours: 32 + friday,
                balanceBeforeHours: 160,
                balanceAfterHours: 160 - 32 - friday,
                days: ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23'].map((d) => day(d, 8)).concat(day('2026-04-24', friday, 8)),
                userErrors: [],
              },
            },
          };
        },
        EmployeeRequestLeave: () => ({
          data: { requestLeave: { __typename: 'LeaveRequestPayload', leaveRequest: { __typename: 'LeaveRequest', id: 'vla_2', status: 'SUBMITTED' }, userErrors: [] } },
        }),
      },
      { features },
    );
    const { user } = await renderApp({ path: '/werknemer/verlof-aanvragen' });
    // The earlier request: status and the handler's comment.
    const mine = await screen.findByRole('region', { name: 'Mijn aanvragen' });
    expect(within(mine).getByText(/Afgewezen/)).toBeInTheDocument();
    expect(within(mine).getByText('Reactie: Te druk')).toBeInTheDocument();
    // R35: a substitute's decision says for whom.
    expect(within(mine).getByText('Beslist door Bob Jansen namens Mia Jansen')).toBeInTheDocument();

    setDate('Eerste dag', '20-04-2026');
    setDate('Laatste dag', '24-04-2026');
    const friday = await screen.findByLabelText(/Uren op .*24 april 2026/);
    expect(friday).toHaveValue('8');
    const facts = () => screen.getAllByRole('definition').map(plain);
    expect(facts().slice(0, 3)).toEqual(['40 uur', '160 uur', '120 uur']);

    await user.clear(friday);
    await user.type(friday, '4');
    await waitFor(() => expect(facts().slice(0, 3)).toEqual(['36 uur', '160 uur', '124 uur']));
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    await screen.findByText('Je aanvraag is verstuurd. Je krijgt bericht als erover is beslist.');
    expect(server.calls('EmployeeRequestLeave')[0]?.variables).toEqual({
      input: {
        employmentId: 'dvb_18',
        leaveTypeId: 'vls_1',
        firstDay: '2026-04-20',
        lastDay: '2026-04-24',
        days: [{ date: '2026-04-24', hours: 4 }],
        comment: '',
      },
    });
  });

  it('shows the refusal the request would get and lets a submitted request be withdrawn', async () => {
    const server = mockPortal(
      {
        EmployeeLeaveRequests: () => list([request()]),
        EmployeePreviewLeaveRequest: () => ({
          data: {
            previewLeaveRequest: {
              __typename: 'LeaveRequestPreview',
              hours: 0,
              balanceBeforeHours: 160,
              balanceAfterHours: 160,
              days: [day('2026-04-25', 0)],
              userErrors: [{ __typename: 'UserError', field: ['input', 'lastDay'], code: 'LEAVE_REQUEST_ZERO_HOURS', message: 'x' }],
            },
          },
        }),
        EmployeeWithdrawLeaveRequest: () => ({
          data: {
            withdrawLeaveRequest: {
              __typename: 'LeaveRequestPayload',
              leaveRequest: { __typename: 'LeaveRequest', id: 'vla_1', status: 'WITHDRAWN' },
              userErrors: [],
            },
          },
        }),
      },
      { features },
    );
    const { user } = await renderApp({ path: '/werknemer/verlof-aanvragen' });
    await screen.findByRole('region', { name: 'Mijn aanvragen' });
    setDate('Eerste dag', '25-04-2026');
    expect(await screen.findByText('In deze periode werk je geen uren; er valt niets aan te vragen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Intrekken' }));
    await waitFor(() => expect(server.calls('EmployeeWithdrawLeaveRequest')[0]?.variables).toEqual({ id: 'vla_1' }));
  });

  it('is not there without Verlofaanvragen (R22)', async () => {
    const server = mockPortal({}, { features: ALL_FEATURES });
    await renderApp({ path: '/werknemer/verlof-aanvragen' });
    expect(await screen.findByText('Dit onderdeel is bij Voorbeeld MKB niet beschikbaar.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Eerste dag' })).not.toBeInTheDocument();
    expect(server.calls('EmployeeLeaveRequests')).toHaveLength(0);
  });
});

/**
 * Fills the day, month and year boxes of a date input (components/ui DateInput) at once, as a
 * pasted Dutch date does.
 */
function setDate(label: string, dutch: string) {
  const [day] = within(screen.getByRole('group', { name: label })).getAllByRole('textbox');
  fireEvent.change(day!, { target: { value: dutch } });
}
