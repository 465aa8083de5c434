import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../gql/graphql';
import { renderApp } from '../../test/renderApp';
import { clearAccessEnded } from '../employee-auth';
import { ALL_FEATURES, JAN_EMPLOYMENT, mockPortal, plain } from './testSupport';

afterEach(() => clearAccessEnded());

const home = (features: PortalFeature[], parts: Record<string, unknown>) => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      features,
      home: {
        __typename: 'EmployeeHome',
        latestPayslip: null,
        leave: null,
        newDocumentCount: null,
        openSickReport: null,
        absenceReporting: false,
        openLeaveRequests: null,
        ...parts,
      },
      account: { __typename: 'Account', id: 'acc_1', username: 'jan.jansen' },
      person: { __typename: 'Person', id: 'per_1', firstName: 'Jan', fullName: 'Jan Jansen' },
      employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
      employments: [JAN_EMPLOYMENT],
    },
  },
});

const everything = home([...ALL_FEATURES, 'LEAVE_REQUESTS'], {
  latestPayslip: { __typename: 'Payslip', id: 'lst_11', periodType: 'MONTH', year: 2026, period: 11, netCents: 324074 },
  leave: { __typename: 'HomeLeave', remainingHours: 123.5, nextExpiryDate: '2027-07-01', nextExpiryHours: 80 },
  newDocumentCount: 2,
  openSickReport: { __typename: 'SickReport', id: 'zkm_1', firstSickDay: '2026-11-23' },
  absenceReporting: true,
  openLeaveRequests: [
    {
      __typename: 'LeaveRequest',
      id: 'vla_1',
      firstDay: '2026-12-28',
      lastDay: '2026-12-31',
      hours: 32,
      leaveType: { __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' },
    },
  ],
});

describe('the home at a glance', () => {
  it('shows net pay with its payslip, leave and the next expiry, new documents, an open sick report and open requests', async () => {
    mockPortal({ EmployeePortalHome: () => everything }, { features: [...ALL_FEATURES, 'LEAVE_REQUESTS'] });
    await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan' })).toBeInTheDocument();
    const tiles = within(screen.getByRole('region', { name: 'In één oogopslag' }));

    const pay = tiles.getByRole('heading', { name: 'Netto salaris' }).closest('li');
    expect(plain(pay)).toContain('€ 3.240,74');
    expect(within(pay!).getByRole('link', { name: 'Bekijk loonstrook november 2026' })).toHaveAttribute('href', '/werknemer/loonstroken/lst_11');

    const leave = tiles.getByRole('heading', { name: 'Verlof' }).closest('li');
    expect(plain(leave)).toContain('123,5 uur over');
    expect(plain(leave)).toContain('80 uur vervalt op 1 juli 2027');

    expect(plain(tiles.getByRole('heading', { name: 'Documenten' }).closest('li'))).toContain('2 nieuwe documenten');

    const sick = tiles.getByRole('heading', { name: 'Ziek en hersteld' }).closest('li');
    expect(plain(sick)).toContain('Je bent ziek gemeld sinds 23 november 2026.');
    expect(within(sick!).getByRole('link', { name: 'Hersteld melden' })).toHaveAttribute('href', '/werknemer/ziek-en-hersteld');

    const requests = tiles.getByRole('heading', { name: 'Verlofaanvragen' }).closest('li');
    expect(plain(requests)).toContain('1 aanvraag wacht op een besluit');
    expect(plain(requests)).toContain('Wettelijk verlof: 28 december 2026 t/m 31 december 2026, 32 uur');

    // The shared navigation is on the home too (R24).
    const menu = await screen.findByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    expect(within(menu).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    expect(within(menu).getByRole('link', { name: 'Verzuim' })).toHaveAttribute('href', '/werknemer/ziek-en-hersteld');
  });

  it('shows only the tiles of the products the employer has (R22)', async () => {
    mockPortal(
      {
        EmployeePortalHome: () =>
          home(['SALARY_CHART', 'PAYSLIPS', 'ANNUAL_STATEMENTS'], {
            latestPayslip: null,
          }),
      },
      { features: ['SALARY_CHART', 'PAYSLIPS', 'ANNUAL_STATEMENTS'] },
    );
    await renderApp({ path: '/werknemer' });
    const region = await screen.findByRole('region', { name: 'In één oogopslag' });
    expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Netto salaris']);
    expect(within(region).getByText('Er is nog geen loonstrook voor je.')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    mockPortal({ EmployeePortalHome: () => everything }, { features: [...ALL_FEATURES, 'LEAVE_REQUESTS'] });
    await renderApp({ path: '/werknemer', locale: 'en' });
    const region = await screen.findByRole('region', { name: 'At a glance' });
    expect(await within(region).findByText('123.5 hours left')).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'View payslip November 2026' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Report recovered' })).toBeInTheDocument();
  });
});
