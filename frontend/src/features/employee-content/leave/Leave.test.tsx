import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { employment, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const balance = (id: string, year: number, leaveType: string, employmentId = 'dvb_18', over: Record<string, unknown> = {}) => ({
  __typename: 'LeaveBalance',
  id,
  year,
  leaveType,
  entitlementHours: 152,
  takenHours: 48,
  plannedHours: 7.6,
  remainingHours: 96.4,
  expiryDate: `${year + 1}-07-01`,
  employment: { __typename: 'Employment', id: employmentId, employeeNumber: Number(employmentId.slice(4)), jobTitle: 'x' },
  ...over,
});

const answer = (balances: unknown[]) => ({ data: { me: { __typename: 'EmployeeMe', leaveBalances: balances } } });

describe('verlofkaart', () => {
  it('shows the newest year by default, in hours, and another year on request', async () => {
    const server = mockPortal({
      EmployeeLeaveBalances: (r) =>
        r.variables['year'] === 2025
          ? answer([])
          : answer([
              balance('b1', 2026, 'STATUTORY'),
              balance('b2', 2026, 'EXTRA_STATUTORY', 'dvb_18', { expiryDate: null, remainingHours: -4 }),
            ]),
    });
    const { user, router } = await renderApp({ path: '/werknemer/verlof' });
    const statutory = await screen.findByRole('region', { name: 'Wettelijk verlof' });
    expect(within(statutory).getAllByRole('definition').map(plain)).toEqual(['152 uur', '48 uur', '7,6 uur', '96,4 uur', '1 juli 2027']);
    const extra = screen.getByRole('region', { name: 'Bovenwettelijk verlof' });
    expect(within(extra).getAllByRole('definition').map(plain).slice(3)).toEqual(['-4 uur', 'Vervalt niet']);
    expect(server.calls('EmployeeLeaveBalances')[0]?.variables).toEqual({ year: null });

    const year = screen.getByLabelText('Verlofjaar');
    expect(year).toHaveValue('2026');
    await user.selectOptions(year, '2025');
    expect(router.state.location.search).toBe('?jaar=2025');
    expect(await screen.findByText('Er is voor 2025 geen verlofsaldo bekend.')).toBeInTheDocument();
  });

  it('shows the balances of the chosen employment only (R18)', async () => {
    mockPortal(
      { EmployeeLeaveBalances: () => answer([balance('b1', 2026, 'STATUTORY', 'dvb_36'), balance('b2', 2026, 'OTHER', 'dvb_14')]) },
      { employments: [employment(36, 'Administratief medewerker', '2024-06-10'), employment(14, 'Oproepkracht', '2021-01-04')] },
    );
    const { user } = await renderApp({ path: '/werknemer/verlof?dienstverband=14' });
    expect(await screen.findByRole('region', { name: 'Overig verlof' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Wettelijk verlof' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Dienstverband'), 'dvb_36');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Wettelijk verlof' })).toBeInTheDocument());
  });
});
