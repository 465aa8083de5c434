import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal } from '../testSupport';

afterEach(() => {
  clearAccessEnded();
  vi.useRealTimers();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00+01:00'));
});

const features = [...ALL_FEATURES, 'MY_TEAM' as const];
const values = (v: Partial<Record<'street' | 'postalCode' | 'city' | 'phone' | 'email' | 'iban' | 'name', string>>) => ({
  __typename: 'PersonalDataValues',
  street: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  iban: '',
  name: '',
  ...v,
});
const task = (id: string, kind: string, extra: Record<string, unknown>) => ({
  __typename: 'TeamTask',
  id,
  kind,
  personName: 'Linda Huisman',
  submittedAt: '2026-12-01T09:00:00Z',
  step: 1,
  steps: 1,
  onBehalfOfName: null,
  leaveRequest: null,
  claim: null,
  personalDataChange: null,
  ...extra,
});

const tasks = [
  task('wfa_leave', 'LEAVE', {
    onBehalfOfName: 'Mia de Boer',
    leaveRequest: {
      __typename: 'LeaveRequest',
      id: 'vla_1',
      firstDay: '2026-12-21',
      lastDay: '2026-12-23',
      hours: 24,
      comment: '',
      leaveType: { __typename: 'LeaveType', id: 'vst_1', name: 'Wettelijk verlof' },
    },
  }),
  task('wfa_claim', 'CLAIM', {
    claim: {
      __typename: 'Claim',
      id: 'dcl_1',
      componentName: 'Reiskosten',
      componentKind: 'KILOMETRES',
      date: '2026-12-02',
      kilometres: 42,
      amount: 9.66,
      description: 'Klantbezoek Utrecht',
      receipts: [{ __typename: 'ClaimReceipt', id: 'dcb_1', fileName: 'bon.jpg', url: '/downloads/claim-receipts/dcb_1' }],
    },
  }),
  task('wfa_iban', 'PERSONAL_DATA_CHANGE', {
    personalDataChange: {
      __typename: 'PersonalDataChange',
      id: 'dpw_1',
      field: 'IBAN',
      effectiveDate: null,
      old: values({ iban: 'NL** **** **** **12 34' }),
      new: values({ iban: 'NL** **** **** **43 00' }),
    },
  }),
];

const myTeam = (isManager = true, list = tasks) => ({
  data: {
    myTeam: {
      __typename: 'MyTeam',
      isManager,
      tasks: list,
      started: [],
      sickToday: isManager ? [{ __typename: 'TeamSickMember', personName: 'Kees Smit', firstSickDay: '2026-12-03' }] : [],
      substitutes: [],
    },
    myTeamColleagues: [{ __typename: 'WorkflowPerson', id: 'per_kees', name: 'Kees Smit' }],
  },
});

const calendar = {
  data: {
    myTeamCalendar: {
      __typename: 'LeaveCalendarMonth',
      month: '2026-12',
      firstDay: '2026-12-01',
      lastDay: '2026-12-31',
      totalPeople: 2,
      page: 1,
      pageSize: 50,
      people: [
        {
          __typename: 'LeaveCalendarPerson',
          key: 'per_linda',
          name: 'Linda Huisman',
          isSelf: false,
          days: [{ __typename: 'LeaveCalendarDay', date: '2026-12-07', status: 'LEAVE', leaveType: 'Wettelijk verlof', hours: 8 }],
        },
        {
          __typename: 'LeaveCalendarPerson',
          key: 'per_kees',
          name: 'Kees Smit',
          isSelf: false,
          days: [{ __typename: 'LeaveCalendarDay', date: '2026-12-03', status: 'ABSENT', leaveType: null, hours: null }],
        },
      ],
    },
  },
};

