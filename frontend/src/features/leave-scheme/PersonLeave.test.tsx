import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../lib/format/dates';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { ALL_RIGHTS, EMPLOYER_ID, adminViewer, employerHandler, signedIn } from '../../test/adminData';

const PERSON_ID = 'per_01JTEST00000000000000000009';
const PATH = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/${PERSON_ID}?tab=verlof`;
const LOADED = { timeout: 20000 };
const product = (code: string) => ({ __typename: 'Product', id: `prd_${code}`, code });

const person = {
  __typename: 'Person',
  id: PERSON_ID,
  fullName: 'Jan Jansen',
  initials: 'J.',
  firstName: 'Jan',
  lastNamePrefix: '',
  lastName: 'Jansen',
  birthDate: '1985-03-17',
  email: 'jan@example.nl',
  phone: null,
  street: '',
  postalCode: '',
  city: '',
  payrollKey: null,
  employer: { __typename: 'Employer', id: EMPLOYER_ID },
  employments: [{ __typename: 'Employment', id: 'emt_1', employeeNumber: 1, startDate: '2020-01-01', endDate: null, inService: true, jobTitle: 'Adviseur' }],
  account: null,
};

const week = (h: number, friday = h) => ({ __typename: 'WorkWeek', monday: h, tuesday: h, wednesday: h, thursday: h, friday, saturday: 0, sunday: 0 });
const pattern = (weeks = [week(8, 0)], weekAStartsOn: string | null = null) => ({
  __typename: 'WorkPattern',
  employmentId: 'emt_1',
  weekAStartsOn,
  weeklyHours: weeks.reduce((s, w) => s + w.monday + w.tuesday + w.wednesday + w.thursday + w.friday, 0) / weeks.length,
  source: 'SYNC',
  weeks,
});

const type = { __typename: 'LeaveType', id: 'vls_1', name: 'Wettelijk verlof' };

function balances(corrected: number) {
  return {
    data: {
      leaveLedger: {
        __typename: 'LeaveLedger',
        employmentId: 'emt_1',
        balances: [
          {
            __typename: 'LeaveTypeBalance',
            leaveType: type,
            accruedHours: 128,
            takenHours: 16,
            plannedHours: 0,
            correctedHours: corrected,
            expiredHours: 0,
            balanceHours: 112 + corrected,
          },
        ],
      },
    },
  };
}

function entries(withCorrection: boolean) {
  const entry = (id: string, kind: string, hours: number, reason = '') => ({
    __typename: 'LeaveEntry',
    id,
    kind,
    hours,
    date: '2026-01-01',
    year: 2026,
    source: kind === 'CORRECTION' ? 'STAFF' : 'OPENING_BALANCE',
    reason,
    request: null,
  });
  const nodes = [entry('vlm_1', 'ACCRUAL', 128), ...(withCorrection ? [entry('vlm_9', 'CORRECTION', -4, 'Te veel opgebouwd')] : [])];
  return { data: { leaveEntries: { __typename: 'LeaveEntryConnection', totalCount: nodes.length, hasNextPage: false, endCursor: null, nodes } } };
}

function handlers(rights: string[], products: string[], extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    StaffRefreshSession: signedIn({ ...adminViewer, rights }),
    AdminEmployer: employerHandler({ activeProducts: products.map(product) }),
    AdminPerson: () => ({ data: { node: person } }),
    AdminWorkPattern: () => ({ data: { workPattern: pattern() } }),
    AdminEmploymentLeaveBalances: () => balances(0),
    AdminLeaveEntries: () => entries(false),
    ...extra,
  };
}

describe('the person page: work pattern and ledger correction (R28, R29)', () => {
  it('shows the work pattern and changes it to weeks A and B', async () => {
    let saved: unknown = null;
    mockGraphqlServer(
      handlers([...ALL_RIGHTS, 'MANAGE_HR_SETTINGS'], ['LEAVE_REGISTRATION'], {
        AdminWorkPattern: () => ({ data: { workPattern: saved ? pattern([week(8), week(8, 0)], '2026-03-02') : pattern() } }),
        AdminSetWorkPattern: (request) => {
          saved = request.variables['input'];
          return { data: { setWorkPattern: { __typename: 'WorkPatternPayload', workPattern: pattern([week(8), week(8, 0)], '2026-03-02'), userErrors: [] } } };
        },
      }),
    );
    const { user } = await renderApp({ path: PATH });
    const panel = await screen.findByRole('region', { name: 'Werkpatroon' }, LOADED);
    expect(await within(panel).findByText(/Gemiddeld 32 uur per week/)).toBeInTheDocument();
    expect(panel).toHaveTextContent('van de salarisadministratie');
    expect(within(panel).getByRole('row', { name: 'Maandag 8 uur' })).toBeInTheDocument();
    expect(within(panel).getByRole('row', { name: 'Vrijdag 0 uur' })).toBeInTheDocument();
    // Without MANAGE_PAYROLL_DATA no correction is offered.
    expect(screen.queryByRole('button', { name: 'Correctie boeken' })).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Werkpatroon wijzigen' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Twee weken die afwisselen (week A en B)' }));
    const weekA = within(panel).getByRole('group', { name: 'Week A' });
    const friday = within(weekA).getByRole('textbox', { name: 'Vrijdag' });
    await user.clear(friday);
    await user.type(friday, '25');
    await user.click(within(panel).getByRole('button', { name: 'Werkpatroon opslaan' }));
    expect(await within(panel).findByText('Geef 0 tot 24 uur, bijvoorbeeld 7,5.')).toBeInTheDocument();
    expect(saved).toBeNull();
    await user.clear(friday);
    await user.type(friday, '8');
    const anchor = within(panel).getByRole('group', { name: 'Een dag in week A' });
    const set = async (label: string, value: string) => {
      const box = within(anchor).getByLabelText(label, { exact: true });
      await user.clear(box);
      await user.type(box, value);
    };
    await set('Dag', '02');
    await set('Maand', '03');
    await set('Jaar', '2026');
    await user.click(within(panel).getByRole('button', { name: 'Werkpatroon opslaan' }));
    expect(await within(panel).findByText('Het werkpatroon is opgeslagen.')).toBeInTheDocument();
    expect(saved).toEqual({
      employmentId: 'emt_1',
      weekAStartsOn: '2026-03-02',
      weeks: [
        { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8, saturday: 0, sunday: 0 },
        { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 0, saturday: 0, sunday: 0 },
      ],
    });
    expect(await within(panel).findByRole('columnheader', { name: 'Week B' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Week A is de week van 2 maart 2026');
  }, 30_000);

  it('books a correction with a reason; a refused row says why at its field; the ledger shows the entry', async () => {
    let booked = false;
    const server = mockGraphqlServer(
      handlers([...ALL_RIGHTS, 'MANAGE_PAYROLL_DATA'], ['LEAVE_POLICY'], {
        AdminEmploymentLeaveBalances: () => balances(booked ? -4 : 0),
        AdminLeaveEntries: () => entries(booked),
        AdminCorrectionLeaveTypes: () => ({ data: { leaveScheme: { __typename: 'LeaveScheme', leaveTypes: [type] } } }),
        AdminRecordLeaveEntries: (request) => {
          const row = (request.variables['input'] as { entries: Array<{ reason: string; hours: number }> }).entries[0]!;
          if (row.reason === 'fout') {
            return {
              data: {
                recordLeaveEntries: {
                  __typename: 'RecordLeaveEntriesPayload',
                  recordedCount: 0,
                  userErrors: [],
                  results: [
                    {
                      __typename: 'LeaveEntryResult',
                      index: 0,
                      duplicate: false,
                      entry: null,
                      userErrors: [{ __typename: 'UserError', code: 'INVALID_LEAVE_ENTRY', message: 'year', field: ['input', 'entries', '0', 'year'] }],
                    },
                  ],
                },
              },
            };
          }
          booked = true;
          return {
            data: {
              recordLeaveEntries: {
                __typename: 'RecordLeaveEntriesPayload',
                recordedCount: 1,
                userErrors: [],
                results: [
                  {
                    __typename: 'LeaveEntryResult',
                    index: 0,
                    duplicate: false,
                    entry: { __typename: 'LeaveEntry', id: 'vlm_9', kind: 'CORRECTION', hours: row.hours, date: '2026-01-01', year: 2026, reason: row.reason },
                    userErrors: [],
                  },
                ],
              },
            },
          };
        },
      }),
    );
    const { user } = await renderApp({ path: PATH });
    // Without MANAGE_HR_SETTINGS the pattern is shown, not changed.
    const panel = await screen.findByRole('region', { name: 'Werkpatroon' }, LOADED);
    expect(await within(panel).findByText(/Gemiddeld 32 uur per week/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Werkpatroon wijzigen' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Wettelijk verlof: saldo 112 uur' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Correctie boeken' }));
    const form = screen.getByRole('region', { name: 'Correctie boeken' });
    await user.click(within(form).getByRole('radio', { name: 'Uren eraf' }));
    await user.click(within(form).getByRole('button', { name: 'Correctie boeken' }));
    expect(await within(form).findByText('Een correctie heeft een reden.')).toBeInTheDocument();
    expect(within(form).getByText('Geef het aantal uren, meer dan 0, bijvoorbeeld 8 of 3,5.')).toBeInTheDocument();
    expect(server.calls('AdminRecordLeaveEntries')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Uren' }), '4');
    await user.type(within(form).getByRole('textbox', { name: 'Reden' }), 'fout');
    await user.click(within(form).getByRole('button', { name: 'Correctie boeken' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('De verlofmutatie klopt niet; zie de toelichting.');
    expect(within(form).getByRole('textbox', { name: 'Opbouwjaar (optioneel)' })).toHaveAttribute('aria-invalid', 'true');

    const reason = within(form).getByRole('textbox', { name: 'Reden' });
    await user.clear(reason);
    await user.type(reason, 'Te veel opgebouwd');
    await user.click(within(form).getByRole('button', { name: 'Correctie boeken' }));
    expect(await within(form).findByText('Correctie van -4 uur op Wettelijk verlof geboekt.')).toBeInTheDocument();
    const input = server.calls('AdminRecordLeaveEntries').at(-1)?.variables['input'] as { entries: Array<Record<string, unknown>> };
    expect(input.entries).toEqual([
      { employmentId: 'emt_1', leaveTypeId: 'vls_1', kind: 'CORRECTION', hours: -4, date: todayIso(), reason: 'Te veel opgebouwd' },
    ]);
    // The ledger is read again: the new balance and the correction with its reason.
    expect(await screen.findByRole('heading', { name: 'Wettelijk verlof: saldo 108 uur' })).toBeInTheDocument();
    const ledger = screen.getByRole('grid', { name: 'Verlofmutaties Wettelijk verlof' });
    await waitFor(() => expect(within(ledger).getByRole('row', { name: /Correctie/ })).toHaveTextContent('Te veel opgebouwd'));
  }, 30_000);

  it('offers neither without a leave product (R22)', async () => {
    const server = mockGraphqlServer(handlers([...ALL_RIGHTS, 'MANAGE_HR_SETTINGS', 'MANAGE_PAYROLL_DATA'], ['MIJNLOKET_LEAVE_CARD']));
    await renderApp({ path: PATH });
    expect(await screen.findByRole('heading', { name: 'Wettelijk verlof: saldo 112 uur' }, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Werkpatroon' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Correctie boeken' })).not.toBeInTheDocument();
    expect(server.calls('AdminWorkPattern')).toHaveLength(0);
  }, 30_000);
});
