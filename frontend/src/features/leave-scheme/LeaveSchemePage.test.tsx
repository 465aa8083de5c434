import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/verlofregeling`;
const hr = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'MANAGE_HR_SETTINGS'] };
const product = (code: string) => ({ __typename: 'Product', id: `prd_${code}`, code });
const withPolicy = employerHandler({ activeProducts: [product('LEAVE_REGISTRATION'), product('LEAVE_POLICY')] });

function leaveType(overrides: Record<string, unknown>) {
  return {
    __typename: 'LeaveType',
    vacation: true,
    accrual: 'YEARLY',
    sortOrder: 10,
    requestable: true,
    allowNegative: false,
    ...overrides,
  };
}

const statutory = leaveType({ id: 'vls_1', name: 'Wettelijk verlof', category: 'STATUTORY', weeksPerYear: 4, expiryMonths: 6 });
const extra = leaveType({ id: 'vls_2', name: 'Bovenwettelijk verlof', category: 'EXTRA_STATUTORY', weeksPerYear: 0, expiryMonths: 60, sortOrder: 20 });

function scheme(types = [statutory, extra]) {
  return {
    data: {
      leaveScheme: {
        __typename: 'LeaveScheme',
        goodFridayOff: false,
        liberationDay: 'LUSTRUM',
        expiryReminderMonth: 4,
        expiryReminderDay: 1,
        leaveTypes: types,
      },
    },
  };
}

const ok = <T,>(name: string, typename: string, value: T) => ({ data: { [name]: { __typename: typename, ...value, userErrors: [] } } });

describe('Verlofregeling (R28, R29, R33)', () => {
  it('lists the leave types, adds one with every setting and changes the statutory type', async () => {
    const year = new Date().getFullYear();
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withPolicy,
      AdminLeaveScheme: () => scheme(),
      AdminCreateLeaveType: (request) => {
        const input = request.variables['input'] as Record<string, unknown>;
        return ok('createLeaveType', 'LeaveTypePayload', { leaveType: leaveType({ ...input, id: 'vls_3', expiryMonths: input['expiryMonths'] ?? null }) });
      },
      AdminUpdateLeaveType: (request) => {
        const input = request.variables['input'] as Record<string, unknown>;
        return ok('updateLeaveType', 'LeaveTypePayload', { leaveType: { ...statutory, ...input, id: 'vls_1' } });
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Verlofregeling' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verlofregeling' })).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByRole('list', { name: 'Verlofsoorten' });
    const stat = within(list).getByRole('listitem', { name: 'Wettelijk verlof' });
    expect(stat).toHaveTextContent('Tegoed: 4 × de weekuren per jaar');
    expect(stat).toHaveTextContent(`vervalt 6 maanden na het opbouwjaar: verlof van ${year} op 1 juli ${year + 1}`);
    expect(stat).toHaveTextContent('vakantieverlof (tweewekenregel)');
    expect(within(list).getByRole('listitem', { name: 'Bovenwettelijk verlof' })).toHaveTextContent(`op 1 januari ${year + 6}`);

    // A new type: ADV, monthly, expiring after 12 months, not vacation leave, negative balance allowed.
    await user.click(screen.getByRole('button', { name: 'Verlofsoort toevoegen' }));
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'ADV');
    await user.click(screen.getByRole('button', { name: /Soort/ }));
    // The employer has a statutory type already: a second one is not offered.
    expect(screen.queryByRole('option', { name: 'Wettelijk verlof' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Arbeidsduurverkorting (ADV/ATV)' }));
    const weeks = screen.getByRole('textbox', { name: 'Tegoed per jaar, in weken (× de weekuren)' });
    await user.clear(weeks);
    await user.type(weeks, '2,4');
    await user.click(screen.getByRole('radio', { name: 'Per maand' }));
    await user.click(screen.getByRole('radio', { name: 'Vervalt na een aantal maanden' }));
    const months = screen.getByRole('textbox', { name: 'Maanden na het opbouwjaar' });
    await user.clear(months);
    await user.type(months, '0');
    await user.click(screen.getByRole('checkbox', { name: 'Aanvragen mogen het saldo negatief maken' }));
    await user.click(screen.getAllByRole('button', { name: 'Verlofsoort toevoegen' }).at(-1)!);
    // Checked before sending: no month count of 0.
    expect(await screen.findByText('Geef 1 tot 1200 maanden.')).toBeInTheDocument();
    expect(server.calls('AdminCreateLeaveType')).toHaveLength(0);
    await user.clear(months);
    await user.type(months, '12');
    await user.click(screen.getAllByRole('button', { name: 'Verlofsoort toevoegen' }).at(-1)!);
    expect(await screen.findByText('De verlofsoort ADV is toegevoegd.')).toBeInTheDocument();
    expect(server.calls('AdminCreateLeaveType')[0]?.variables['input']).toEqual({
      employerId: EMPLOYER_ID,
      name: 'ADV',
      category: 'WORKING_TIME_REDUCTION',
      vacation: false,
      weeksPerYear: 2.4,
      accrual: 'MONTHLY',
      expiryMonths: 12,
      sortOrder: 100,
      requestable: true,
      allowNegative: true,
    });
    // The list is read again from the server.
    await waitFor(() => expect(server.calls('AdminLeaveScheme').length).toBeGreaterThan(1));

    // The statutory type: the weeks stay 4, expiry never sooner than 6 months.
    await user.click(within(screen.getByRole('listitem', { name: 'Wettelijk verlof' })).getByRole('button', { name: 'Wettelijk verlof wijzigen' }));
    const form = screen.getByRole('listitem', { name: 'Wettelijk verlof' });
    expect(within(form).getByRole('textbox', { name: 'Tegoed per jaar, in weken (× de weekuren)' })).toHaveAttribute('readonly');
    expect(within(form).queryByRole('radio', { name: 'Vervalt niet' })).not.toBeInTheDocument();
    const expiry = within(form).getByRole('textbox', { name: 'Maanden na het opbouwjaar' });
    await user.clear(expiry);
    await user.type(expiry, '3');
    await user.click(within(form).getByRole('button', { name: 'Verlofsoort opslaan' }));
    expect(await within(form).findByText('Wettelijk verlof vervalt op zijn vroegst 6 maanden na het opbouwjaar (art. 7:640a BW).')).toBeInTheDocument();
    await user.clear(expiry);
    await user.type(expiry, '18');
    await user.click(within(form).getByRole('checkbox', { name: 'Werknemers kunnen dit verlof aanvragen' }));
    await user.click(within(form).getByRole('button', { name: 'Verlofsoort opslaan' }));
    expect(await screen.findByText('De verlofsoort Wettelijk verlof is opgeslagen.')).toBeInTheDocument();
    expect(server.calls('AdminUpdateLeaveType')[0]?.variables['input']).toEqual({
      id: 'vls_1',
      name: 'Wettelijk verlof',
      vacation: true,
      weeksPerYear: 4,
      accrual: 'YEARLY',
      expiryMonths: 18,
      sortOrder: 10,
      requestable: false,
      allowNegative: false,
    });
  }, 30_000);

  it('shows a refusal of the server at its field', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withPolicy,
      AdminLeaveScheme: () => scheme(),
      AdminUpdateLeaveType: () => ({
        data: {
          updateLeaveType: {
            __typename: 'LeaveTypePayload',
            leaveType: null,
            userErrors: [{ __typename: 'UserError', code: 'DUPLICATE_LEAVE_TYPE_NAME', message: 'duplicate', field: ['input', 'name'] }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Bovenwettelijk verlof wijzigen' }, LOADED));
    const name = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, 'Wettelijk verlof');
    await user.click(screen.getByRole('button', { name: 'Verlofsoort opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is al een verlofsoort met deze naam.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  }, 30_000);

  it('sets the public holidays and the reminder day', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withPolicy,
      AdminLeaveScheme: () => scheme(),
      AdminSetLeaveHolidays: (request) => {
        const input = request.variables['input'] as { goodFridayOff: boolean; liberationDay: string };
        return ok('setLeaveHolidays', 'LeaveSchemePayload', { leaveScheme: { __typename: 'LeaveScheme', ...input } });
      },
      AdminSetLeaveExpiryReminder: (request) => {
        const input = request.variables['input'] as { month: number; day: number };
        return ok('setLeaveExpiryReminder', 'LeaveSchemePayload', {
          leaveScheme: { __typename: 'LeaveScheme', expiryReminderMonth: input.month, expiryReminderDay: input.day },
        });
      },
    });
    const { user } = await renderApp({ path: PAGE });
    expect(await screen.findByText(/elk jaar op 1 april een e-mail/, {}, LOADED)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Goede Vrijdag is vrij' }));
    await user.click(screen.getByRole('radio', { name: 'Elk jaar' }));
    await user.click(screen.getByRole('button', { name: 'Feestdagen opslaan' }));
    expect(await screen.findByText('De feestdagen zijn opgeslagen.')).toBeInTheDocument();
    expect(server.calls('AdminSetLeaveHolidays')[0]?.variables['input']).toEqual({ employerId: EMPLOYER_ID, goodFridayOff: true, liberationDay: 'YEARLY' });

    const day = screen.getByRole('textbox', { name: 'Dag' });
    await user.clear(day);
    await user.type(day, '32');
    await user.click(screen.getByRole('button', { name: 'Herinneringsdatum opslaan' }));
    expect(await screen.findByText('Geef een dag van 1 tot 31.')).toBeInTheDocument();
    await user.clear(day);
    await user.type(day, '15');
    await user.click(screen.getByRole('button', { name: /Maand/ }));
    await user.click(screen.getByRole('option', { name: 'mei' }));
    await user.click(screen.getByRole('button', { name: 'Herinneringsdatum opslaan' }));
    expect(await screen.findByText('Werknemers krijgen de herinnering voortaan op 15 mei.')).toBeInTheDocument();
    expect(server.calls('AdminSetLeaveExpiryReminder')[0]?.variables['input']).toEqual({ employerId: EMPLOYER_ID, month: 5, day: 15 });
  }, 30_000);

  it('is not offered without Verlofregeling or Verlofregistratie (R22)', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: employerHandler({ activeProducts: [product('MIJNLOKET')] }),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByText(/deze werkgever heeft geen van beide/, {}, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Verlofregeling' })).not.toBeInTheDocument();
    expect(server.calls('AdminLeaveScheme')).toHaveLength(0);
  });

  it('says that without Verlofregeling nothing accrues', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: employerHandler({ activeProducts: [product('LEAVE_REGISTRATION')] }),
      AdminLeaveScheme: () => scheme(),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByText(/Werkportaal bouwt zelf geen verlof op/, {}, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verlofregeling' })).toBeInTheDocument();
  });
});