describe('Mijn team (R35)', () => {
  it('shows each kind of task with what the manager decides on, who is sick by date only, and the team calendar with the kind of leave', async () => {
    const server = mockPortal({ MyTeam: () => myTeam(), MyTeamCalendar: () => calendar }, { features });
    await renderApp({ path: '/werknemer/mijn-team?maand=2026-12' });
    const leave = await screen.findByRole('listitem', { name: /Linda Huisman vraagt Wettelijk verlof aan/ }, { timeout: 5000 });
    expect(within(leave).getByText('Namens Mia de Boer')).toBeInTheDocument();
    const claim = screen.getByRole('listitem', { name: /^Linda Huisman declareert Reiskosten: €\s9,66$/ });
    expect(within(claim).getByText('2 december 2026 · 42 km · Klantbezoek Utrecht')).toBeInTheDocument();
    expect(within(claim).getByRole('button', { name: 'Bon bon.jpg openen' })).toBeInTheDocument();
    const change = screen.getByRole('listitem', { name: 'Linda Huisman vraagt een wijziging van het IBAN (rekeningnummer)' });
    expect(within(change).getByText('NL** **** **** **43 00')).toBeInTheDocument();
    expect(within(change).getByText('Zodra de wijziging is goedgekeurd')).toBeInTheDocument();

    expect(screen.getByText('Kees Smit, ziek sinds 3 december 2026')).toBeInTheDocument();
    const agenda = await screen.findByRole('list', { name: 'Afwezig per dag' }, { timeout: 5000 });
    expect(within(agenda).getByText('Linda Huisman').parentElement).toHaveTextContent(/Wettelijk verlof/);
    expect(within(agenda).getByText('Kees Smit').parentElement).toHaveTextContent(/^Kees SmitAfwezig$/);
    expect(server.calls('MyTeamCalendar')[0]?.variables).toEqual({ month: '2026-12', page: 1 });
    expect(screen.getByRole('link', { name: 'Volgende maand' })).toHaveAttribute('href', '/werknemer/mijn-team?maand=2027-01');
  });

  it('decides a claim with the task’s request, and asks a reason before a rejection', async () => {
    const server = mockPortal(
      {
        MyTeam: () => myTeam(true, server.calls('DecideTeamTask').length > 0 ? tasks.filter((t) => t.id !== 'wfa_claim') : tasks),
        MyTeamCalendar: () => calendar,
        DecideTeamTask: () => ({ data: { decideTeamTask: { __typename: 'DecideTeamTaskPayload', requestId: 'wfa_claim', userErrors: [] } } }),
      },
      { features },
    );
    const { user } = await renderApp({ path: '/werknemer/mijn-team' });
    const claim = await screen.findByRole('listitem', { name: /declareert Reiskosten/ }, { timeout: 5000 });
    await user.click(within(claim).getByRole('button', { name: 'Afwijzen' }));
    expect(within(claim).getByText('Geef een reden als je afwijst.')).toBeInTheDocument();
    expect(server.calls('DecideTeamTask')).toHaveLength(0);
    await user.type(within(claim).getByLabelText('Opmerking (verplicht bij afwijzen)'), 'Akkoord');
    await user.click(within(claim).getByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByText('Je beslissing is vastgelegd.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(server.calls('DecideTeamTask')[0]?.variables).toEqual({ input: { requestId: 'wfa_claim', accept: true, comment: 'Akkoord' } });
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /declareert Reiskosten/ })).not.toBeInTheDocument(), { timeout: 5000 });
  });

  it('shows a substitute only the tasks given to them: no team, no calendar', async () => {
    const server = mockPortal({ MyTeam: () => myTeam(false, tasks.slice(0, 1)), MyTeamCalendar: () => calendar }, { features });
    await renderApp({ path: '/werknemer/mijn-team', locale: 'en' });
    expect(await screen.findByRole('listitem', { name: /Linda Huisman asks for Wettelijk verlof/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Team calendar' })).not.toBeInTheDocument();
    expect(server.calls('MyTeamCalendar')).toHaveLength(0);
  });
});
