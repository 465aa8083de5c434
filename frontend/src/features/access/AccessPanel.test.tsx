import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

const PERSON_ID = 'per_01JTEST00000000000000000007';

function person(account: Record<string, unknown> | null, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Person',
    id: PERSON_ID,
    fullName: 'Henk Visser',
    initials: 'H.',
    firstName: 'Henk',
    lastNamePrefix: '',
    lastName: 'Visser',
    birthDate: '1980-05-17',
    email: 'henk.visser@hotmail.com',
    phone: null,
    payrollKey: null,
    street: '',
    postalCode: '',
    city: '',
    employer: { __typename: 'Employer', id: EMPLOYER_ID },
    employments: [
      { __typename: 'Employment', id: 'emt_12', employeeNumber: 12, startDate: '2019-03-01', endDate: null, inService: true, jobTitle: 'Monteur' },
    ],
    account: account && {
      __typename: 'Account',
      id: 'acc_7',
      username: null,
      hasLoggedIn: false,
      canSendUsername: false,
      lastLoginAt: null,
      lockedUntil: null,
      blockedAt: null,
      invitation: null,
      registeredEmail: null,
      ...account,
    },
    ...overrides,
  };
}

const personHandler =
  (data: ReturnType<typeof person>): Handler =>
  () => ({ data: { node: data } });

const accessPayload = (typename: string, userErrors: Array<{ code: string; field?: string[] }>, data: ReturnType<typeof person> | null = null) => ({
  __typename: typename,
  person: data,
  userErrors: userErrors.map((e) => ({ __typename: 'UserError', field: e.field ?? null, code: e.code })),
});

