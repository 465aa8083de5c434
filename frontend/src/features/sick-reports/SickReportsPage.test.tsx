import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, signedIn } from '../../test/adminData';
import { todayIso } from '../../lib/format/dates';
import { sickExportPath } from './SickReportsPage';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/verzuim`;

const daysAgo = (n: number) => todayIso(new Date(Date.now() - n * 86_400_000));

function report(id: string, name: string, { first, recovery = null, hours = null }: { first: string; recovery?: string | null; hours?: number | null }) {
  return {
    __typename: 'SickReport',
    id,
    firstSickDay: first,
    hoursWorked: hours,
    reportedAt: `${first}T07:45:00Z`,
    reportedByKind: 'EMPLOYEE',
    reportedByName: name,
    recoveryDate: recovery,
    recoveryReportedAt: recovery ? `${recovery}T08:00:00Z` : null,
    open: recovery === null,
    poortwachter: null as null | Record<string, unknown>,
    person: {
      __typename: 'Person',
      id: `per_${id}`,
      fullName: name,
      employments: [{ __typename: 'Employment', id: `emt_${id}`, employeeNumber: 7 }],
    },
  };
}

function page(reports: ReturnType<typeof report>[], totalCount = reports.length): ReturnType<Handler> {
  return {
    data: {
      employer: {
        __typename: 'Employer',
        id: EMPLOYER_ID,
        sickReports: {
          __typename: 'SickReportConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 's', endCursor: 'e' },
          edges: reports.map((node) => ({ __typename: 'SickReportEdge', node })),
        },
      },
    },
  };
}

describe('the verzuim overview', () => {
  it('asks for the filter in the URL and shows a report without any diagnosis', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployerSickReports: () => page([report('1', 'Fleur Verhoeven', { first: daysAgo(2), hours: 2.5 })]),
    });
    await renderApp({ path: `${PAGE}?status=open` });

    const row = await screen.findByRole('row', { name: /Fleur Verhoeven/ }, LOADED);
    expect(server.calls('AdminEmployerSickReports')[0]?.variables).toEqual({ employerId: EMPLOYER_ID, open: true, first: 25 });
    expect(screen.getByRole('radio', { name: 'Open (nog ziek)' })).toBeChecked();
    expect(within(row).getByRole('link', { name: 'Fleur Verhoeven' })).toHaveAttribute(
      'href',
      `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/per_1`,
    );
    expect(row).toHaveTextContent('2,5 uur');
    expect(row).toHaveTextContent('door Fleur Verhoeven (werknemer)');
    expect(row).toHaveTextContent('Open');
    expect(row).toHaveTextContent('3 dagen, loopt nog');
    expect(screen.getByText('1 ziekmelding')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Exporteren (CSV)' })).toBeVisible();
  });

  it('exports what the filter selects as CSV (R25)', () => {
    expect(sickExportPath('emp_1', 'open')).toBe('/downloads/verzuim.csv?employerId=emp_1&open=true');
    expect(sickExportPath('emp_1', 'ended')).toBe('/downloads/verzuim.csv?employerId=emp_1&open=false');
    expect(sickExportPath('emp_1', 'all')).toBe('/downloads/verzuim.csv?employerId=emp_1');
  });

  it('shows the recovery date and the days up to it, and changes the filter in the URL from page 1', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployerSickReports: (request) =>
        request.variables['open'] === false
          ? page([])
          : page([report('2', 'Ruben Jacobs', { first: '2026-10-08', recovery: '2026-10-15' })], 30),
    });
    const { user, router } = await renderApp({ path: `${PAGE}?pagina=2&na=e` });

    const row = await screen.findByRole('row', { name: /Ruben Jacobs/ }, LOADED);
    expect(server.calls('AdminEmployerSickReports')[0]?.variables).toEqual({ employerId: EMPLOYER_ID, first: 25, after: 'e' });
    expect(row).toHaveTextContent('15 oktober 2026');
    expect(row).toHaveTextContent('7 dagen');
    expect(row).toHaveTextContent('Niet opgegeven');
    expect(row).not.toHaveTextContent('loopt nog');

    await user.click(screen.getByRole('radio', { name: 'Hersteld' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=hersteld'));
    expect(await screen.findByText('Geen afgesloten ziekmeldingen')).toBeInTheDocument();
    expect(server.calls('AdminEmployerSickReports').at(-1)?.variables).toEqual({ employerId: EMPLOYER_ID, open: false, first: 25 });
  });

  it('shows the next Poortwachter step of an open case and whether it is due this week (R25)', async () => {
    const open = report('3', 'Sanne Bakker', { first: daysAgo(50) });
    open.poortwachter = {
      __typename: 'PoortwachterCase',
      milestones: [
        { __typename: 'PoortwachterMilestone', step: 'PROBLEM_ANALYSIS', dueOn: '2026-01-01', status: 'DONE' },
        { __typename: 'PoortwachterMilestone', step: 'PLAN_OF_ACTION', dueOn: '2026-12-09', status: 'THIS_WEEK' },
        { __typename: 'PoortwachterMilestone', step: 'UWV_REPORT', dueOn: '2027-08-04', status: 'UPCOMING' },
      ],
    };
    mockGraphqlServer({ StaffRefreshSession: signedIn(), AdminEmployer: employerHandler(), AdminEmployerSickReports: () => page([open]) });
    await renderApp({ path: PAGE });
    const row = await screen.findByRole('row', { name: /Sanne Bakker/ }, LOADED);
    expect(screen.getByRole('columnheader', { name: 'Volgende stap' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Plan van aanpak9 december 2026 Deze week');
    expect(row).not.toHaveTextContent('Probleemanalyse');
  });

  it('explains what will appear when there are no reports at all', async () => {
    mockGraphqlServer({ StaffRefreshSession: signedIn(), AdminEmployer: employerHandler(), AdminEmployerSickReports: () => page([]) });
    await renderApp({ path: PAGE });
    expect(await screen.findByText('Nog geen ziekmeldingen', {}, LOADED)).toBeInTheDocument();
    expect(screen.getByText(/Als een werknemer zich in Werkportaal ziek meldt/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Alle meldingen' })).toBeChecked();
  });
});
