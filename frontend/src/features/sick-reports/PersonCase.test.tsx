import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { ALL_RIGHTS, EMPLOYER_ID, adminViewer, employerHandler, signedIn } from '../../test/adminData';

const PERSON_ID = 'per_01JTEST00000000000000000007';
const PATH = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/${PERSON_ID}?tab=verzuim`;
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

const milestone = (step: string, week: number, dueOn: string, status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'PoortwachterMilestone',
  step,
  week,
  opensOn: null,
  dueOn,
  doneOn: null,
  status,
  ...extra,
});

const openReport = {
  __typename: 'SickReport',
  id: 'zkm_1',
  firstSickDay: '2026-01-05',
  hoursWorked: null,
  reportedAt: '2026-01-05T08:00:00Z',
  reportedByKind: 'STAFF_USER',
  reportedByName: 'Anne de Beheerder',
  recoveryDate: null,
  recoveryReportedAt: null,
  open: true,
  partialRecoveries: [
    {
      __typename: 'PartialRecovery',
      id: 'gdh_1',
      fromDate: '2026-02-02',
      percentage: 50,
      hoursPerWeek: null,
      recordedAt: '2026-02-01T10:00:00Z',
      recordedByKind: 'EMPLOYEE',
      recordedByName: 'Fleur Verhoeven',
    },
  ],
  poortwachter: {
    __typename: 'PoortwachterCase',
    firstSickDay: '2026-01-05',
    milestones: [
      milestone('PROBLEM_ANALYSIS', 6, '2026-02-15', 'DONE', { doneOn: '2026-02-10' }),
      milestone('PLAN_OF_ACTION', 8, '2026-03-01', 'OVERDUE'),
      milestone('UWV_REPORT', 42, '2026-10-25', 'THIS_WEEK'),
      milestone('FIRST_YEAR_EVALUATION', 52, '2027-01-03', 'UPCOMING', { opensOn: '2026-11-16' }),
      milestone('FINAL_EVALUATION', 91, '2027-10-03', 'UPCOMING'),
      milestone('WIA_APPLICATION', 93, '2027-10-17', 'UPCOMING'),
      milestone('END_OF_WAITING_PERIOD', 104, '2028-01-02', 'UPCOMING'),
    ],
  },
};

describe('the open case on the person page (R25)', () => {
  it('shows the Poortwachter timeline with its statuses and the partial recoveries, and marks a step done', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn({ ...adminViewer, rights: [...ALL_RIGHTS, 'HANDLE_REQUESTS'] }),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
      AdminPersonSickReports: () => ({ data: { node: { __typename: 'Person', id: PERSON_ID, sickReports: [openReport] } } }),
      AdminMarkPoortwachterStep: () => ({
        data: { markPoortwachterStep: { __typename: 'SickReportPayload', sickReport: openReport, userErrors: [] } },
      }),
    });
    const { user } = await renderApp({ path: PATH });
    const timeline = await screen.findByRole('region', { name: 'Poortwachter-tijdlijn' }, LOADED);
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps).toHaveLength(7);
    expect(steps[0]).toHaveTextContent('Probleemanalyse');
    expect(steps[0]).toHaveTextContent('Gedaan');
    expect(steps[0]).toHaveTextContent('gedaan op 10 februari 2026');
    expect(steps[1]).toHaveTextContent('Plan van aanpak');
    expect(steps[1]).toHaveTextContent('Te laat');
    expect(steps[1]).toHaveTextContent('Uiterlijk 1 maart 2026 (week 8)');
    expect(steps[2]).toHaveTextContent('Deze week');
    expect(steps[3]).toHaveTextContent('Van 16 november 2026 tot en met 3 januari 2027 (uiterlijk week 52)');
    // The end of the 104 weeks just comes: it has no button.
    expect(within(steps[6]!).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Gedeeltelijk herstel' })).toHaveTextContent('50% vanaf 2 februari 2026 door Fleur Verhoeven (werknemer)');
    // Staff who handle it can record a partial or full recovery; a new report is not offered.
    expect(screen.getByRole('form', { name: 'Gedeeltelijk herstel invoeren' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Herstelmelding invoeren' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Ziekmelding corrigeren' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ziekmelding invoeren' })).not.toBeInTheDocument();

    await user.click(within(timeline).getByRole('button', { name: 'Markeer als gedaan: Plan van aanpak' }));
    const input = server.calls('AdminMarkPoortwachterStep')[0]?.variables['input'] as { sickReportId: string; step: string; doneOn: string };
    expect(input.sickReportId).toBe('zkm_1');
    expect(input.step).toBe('PLAN_OF_ACTION');
    expect(input.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers no forms or buttons to staff without HANDLE_REQUESTS', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
      AdminPersonSickReports: () => ({ data: { node: { __typename: 'Person', id: PERSON_ID, sickReports: [openReport] } } }),
    });
    await renderApp({ path: PATH });
    const timeline = await screen.findByRole('region', { name: 'Poortwachter-tijdlijn' }, LOADED);
    expect(within(timeline).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('form', { name: 'Herstelmelding invoeren' })).not.toBeInTheDocument();
  });

  it('the one sick-report form in its correct mode sends correctSickReport with the report filled in, never staffReportSick', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn({ ...adminViewer, rights: [...ALL_RIGHTS, 'HANDLE_REQUESTS'] }),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
      AdminPersonSickReports: () => ({ data: { node: { __typename: 'Person', id: PERSON_ID, sickReports: [{ ...openReport, hoursWorked: 2.5 }] } } }),
      AdminCorrectSickReport: () => ({
        data: { correctSickReport: { __typename: 'SickReportPayload', sickReport: openReport, userErrors: [] } },
      }),
    });
    const { user } = await renderApp({ path: PATH });
    const correct = await screen.findByRole('form', { name: 'Ziekmelding corrigeren' }, LOADED);
    const hours = within(correct).getByRole('textbox', { name: /gewerkt/i });
    expect(hours).toHaveValue('2,5');
    await user.clear(hours);
    await user.type(hours, '3');
    await user.click(within(correct).getByRole('button', { name: 'Correctie opslaan' }));
    expect(server.calls('AdminCorrectSickReport')[0]?.variables['input']).toEqual({ sickReportId: 'zkm_1', firstSickDay: '2026-01-05', hoursWorked: 3 });
    expect(server.calls('AdminStaffReportSick')).toHaveLength(0);
  });
});
