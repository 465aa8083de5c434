import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { fullPayslip, minimalPayslip } from '../../../test/payslipData';
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

const detail = { data: { node: fullPayslip('lst_11', 11) } };

/** The label and value of each fact in a region, as one text each. */
const facts = (region: HTMLElement) => within(region).getAllByRole('term').map((dt) => `${plain(dt)}: ${plain(dt.nextElementSibling as HTMLElement)}`);

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

  it('shows a loonstrook the way payroll prints it (R23), and downloads its PDF with the session token', async () => {
    mockPortal({ EmployeePayslip: () => detail });
    const files = mockDownloads(() => fileReply(200, { 'Content-Disposition': 'attachment; filename=loonstrook-2026-11.pdf' }, '%PDF-1.3'));
    const { user } = await renderApp({ path: '/werknemer/loonstroken/lst_11' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Loonstrook november 2026' })).toBeInTheDocument();
    expect(document.title).toBe('Loonstrook november 2026 – Werkportaal');
    // Header, earnings, deductions, net, tax details, cumulatives, then what the employer adds.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Gegevens', 'Inkomsten', 'Inhoudingen', 'Uitbetaling', 'Fiscale gegevens', 'Cumulatieven 2026', 'Werkgeverslasten', 'Reserveringen']);
    expect(facts(screen.getByRole('region', { name: 'Gegevens' }))).toEqual([
      'Werkgever: Voorbeeld MKB',
      'Werknemer: Jan Jansen',
      'Dienstverband: Personeelsnummer 18, Commercieel medewerker binnendienst',
      'In dienst sinds: 12 augustus 2015',
      'Periode: november 2026 (1 november 2026 t/m 30 november 2026)',
      'Soort periode: Maand',
      'Verloningsdatum: 20 november 2026',
      'Arbeidsduur: 36 uur per week',
      'Deeltijdfactor: 94,74%',
      'Uren deze periode: 156',
      'Wettelijk minimumuurloon: € 14,40',
      'Wettelijk minimumloon deze periode: € 2.246,40',
    ]);
    expect(within(screen.getByRole('table', { name: 'Inkomsten' })).getAllByRole('row').map(plain)).toEqual([
      'CodeOmschrijvingBedrag',
      '1000Salaris156 × € 27,85€ 4.345,00',
      'Totaal inkomsten€ 4.345,00',
    ]);
    expect(within(screen.getByRole('table', { name: 'Inhoudingen' })).getAllByRole('row').map(plain)).toEqual([
      'CodeOmschrijvingBedrag',
      '5000LoonheffingWitte maandtabel€ 949,96',
      '5100Pensioenpremie werknemer€ 154,30',
      'Totaal inhoudingen€ 1.104,26',
    ]);
    expect(screen.getByTestId('payslip-net')).toHaveTextContent('€ 3.240,74');
    // The account only masked; a screen reader hears its last four characters instead of stars.
    const pay = screen.getByRole('region', { name: 'Uitbetaling' });
    expect(within(pay).getByTestId('payslip-account')).toHaveTextContent('NL** **** **** **12 34');
    expect(within(pay).getByText('rekening eindigend op 1234')).toBeInTheDocument();
    expect(facts(screen.getByRole('region', { name: 'Fiscale gegevens' }))).toEqual([
      'SV-loon: € 4.190,70',
      'Loon voor de loonheffing: € 4.190,70',
      'Loonheffingstabel: Witte maandtabel',
      'Loonheffingskorting toegepast: Ja',
    ]);
    expect(facts(screen.getByRole('region', { name: 'Cumulatieven 2026' }))).toEqual([
      'Brutoloon: € 47.795,00',
      'SV-loon: € 46.097,70',
      'Loon voor de loonheffing: € 46.097,70',
      'Ingehouden loonheffing: € 10.449,56',
      'Nettoloon: € 35.648,14',
    ]);

    await user.click(screen.getByRole('button', { name: 'Download pdf' }));
    await waitFor(() => expect(files.saved).toEqual(['loonstrook-2026-11.pdf']));
    expect(files.downloads).toEqual([{ url: '/downloads/payslips/lst_11.pdf', authorization: 'Bearer access-token-1' }]);
  });

  it('leaves out what an older integration did not send, instead of showing zeros', async () => {
    mockPortal({ EmployeePayslip: () => ({ data: { node: minimalPayslip('lst_11', 11) } }) });
    await renderApp({ path: '/werknemer/loonstroken/lst_11' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Loonstrook november 2026' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Gegevens',
      'Inkomsten',
      'Inhoudingen',
      'Uitbetaling',
      'Werkgeverslasten',
      'Reserveringen',
    ]);
    expect(facts(screen.getByRole('region', { name: 'Gegevens' })).map((f) => f.split(':')[0])).toEqual([
      'Werkgever',
      'Werknemer',
      'Dienstverband',
      'In dienst sinds',
      'Periode',
      'Soort periode',
      'Verloningsdatum',
    ]);
    expect(facts(screen.getByRole('region', { name: 'Uitbetaling' }))).toEqual(['Brutoloon: € 4.345,00', 'Nettoloon: € 3.240,74']);
    expect(screen.queryByTestId('payslip-account')).not.toBeInTheDocument();
  });

  it('speaks English when chosen', async () => {
    mockPortal({ EmployeePayslip: () => detail });
    await renderApp({ path: '/werknemer/loonstroken/lst_11', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Payslip November 2026' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Tax details' })).toBeInTheDocument();
    expect(facts(screen.getByRole('region', { name: 'Tax details' }))).toContain('Payroll tax table: White monthly table');
    expect(screen.getByRole('heading', { level: 2, name: 'Year to date 2026' })).toBeInTheDocument();
    expect(screen.getByText('account ending in 1234')).toBeInTheDocument();
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
