import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { employment, featureNotActive, fileReply, mockDownloads, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const slip = (period: number, netCents: number) => ({
  __typename: 'Payslip',
  id: `lst_${period}`,
  periodType: 'MONTH',
  year: 2026,
  period,
  runDate: `2026-${String(period).padStart(2, '0')}-20`,
  grossCents: 434500,
  netCents,
});

const list = (nodes: ReturnType<typeof slip>[], { hasNextPage = false, totalCount = nodes.length } = {}) => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      payslips: {
        __typename: 'PayslipConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, hasPreviousPage: false, startCursor: 'c0', endCursor: 'c1' },
        edges: nodes.map((node) => ({ __typename: 'PayslipEdge', node })),
      },
    },
  },
});

const line = (id: string, code: string, description: string, amountCents: number, category: string) => ({
  __typename: 'PayslipLine',
  id,
  code,
  description,
  amountCents,
  category,
});

const detail = {
  data: {
    node: {
      ...slip(11, 324074),
      pdfUrl: '/downloads/payslips/lst_11.pdf',
      lines: [
        line('l1', '1000', 'Salaris', 434500, 'EARNINGS'),
        line('l2', '5000', 'Loonheffing', 94996, 'DEDUCTIONS'),
        line('l3', '5100', 'Pensioenpremie werknemer', 15430, 'DEDUCTIONS'),
        line('l4', '6000', 'Premie WW (laag)', 11905, 'EMPLOYER_CONTRIBUTIONS'),
        line('l5', '4000', 'Reservering vakantietoeslag', 34760, 'RESERVATIONS'),
      ],
      totals: [
        { __typename: 'PayslipCategoryTotal', category: 'EARNINGS', totalCents: 434500 },
        { __typename: 'PayslipCategoryTotal', category: 'DEDUCTIONS', totalCents: 110426 },
        { __typename: 'PayslipCategoryTotal', category: 'EMPLOYER_CONTRIBUTIONS', totalCents: 11905 },
        { __typename: 'PayslipCategoryTotal', category: 'RESERVATIONS', totalCents: 34760 },
      ],
      employment: { __typename: 'Employment', id: 'dvb_18', employeeNumber: 18, jobTitle: 'Commercieel medewerker binnendienst' },
    },
  },
};

