import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, signedIn } from '../../test/adminData';
import { todayIso } from '../../lib/format/dates';
import { fullPayslip } from '../../test/payslipData';

const PERSON_ID = 'per_01JTEST00000000000000000007';
const PATH = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/${PERSON_ID}`;
const LOADED = { timeout: 20000 };

const person = {
  __typename: 'Person',
  id: PERSON_ID,
  fullName: 'Fleur Verhoeven',
  initials: 'F.',
  firstName: 'Fleur',
  lastNamePrefix: '',
  lastName: 'Verhoeven',
  birthDate: '1990-02-03',
  email: 'fleur@example.nl',
  phone: null,
  payrollKey: null,
  street: '',
  postalCode: '',
  city: '',
  employer: { __typename: 'Employer', id: EMPLOYER_ID },
  employments: [{ __typename: 'Employment', id: 'emt_1', employeeNumber: 1, startDate: '2020-01-01', endDate: null, inService: true, jobTitle: 'Office manager' }],
  account: null,
};

const employment = { __typename: 'Employment', id: 'emt_1', employeeNumber: 1 };
const future = todayIso(new Date(Date.now() + 3 * 86_400_000));

function slip(id: string, periodLabel: string, visibleFrom: string) {
  return { __typename: 'Payslip', id, periodLabel, runDate: '2026-10-20', visibleFrom, grossCents: 245_000, netCents: 223_359, pdfUrl: `/downloads/payslips/${id}.pdf`, employment };
}

const payslipsHandler: Handler = () => ({
  data: {
    node: {
      __typename: 'Person',
      id: PERSON_ID,
      payslips: {
        __typename: 'PayslipConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 's', endCursor: 'e' },
        edges: [
          { __typename: 'PayslipEdge', node: slip('lst_2', 'december 2026', future) },
          { __typename: 'PayslipEdge', node: slip('lst_1', 'oktober 2026', '2026-10-23') },
        ],
      },
    },
  },
});

const payslipHandler: Handler = () => ({
  data: { node: { ...fullPayslip('lst_1', 10), periodLabel: 'oktober 2026', visibleFrom: '2026-10-23' } },
});

const euro = (text: string | null) => text?.replace(/\s/g, ' ');

describe('the Loonstroken tab', () => {
  it('lists the payslips with amounts and marks one the employee does not see yet; a row opens the lines per category', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
      AdminPersonPayslips: payslipsHandler,
      AdminPayslip: payslipHandler,
    });
    const { user, router } = await renderApp({ path: `${PATH}?tab=loonstroken` });

    const december = await screen.findByRole('row', { name: /december 2026/ }, LOADED);
    expect(server.calls('AdminPersonPayslips')[0]?.variables).toEqual({ personId: PERSON_ID, first: 24 });
    expect(screen.getByRole('tab', { name: 'Loonstroken' })).toHaveAttribute('aria-selected', 'true');
    expect(december).toHaveTextContent('Nog niet zichtbaar voor werknemer');
    const october = screen.getByRole('row', { name: /oktober 2026/ });
    expect(october).not.toHaveTextContent('Nog niet zichtbaar');
    expect(euro(october.textContent)).toContain('€ 2.450,00');
    expect(euro(october.textContent)).toContain('€ 2.233,59');
    expect(within(october).getByRole('button', { name: 'Loonstrook oktober 2026 downloaden als PDF' })).toBeInTheDocument();

    await user.click(within(october).getByRole('button', { name: 'Loonstrook oktober 2026 bekijken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Loonstrook oktober 2026' });
    await waitFor(() => expect(router.state.location.search).toBe('?tab=loonstroken&loonstrook=lst_1'));
    // Staff see the same loonstrook as the employee (R23), and when the employee sees it.
    expect(await within(dialog).findByText('23 oktober 2026')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Gegevens',
      'Inkomsten',
      'Inhoudingen',
      'Uitbetaling',
      'Fiscale gegevens',
      'Cumulatieven 2026',
      'Werkgeverslasten',
      'Reserveringen',
    ]);
    const deductions = within(dialog).getByRole('table', { name: 'Inhoudingen' });
    expect(euro(within(deductions).getByRole('row', { name: /Totaal inhoudingen/ }).textContent)).toContain('€ 1.104,26');
    expect(within(deductions).getAllByRole('row').map((r) => euro(r.textContent))).toContain('5000LoonheffingWitte maandtabel€ 949,96');
    expect(within(dialog).getByTestId('payslip-account')).toHaveTextContent('NL** **** **** **12 34');
    expect(within(dialog).getByText('Witte maandtabel', { selector: 'dd' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=loonstroken'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('drops its paging and open payslip when another tab is chosen', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
      AdminPersonPayslips: payslipsHandler,
      AdminPayslip: payslipHandler,
      AdminPersonSickReports: () => ({ data: { node: { __typename: 'Person', id: PERSON_ID, sickReports: [] } } }),
    });
    const { user, router } = await renderApp({ path: `${PATH}?tab=loonstroken&pagina=2&na=e` });
    await screen.findByRole('row', { name: /december 2026/ }, LOADED);
    await user.click(screen.getByRole('tab', { name: 'Verzuim' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=verzuim'));
    expect(await screen.findByText('Fleur Verhoeven heeft zich nog nooit ziek gemeld in Werkportaal.', {}, LOADED)).toBeInTheDocument();
  });
});