const path = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/${PERSON_ID}`;
const actions = () =>
  within(screen.getByRole('region', { name: 'Toegang Werkportaal' }))
    .queryAllByRole('button')
    .map((b) => b.textContent)
    .filter((t) => t !== 'E-mailadres wijzigen');

describe('the access panel on the Persoon tab', () => {
  it('shows payroll’s person number beside the personal data (R18, R45)', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person(null, { payrollKey: 'P-9003' })),
    });
    await renderApp({ path });
    const data = (await screen.findByRole('heading', { name: 'Persoonsgegevens' }, { timeout: 10000 })).closest('section')!;
    const term = within(data).getByText('Persoonsnummer (salarisadministratie)');
    expect(term.nextElementSibling).toHaveTextContent('P-9003');
  });

  it.each([
    [null, ['Toegang verstrekken']],
    [{ status: 'INVITED', invitation: { __typename: 'AccountInvitation', state: 'PENDING', expiresAt: '2026-11-28T14:05:00Z', sentAt: '2026-11-24T14:05:00Z', sentTo: 'henk.visser@hotmail.com' } }, ['Uitnodiging opnieuw versturen', 'Uitnodiging intrekken']],
    [{ status: 'EXPIRED' }, ['Nieuwe uitnodiging versturen', 'Uitnodiging intrekken']],
    [{ status: 'ACTIVE', username: 'henk.visser', hasLoggedIn: true, canSendUsername: true }, ['Gebruikersnaam versturen', 'Toegang blokkeren']],
    [{ status: 'BLOCKED', username: 'henk.visser', blockedAt: '2026-11-01T10:00:00Z' }, ['Blokkade opheffen']],
  ])('shows only the actions allowed for %o', async (account, expected) => {
    mockGraphqlServer({ StaffRefreshSession: signedIn(), AdminEmployer: employerHandler(), AdminPerson: personHandler(person(account)) });
    await renderApp({ path });
    await screen.findByRole('heading', { level: 1, name: 'Henk Visser' });
    expect(actions()).toEqual(expected);
  });

  it('says what granting does, and shows a refusal in Dutch, never the server text', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person(null)),
      AdminGrantAccess: () => ({ data: { grantAccess: accessPayload('PersonAccessPayload', [{ code: 'INVITATION_PENDING' }]) } }),
    });
    const { user } = await renderApp({ path });
    await user.click(await screen.findByRole('button', { name: 'Toegang verstrekken' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Toegang verstrekken aan Henk Visser?' });
    expect(dialog).toHaveTextContent('Henk Visser krijgt een e-mail op henk.visser@hotmail.com met een persoonlijke link');
    expect(dialog).toHaveTextContent('De link is 4 dagen geldig');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Er staat al een uitnodiging open. Verstuur die opnieuw of trek hem in.');
    expect(server.calls('AdminGrantAccess')[0]?.variables).toEqual({ input: { personId: PERSON_ID } });
  });

  it('shows a network failure in Dutch and keeps the dialog open', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person({ status: 'ACTIVE', username: 'henk.visser', hasLoggedIn: true, canSendUsername: true })),
      AdminBlockAccess: () => 'networkError',
    });
    const { user } = await renderApp({ path });
    await user.click(await screen.findByRole('button', { name: 'Toegang blokkeren' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Toegang van Henk Visser blokkeren?' });
    expect(dialog).toHaveTextContent('krijgt hierover een e-mail');
    await user.click(within(dialog).getByRole('button', { name: 'Toegang blokkeren' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Werkportaal is niet bereikbaar.');
  });

  it('asks an optional reason when blocking: sent for the trail, said not to be mailed (R6, R27)', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person({ status: 'ACTIVE', username: 'henk.visser', hasLoggedIn: true, canSendUsername: true })),
      AdminBlockAccess: () => ({ data: { blockAccess: accessPayload('PersonAccessPayload', [{ code: 'BLOCK_REASON_TOO_LONG', field: ['reason'] }]) } }),
    });
    const { user } = await renderApp({ path });
    await user.click(await screen.findByRole('button', { name: 'Toegang blokkeren' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Toegang van Henk Visser blokkeren?' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reden (niet verplicht)' });
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Henk Visser krijgt deze reden niet te zien.'));
    await user.type(reason, '  Uit dienst per 1 december  ');
    await user.click(within(dialog).getByRole('button', { name: 'Toegang blokkeren' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('De reden is te lang: gebruik hoogstens 500 tekens.');
    expect(server.calls('AdminBlockAccess')[0]?.variables).toEqual({ input: { personId: PERSON_ID }, reason: 'Uit dienst per 1 december' });
  });

  it('puts INVALID_EMAIL at the e-mail field, in Dutch', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person(null)),
      AdminUpdatePersonEmail: () => ({
        data: { updatePersonEmail: accessPayload('PersonAccessPayload', [{ code: 'INVALID_EMAIL', field: ['input', 'email'] }]) },
      }),
    });
    const { user } = await renderApp({ path });
    await user.click(await screen.findByRole('button', { name: 'E-mailadres wijzigen' }));
    const dialog = screen.getByRole('dialog', { name: 'E-mailadres controleren' });
    const field = within(dialog).getByLabelText('E-mailadres');
    await user.clear(field);
    await user.type(field, 'henk@');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Dit is geen geldig e-mailadres.'));
    expect(server.calls('AdminUpdatePersonEmail')[0]?.variables).toEqual({ input: { personId: PERSON_ID, email: 'henk@' } });
  });

  it('asks the registered e-mail only with VIEW_MIJNLOKET_EMAIL, and otherwise says the right is missing', async () => {
    const withRight = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person({ status: 'ACTIVE', username: 'henk.visser', registeredEmail: 'henk@thuis.nl' })),
    });
    const first = await renderApp({ path });
    expect(await screen.findByText('henk@thuis.nl')).toBeInTheDocument();
    expect(withRight.calls('AdminPerson')[0]?.variables).toEqual({ id: PERSON_ID, withRegisteredEmail: true });
    first.unmount();
  });

  it('without VIEW_MIJNLOKET_EMAIL does not ask for the registered e-mail at all', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminPerson: personHandler(person({ status: 'ACTIVE', username: 'henk.visser' })),
    });
    await renderApp({ path });
    expect(await screen.findByText('Niet zichtbaar: je mist het recht ‘Raadplegen MijnLoket e-mailadres’.')).toBeInTheDocument();
    expect(server.calls('AdminPerson')[0]?.variables).toEqual({ id: PERSON_ID, withRegisteredEmail: false });
  });
});
