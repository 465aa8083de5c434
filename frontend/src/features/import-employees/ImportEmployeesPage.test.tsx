import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred, mockGraphqlServer, type CapturedRequest } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers-importeren`;

const importer = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'MANAGE_PAYROLL_DATA'] };

const FILE = [
  'personeelsnummer;persoonsnummer;roepnaam;achternaam;geboortedatum;e-mail;datum in dienst',
  '1;P1;Lotte;Berg;14-03-1988;lotte@example.nl;01-02-2021',
  '2;P2;Tim;Jansen;21-01-2001;kapot;01-04-2024',
  '3;P3;Emma;Visser;31-02-1983;;01-01-2010',
  '4;P4;Sanne;Wit;30-06-1995;;01-09-2023',
].join('\r\n');

interface Row {
  employeeNumber: number;
}

/** The server: row 2 (Tim) has a bad address, row 4 (Sanne) exists and her name changes. */
function syncHandler(request: CapturedRequest) {
  const input = request.variables['input'] as { employees: Row[]; dryRun: boolean };
  return {
    data: {
      syncEmployees: {
        __typename: 'SyncEmployeesPayload',
        userErrors: [],
        results: input.employees.map((row, index) => ({
          __typename: 'SyncEmployeeResult',
          index,
          employeeNumber: row.employeeNumber,
          status: row.employeeNumber === 2 ? 'ERROR' : row.employeeNumber === 4 ? 'UPDATED' : 'CREATED',
          changedFields: row.employeeNumber === 4 ? ['lastName'] : [],
          notices: [],
          userErrors:
            row.employeeNumber === 2
              ? [{ __typename: 'UserError', field: ['input', 'employees', String(index), 'privateEmail'], code: 'INVALID_EMAIL', message: 'x' }]
              : [],
        })),
      },
    },
  };
}

describe('Werknemers importeren (R45)', () => {
  it('previews every row with errors at their cells, then imports only the good rows', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(importer),
      AdminEmployer: employerHandler(),
      AdminSyncEmployees: syncHandler,
    });
    const { user } = await renderApp({ path: PAGE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Werknemers importeren' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voorbeeldbestand downloaden' })).toHaveAttribute('href', '/voorbeeld-werknemers.csv');

    await user.upload(screen.getByLabelText('CSV-bestand'), new File([`\uFEFF${FILE}`], 'werknemers.csv', { type: 'text/csv' }));
    const table = await screen.findByRole('table', { name: 'Regels van het bestand' });

    // The preview is a dry run of the three readable rows; Emma's impossible date never leaves the browser.
    const preview = server.calls('AdminSyncEmployees');
    expect(preview).toHaveLength(1);
    expect(preview[0]?.variables['input']).toMatchObject({ employerId: EMPLOYER_ID, dryRun: true });
    const sent = (preview[0]?.variables['input'] as { employees: Array<Record<string, unknown>> }).employees;
    expect(sent.map((r) => r['employeeNumber'])).toEqual([1, 2, 4]);
    expect(sent[0]).toMatchObject({ personKey: 'P1', birthDate: '1988-03-14', startDate: '2021-02-01', privateEmail: 'lotte@example.nl', endDate: null });

    const row = (line: number) => within(table).getByRole('rowheader', { name: `Regel ${line}` }).closest('tr')!;
    // Tim's error is in his e-mail cell, Emma's in her birth date cell.
    const timEmail = within(row(3)).getByText('kapot').closest('td')!;
    expect(timEmail).toHaveTextContent('Dit is geen geldig e-mailadres');
    expect(within(row(3)).getByText('Fout')).toBeInTheDocument();
    expect(within(row(4)).getByText('31-02-1983').closest('td')).toHaveTextContent('Geen datum: schrijf dd-mm-jjjj.');
    expect(within(row(2)).getByText('Nieuw')).toBeInTheDocument();
    expect(within(row(5)).getByText('Bijgewerkt')).toBeInTheDocument();
    expect(within(row(5)).getByText('(gewijzigd)')).toBeInTheDocument();
    expect(screen.getByText('2 fouten')).toBeInTheDocument();

    // Only the errors.
    await user.selectOptions(screen.getByLabelText('Toon'), 'Regels met een fout');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Regel 3', 'Regel 4']);

    await user.click(screen.getByRole('button', { name: '2 regels importeren' }));
    expect(await screen.findByText('Klaar: 1 nieuw, 1 bijgewerkt, 2 met een fout.')).toBeInTheDocument();
    const run = server.calls('AdminSyncEmployees')[1]?.variables['input'] as { dryRun: boolean; employees: Row[] };
    expect(run.dryRun).toBe(false);
    expect(run.employees.map((r) => r.employeeNumber)).toEqual([1, 4]);
  });

  it('sends a large file in batches of at most 1,000 rows and shows the progress', async () => {
    const lines = ['personeelsnummer;persoonsnummer;roepnaam;achternaam;geboortedatum;datum in dienst'];
    for (let n = 1; n <= 2500; n++) lines.push(`${n + 10};P${n};Naam;Achter${n};01-01-1980;01-01-2020`);
    const gate = deferred<void>();
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(importer),
      AdminEmployer: employerHandler(),
      AdminSyncEmployees: async (request) => {
        // The second batch waits, so the progress after the first one can be read.
        if (mockCalls === 1) await gate.promise;
        mockCalls += 1;
        return syncHandler(request);
      },
    });
    let mockCalls = 0;
    const { user } = await renderApp({ path: PAGE });
    await user.upload(await screen.findByLabelText('CSV-bestand', {}, LOADED), new File([lines.join('\n')], 'groot.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Bestand controleren… 1.000 van 2.500 regels')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Bestand controleren…' })).toHaveAttribute('aria-valuetext', '1.000 van 2.500 regels');
    gate.resolve();
    expect(await screen.findByText('2.500 nieuw', {}, { timeout: 15000 })).toBeInTheDocument();
    expect(server.calls('AdminSyncEmployees').map((c) => (c.variables['input'] as { employees: Row[] }).employees.length)).toEqual([1000, 1000, 500]);
    expect(screen.getByText('De eerste 200 van 2.500 regels.')).toBeInTheDocument();
  });

  it('says which required columns are missing and sends nothing', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(importer),
      AdminEmployer: employerHandler(),
      AdminSyncEmployees: syncHandler,
    });
    const { user } = await renderApp({ path: PAGE });
    await user.upload(await screen.findByLabelText('CSV-bestand', {}, LOADED), new File(['naam,adres\nJan,Hier'], 'x.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze kolommen ontbreken: personeelsnummer, persoonsnummer, roepnaam');
    await waitFor(() => expect(server.calls('AdminSyncEmployees')).toHaveLength(0));
  });

  it('offers the page only with MANAGE_PAYROLL_DATA', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerOverview: () => ({ data: { employer: null } }),
    });
    await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}` });
    // The menu may render its links again while the page's queries answer (under load, CI saw the
    // first link element detached by the time it was checked), so the link is looked up until it
    // holds, as in the other employer-menu tests.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Logboek' })).toBeInTheDocument(), LOADED);
    expect(screen.queryByRole('link', { name: 'Werknemers importeren' })).not.toBeInTheDocument();
  });
});
