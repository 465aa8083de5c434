import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { employeeViewer, mockGraphqlServer, noSession, sessionPayload } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { clearAccessEnded, LoginAttempts } from '../employee-auth';

afterEach(() => clearAccessEnded());

const requestOk = (field: string) => () => ({
  data: { [field]: { __typename: 'RequestPayload', ok: true, userErrors: [] } },
});

describe('Wachtwoord vergeten? (R10)', () => {
  it('asks the username and confirms neutrally, in the language of the page', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeeRequestPasswordReset: requestOk('requestPasswordReset'),
    });
    const { user } = await renderApp({ path: '/werknemer/wachtwoord-vergeten' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord vergeten?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByText('Vul je gebruikersnaam in.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'bestaat.misschien');
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kijk in je e-mail' })).toBeInTheDocument();
    expect(screen.getByText(/Als er een account met de gebruikersnaam bestaat.misschien bestaat/)).toBeInTheDocument();
    const [call] = server.calls('EmployeeRequestPasswordReset');
    expect(call?.variables).toEqual({ input: { username: 'bestaat.misschien' } });
    expect(call?.headers.get('Accept-Language')).toBe('nl');
  });
});

describe('the link of the password mail (R10)', () => {
  it('sets a new password twice and signs in on the home, lifting this browser’s lock count', async () => {
    const attempts = new LoginAttempts();
    for (let i = 0; i < 3; i++) attempts.recordFailure('jan.jansen');
    const server = mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeePasswordResetLink: () => ({ data: { passwordResetLink: 'VALID' } }),
      EmployeeResetPassword: () => ({ data: { resetPassword: sessionPayload('EmployeeSessionPayload', employeeViewer) } }),
      EmployeePortalHome: () => ({
        data: {
          me: {
            __typename: 'EmployeeMe',
            features: [],
            home: null,
            account: { __typename: 'Account', id: 'acc_1', username: 'jan.jansen' },
            person: { __typename: 'Person', id: 'per_1', firstName: 'Jan', fullName: 'Jan Jansen' },
            employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
            employments: [],
          },
        },
      }),
    });
    const { user, router } = await renderApp({ path: '/werknemer/wachtwoord-herstellen#reset_tok' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'molen tulp gracht zeil');
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'molen tulp gracht ziel');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText(/De twee wachtwoorden zijn niet gelijk/)).toBeInTheDocument();
    expect(server.calls('EmployeeResetPassword')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Herhaal het nieuwe wachtwoord'));
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'molen tulp gracht zeil');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Je nieuwe wachtwoord is opgeslagen en je bent ingelogd.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer');
    expect(server.calls('EmployeeResetPassword')[0]?.variables).toEqual({ input: { token: 'reset_tok', password: 'molen tulp gracht zeil' } });
    expect(new LoginAttempts().status('jan.jansen').locked).toBe(false);
  });

  it.each([
    ['EXPIRED', 'Deze link is verlopen', 'Nieuwe link aanvragen'],
    ['USED', 'Deze link is al gebruikt', 'Naar de inlogpagina'],
    ['INVALID', 'Deze link werkt niet (meer)', 'Nieuwe link aanvragen'],
  ])('explains a %s link', async (state, title, action) => {
    mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeePasswordResetLink: () => ({ data: { passwordResetLink: state } }),
    });
    await renderApp({ path: '/werknemer/wachtwoord-herstellen#reset_tok' });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: action })).toBeInTheDocument();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).not.toBeInTheDocument();
  });
});

describe('Gebruikersnaam vergeten? (R11)', () => {
  it('asks the e-mail address and confirms neutrally', async () => {
    const server = mockGraphqlServer({ EmployeeRefreshSession: noSession, EmployeeRequestUsername: requestOk('requestUsername') });
    const { user } = await renderApp({ path: '/werknemer/gebruikersnaam-vergeten' });
    await user.type(await screen.findByLabelText('E-mailadres'), 'geen-adres');
    await user.click(screen.getByRole('button', { name: 'Gebruikersnaam versturen' }));
    expect(await screen.findByText(/Dit is geen geldig e-mailadres/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('E-mailadres'));
    await user.type(screen.getByLabelText('E-mailadres'), 'jan_jansen@gmail.com');
    await user.click(screen.getByRole('button', { name: 'Gebruikersnaam versturen' }));
    expect(await screen.findByText('Als er een account bij jan_jansen@gmail.com hoort, hebben we je gebruikersnaam naar dat adres gestuurd.')).toBeInTheDocument();
    expect(server.calls('EmployeeRequestUsername')[0]?.variables).toEqual({ input: { email: 'jan_jansen@gmail.com' } });
  });
});

describe('Problemen met inloggen?', () => {
  it('answers the seed FAQ, and a question opens from its anchor', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noSession });
    await renderApp({ path: '/werknemer/problemen-met-inloggen#geblokkeerd' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Problemen met inloggen?' })).toBeInTheDocument();
    expect(screen.getByText('Ik kan niet inloggen?')).toBeInTheDocument();
    expect(screen.getByText(/Na drie foutieve inlogpogingen is het account tijdelijk geblokkeerd/)).toBeInTheDocument();
    expect(document.getElementById('geblokkeerd')).toHaveAttribute('open');
    expect(document.getElementById('app')).not.toHaveAttribute('open');
  });

  it('renders at once on a first visit, not a loading status first: its chunk loads before the first render', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noSession });
    await renderApp({ path: '/werknemer/problemen-met-inloggen' });
    // getBy, not findBy: in the first commit, without waiting for a suspended lazy page.
    expect(screen.getByRole('heading', { level: 1, name: 'Problemen met inloggen?' })).toBeInTheDocument();
  });
});