describe('loonstroken', () => {
  it('lists the payslips newest first with run date and net amount, and pages on', async () => {
    const server = mockPortal({
      EmployeePayslips: (r) => (r.variables['after'] ? list([slip(1, 100)], { totalCount: 3 }) : list([slip(11, 324074), slip(10, -1250)], { hasNextPage: true, totalCount: 3 })),
    });
    const { user, router } = await renderApp({ path: '/werknemer/loonstroken' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Loonstroken' })).toBeInTheDocument();
    const items = within(await screen.findByRole('list', { name: 'Loonstroken' })).getAllByRole('listitem');
    expect(items.map(plain)).toEqual([
      'november 2026Verloningsdatum 20 november 2026Netto € 3.240,74',
      'oktober 2026Verloningsdatum 20 oktober 2026Netto € -12,50',
    ]);
    expect(server.calls('EmployeePayslips')[0]?.variables).toEqual({ first: 12, after: null, employmentId: 'dvb_18' });
    // The menu shows the activated parts only.
    expect(within(screen.getByRole('navigation', { name: 'Onderdelen van je werkportaal' })).getAllByRole('link')).toHaveLength(8);

    await user.click(screen.getByRole('link', { name: 'Oudere loonstroken →' }));
    expect(router.state.location.search).toBe('?na=c1');
    expect(await screen.findByText('januari 2026')).toBeInTheDocument();
    expect(server.calls('EmployeePayslips').at(-1)?.variables).toEqual({ first: 12, after: 'c1', employmentId: 'dvb_18' });
  });

  it('asks the payslips of the employment chosen in the address (R18)', async () => {
    const server = mockPortal(
      { EmployeePayslips: () => list([]) },
      { employments: [employment(36, 'Administratief medewerker', '2024-06-10'), employment(14, 'Oproepkracht', '2021-01-04', '2024-06-09')] },
    );
    const { user, router } = await renderApp({ path: '/werknemer/loonstroken?dienstverband=14' });
    expect(await screen.findByText(/Er zijn nog geen loonstroken voor je/)).toBeInTheDocument();
    expect(server.calls('EmployeePayslips')[0]?.variables['employmentId']).toBe('dvb_14');
    const select = screen.getByLabelText('Dienstverband');
    expect(select).toHaveValue('dvb_14');
    await user.selectOptions(select, 'dvb_36');
    expect(router.state.location.search).toBe('?dienstverband=36');
    await waitFor(() => expect(server.calls('EmployeePayslips').at(-1)?.variables['employmentId']).toBe('dvb_36'));
    // Links in the menu keep the choice.
    expect(screen.getByRole('link', { name: 'Salarisgrafiek' })).toHaveAttribute('href', '/werknemer/salarisgrafiek?dienstverband=36');
  });

  it('shows a payslip by category with totals, and downloads its PDF with the session token', async () => {
    mockPortal({ EmployeePayslip: () => detail });
    const files = mockDownloads(() => fileReply(200, { 'Content-Disposition': 'attachment; filename=loonstrook-2026-11.pdf' }, '%PDF-1.3'));
    const { user } = await renderApp({ path: '/werknemer/loonstroken/lst_11' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Loonstrook november 2026' })).toBeInTheDocument();
    expect(document.title).toBe('Loonstrook november 2026 – Werkportaal');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Samenvatting', 'Inkomsten', 'Inhoudingen', 'Werkgeverslasten', 'Reserveringen']);
    const deductions = screen.getByRole('table', { name: 'Inhoudingen' });
    expect(within(deductions).getAllByRole('row').map(plain)).toEqual([
      'CodeOmschrijvingBedrag',
      '5000Loonheffing€ 949,96',
      '5100Pensioenpremie werknemer€ 154,30',
      'Totaal inhoudingen€ 1.104,26',
    ]);
    expect(screen.getByTestId('payslip-net')).toHaveTextContent('€ 3.240,74');

    await user.click(screen.getByRole('button', { name: 'Download pdf' }));
    await waitFor(() => expect(files.saved).toEqual(['loonstrook-2026-11.pdf']));
    expect(files.downloads).toEqual([{ url: '/downloads/payslips/lst_11.pdf', authorization: 'Bearer access-token-1' }]);
  });

  it('says when the PDF is gone', async () => {
    mockPortal({ EmployeePayslip: () => detail });
    mockDownloads(() => fileReply(404));
    const { user } = await renderApp({ path: '/werknemer/loonstroken/lst_11' });
    await user.click(await screen.findByRole('button', { name: 'Download pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit bestand is niet (meer) beschikbaar.');
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('says a payslip that does not exist does not exist', async () => {
    mockPortal({ EmployeePayslip: () => ({ data: { node: null } }) });
    await renderApp({ path: '/werknemer/loonstroken/lst_404' });
    expect(await screen.findByText('Deze loonstrook bestaat niet (meer). Kies een loonstrook uit de lijst.')).toBeInTheDocument();
  });

  it('is not available when the employer did not activate it (R22)', async () => {
    const server = mockPortal({}, { features: ['LEAVE_CARD'] });
    await renderApp({ path: '/werknemer/loonstroken' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Loonstroken' })).toBeInTheDocument();
    expect(screen.getByText('Dit onderdeel is bij Voorbeeld MKB niet beschikbaar.')).toBeInTheDocument();
    expect(server.calls('EmployeePayslips')).toHaveLength(0);
    const menu = screen.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    expect(within(menu).getAllByRole('link').map((l) => l.textContent)).toEqual(['Start', 'Verlof']);
  });

  it('maps FEATURE_NOT_ACTIVE from the server to the same message, never the server text', async () => {
    mockPortal({ EmployeePayslips: () => featureNotActive(['me', 'payslips'], { me: { __typename: 'EmployeeMe', payslips: null } }) });
    await renderApp({ path: '/werknemer/loonstroken' });
    expect(await screen.findByText('Dit onderdeel is bij Voorbeeld MKB niet beschikbaar.')).toBeInTheDocument();
    expect(screen.queryByText(/the feature is not active/)).not.toBeInTheDocument();
  });
});
