import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, featureNotActive, mockPortal } from '../testSupport';

afterEach(() => {
  clearAccessEnded();
  vi.useRealTimers();
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00+01:00'));
});

const month = {
  __typename: 'LeaveCalendarMonth',
  month: '2026-12',
  firstDay: '2026-12-01',
  lastDay: '2026-12-31',
  totalPeople: 1,
  page: 1,
  pageSize: 25,
  people: [
    {
      __typename: 'LeaveCalendarPerson',
      key: 'per_linda',
      name: 'Linda Huisman',
      isSelf: false,
      days: [{ __typename: 'LeaveCalendarDay', date: '2026-12-07', status: 'ABSENT', leaveType: null, hours: null }],
    },
  ],
};
const calendar = (active = false) => ({
  data: { myLeaveCalendar: month, myLeaveCalendarFeed: { __typename: 'LeaveCalendarFeedStatus', active, createdAt: active ? '2026-12-01T09:00:00Z' : null } },
});
const features = [...ALL_FEATURES, 'LEAVE_CALENDAR' as const];

describe('verlofkalender (R32)', () => {
  it('asks the month in the address and shows a colleague as Afwezig', async () => {
    const server = mockPortal({ EmployeeLeaveCalendar: () => calendar() }, { features });
    await renderApp({ path: '/werknemer/verlofkalender?maand=2026-12' });
    const agenda = await screen.findByRole('list', { name: 'Afwezig per dag' }, { timeout: 5000 });
    expect(within(agenda).getByText('Linda Huisman').parentElement).toHaveTextContent(/^Linda HuismanAfwezig$/);
    expect(server.calls('EmployeeLeaveCalendar')[0]?.variables).toEqual({ month: '2026-12', page: 1 });
    expect(screen.getByRole('link', { name: 'Volgende maand' })).toHaveAttribute('href', '/werknemer/verlofkalender?maand=2027-01');
  });

  it('shows the iCal address once, after making it', async () => {
    const server = mockPortal(
      {
        EmployeeLeaveCalendar: () => calendar(server.calls('EmployeeCreateLeaveCalendarFeed').length > 0),
        EmployeeCreateLeaveCalendarFeed: () => ({
          data: { createLeaveCalendarFeed: { __typename: 'CreateLeaveCalendarFeedPayload', url: 'https://werkportaal.example/ical/abc.ics', userErrors: [] } },
        }),
      },
      { features },
    );
    const { user } = await renderApp({ path: '/werknemer/verlofkalender' });
    await screen.findByText('Je hebt nog geen adres.', {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Adres maken' }));
    expect(await screen.findByRole('textbox', { name: 'Agenda-adres' }, { timeout: 5000 })).toHaveValue('https://werkportaal.example/ical/abc.ics');
    expect(screen.getByRole('button', { name: 'Adres intrekken' })).toBeInTheDocument();
  });

  it('says the part is not available without the product (R22)', async () => {
    mockPortal({ EmployeeLeaveCalendar: () => featureNotActive(['myLeaveCalendar'], null) }, { features: ALL_FEATURES });
    await renderApp({ path: '/werknemer/verlofkalender' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Afwezig per dag' })).not.toBeInTheDocument();
  });
});
