import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const point = (year: number, period: number, grossCents: number, netCents: number) => ({
  __typename: 'SalaryPoint',
  payslipId: `lst_${year}_${period}`,
  periodType: 'MONTH',
  year,
  period,
  runDate: `${year}-${String(period).padStart(2, '0')}-20`,
  grossCents,
  netCents,
});

/** The newest `count` months up to November 2026, oldest first; May has the holiday allowance. */
const series = (count: number) => {
  const points = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = 2026 * 12 + 10 - i; // 0-based month index of November 2026, minus i
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    points.push(point(year, month, month === 5 ? 851620 : 434500, month === 5 ? 584857 : 324074));
  }
  return { data: { me: { __typename: 'EmployeeMe', salarySeries: points } } };
};

describe('salarisgrafiek', () => {
  it('draws gross and net as an image with a summary, and the figures as a table', async () => {
    const server = mockPortal({ EmployeeSalarySeries: (r) => series(r.variables['months'] === 24 ? 14 : 12) });
    const { user, router } = await renderApp({ path: '/werknemer/salarisgrafiek' });
    const chart = await screen.findByRole('img', { name: /^Lijngrafiek/ });
    expect(plain({ textContent: chart.getAttribute('aria-label') } as Element)).toBe(
      'Lijngrafiek van je bruto- en nettoloon over 12 periodes, van december 2025 tot en met november 2026. ' +
        'Brutoloon tussen € 4.345,00 en € 8.516,20, nettoloon tussen € 3.240,74 en € 5.848,57. ' +
        'De bedragen per periode staan in de tabel onder de grafiek.',
    );
    // Two lines, a point per period, and short month labels that fit (every other one at 340 px).
    expect(chart.querySelectorAll('path')).toHaveLength(2);
    expect(chart.querySelectorAll('circle')).toHaveLength(12);
    const texts = [...chart.querySelectorAll('text')].map(plain);
    expect(texts.slice(0, 5)).toEqual(['€ 0', '€ 2.500', '€ 5.000', '€ 7.500', '€ 10.000']);
    expect(texts.slice(5)).toEqual(['jan2026', 'mrt', 'mei', 'jul', 'sep', 'nov']);
    expect(server.calls('EmployeeSalarySeries')[0]?.variables).toEqual({ months: 12, employmentId: 'dvb_18' });

    const table = screen.getByRole('table', { name: 'Bruto- en nettoloon per periode, december 2025 tot en met november 2026' });
    expect(within(table).getAllByRole('columnheader').map(plain)).toEqual(['Periode', 'Brutoloon', 'Nettoloon']);
    expect(plain(within(table).getAllByRole('row')[1])).toBe('november 2026€ 4.345,00€ 3.240,74');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(12);

    await user.click(screen.getByRole('radio', { name: '24 maanden' }));
    expect(router.state.location.search).toBe('?maanden=24');
    expect(await screen.findByRole('heading', { name: 'Bruto en netto, afgelopen 24 maanden' })).toBeInTheDocument();
    expect(server.calls('EmployeeSalarySeries').at(-1)?.variables).toEqual({ months: 24, employmentId: 'dvb_18' });
  });

  it('says when there is nothing to draw', async () => {
    mockPortal({ EmployeeSalarySeries: () => ({ data: { me: { __typename: 'EmployeeMe', salarySeries: [] } } }) });
    await renderApp({ path: '/werknemer/salarisgrafiek' });
    expect(await screen.findByText('Er zijn geen loonstroken van de afgelopen 12 maanden.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
