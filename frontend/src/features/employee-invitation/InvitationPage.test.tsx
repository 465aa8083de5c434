import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { employeeViewer, mockGraphqlServer, noSession, sessionPayload } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { clearAccessEnded } from '../employee-auth';

afterEach(() => clearAccessEnded());

const info = (state: string, extra: Record<string, unknown> = {}) => ({
  data: {
    invitation: {
      __typename: 'InvitationInfo',
      state,
      revokeReason: null,
      employerName: 'Voorbeeld MKB',
      expiresAt: '2026-11-28T14:00:00Z',
      birthDateVerified: false,
      ...extra,
    },
  },
});

const verifyPayload = (verified: boolean, attemptsLeft: number, code?: string) => ({
  data: {
    verifyInvitation: {
      __typename: 'VerifyInvitationPayload',
      verified,
      attemptsLeft,
      userErrors: code ? [{ __typename: 'UserError', field: ['birthDate'], code, message: 'x' }] : [],
    },
  },
});

const homeOf = () => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      features: [],
      home: null,
      account: { __typename: 'Account', id: 'acc_1', username: 'fleur.nieuw' },
      person: { __typename: 'Person', id: 'per_1', firstName: 'Fleur', fullName: 'Fleur de Jong' },
      employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
      employments: [],
    },
  },
});

async function typeBirthDate(user: Awaited<ReturnType<typeof renderApp>>['user'], day: string, month: string, year: string) {
  for (const [label, value] of [
    ['Dag', day],
    ['Maand', month],
    ['Jaar', year],
  ] as const) {
    // The birth-date step is a chunk of its own (InvitationPage): its fields follow the heading.
    const input = await screen.findByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe('the invitation link (R2–R4)', () => {
  it('walks birth date (one wrong, then right), username and password, and lands signed in on the home', async () => {
    let verifications = 0;
    const server = mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeeInvitation: () => info('VALID'),
      EmployeeVerifyInvitation: () => (++verifications === 1 ? verifyPayload(false, 2, 'WRONG_BIRTH_DATE') : verifyPayload(true, 2)),
      EmployeeUsernameAvailable: (r) => ({ data: { usernameAvailable: r.variables['username'] !== 'jan.jansen' } }),
      EmployeeCompleteRegistration: () => ({
        data: { completeRegistration: sessionPayload('EmployeeSessionPayload', { ...employeeViewer, username: 'fleur.nieuw' }) },
      }),
      EmployeePortalHome: homeOf,
    });
    const { user, router } = await renderApp({ path: '/werknemer/uitnodiging#tok_abc' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij je werkportaal' })).toBeInTheDocument();
    expect(screen.getByText(/Voorbeeld MKB nodigt je uit/)).toBeInTheDocument();
    expect(server.calls('EmployeeInvitation')[0]?.variables).toEqual({ token: 'tok_abc' });

    // an impossible date is caught on the page
    await typeBirthDate(user, '31', '02', '1990');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Deze datum bestaat niet. Controleer de dag en de maand.')).toBeInTheDocument();
    expect(server.calls('EmployeeVerifyInvitation')).toHaveLength(0);

    await typeBirthDate(user, '01', '01', '1980');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze geboortedatum klopt niet met wat Voorbeeld MKB van je weet. Je kunt het nog 2 keer proberen.');

    await typeBirthDate(user, '17', '02', '1982');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(server.calls('EmployeeVerifyInvitation')[1]?.variables).toEqual({ input: { token: 'tok_abc', birthDate: '1982-02-17' } });

    expect(await screen.findByRole('heading', { level: 2, name: 'Kies je gebruikersnaam en wachtwoord' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'jan.jansen');
    expect(await screen.findByText('Deze gebruikersnaam is al in gebruik. Kies een andere.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Gebruikersnaam'));
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'fleur.nieuw');
    expect(await screen.findByText('Deze gebruikersnaam is nog vrij.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Wachtwoord'), 'wachtwoord');
    expect(await screen.findByText(/zwak, makkelijk te raden/)).toBeInTheDocument();
    expect(screen.getByText(/Vermijd bekende wachtwoorden/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Wachtwoord'));
    await user.type(screen.getByLabelText('Wachtwoord'), 'paard kaars fiets wolk');
    expect(await screen.findByText(/sterk$/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'paard kaars fiets wolk');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Fleur' })).toBeInTheDocument();
    expect(screen.getByText('Je account is aangemaakt en je bent ingelogd. Welkom!')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer');
    expect(server.calls('EmployeeCompleteRegistration')[0]?.variables).toEqual({
      input: { token: 'tok_abc', username: 'fleur.nieuw', password: 'paard kaars fiets wolk' },
    });
  });

  it('shows the server’s verdict on the password, never contradicted by the meter', async () => {
    mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeeInvitation: () => info('VALID', { birthDateVerified: true }),
      EmployeeUsernameAvailable: () => ({ data: { usernameAvailable: true } }),
      EmployeeCompleteRegistration: () => ({
        data: {
          completeRegistration: {
            __typename: 'EmployeeSessionPayload',
            accessToken: null,
            accessTokenExpiresAt: null,
            viewer: null,
            userErrors: [{ __typename: 'UserError', field: ['password'], code: 'PASSWORD_CONTAINS_PERSONAL_DATA', message: 'x' }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: '/werknemer/uitnodiging#tok_abc' });
    await screen.findByRole('heading', { level: 2, name: 'Kies je gebruikersnaam en wachtwoord' });
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'fleur');
    await user.type(screen.getByLabelText('Wachtwoord'), 'dejong paard kaars fiets');
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'dejong paard kaars fiets');
    await user.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(await screen.findByText(/Het wachtwoord bevat je eigen gegevens/)).toBeInTheDocument();
    expect(screen.getByText(/niet goedgekeurd/)).toBeInTheDocument();
    expect(screen.getByText(/Gebruik geen gegevens over jezelf/)).toBeInTheDocument();
  });

  it.each([
    [info('EXPIRED'), 'Deze uitnodiging is verlopen', /Vraag Voorbeeld MKB om je opnieuw uit te nodigen/],
    [info('REVOKED', { revokeReason: 'WITHDRAWN' }), 'Deze uitnodiging is ingetrokken', /Neem dan contact op met Voorbeeld MKB/],
    [info('REVOKED', { revokeReason: 'RESENT' }), 'Er is een nieuwere uitnodiging', /Gebruik de link in de nieuwste e-mail/],
    [info('REVOKED', { revokeReason: 'BIRTH_DATE_ATTEMPTS' }), 'Deze link werkt niet meer', /drie keer niet goed ingevuld/],
    [info('USED'), 'Deze uitnodiging is al gebruikt', /Log in met de gebruikersnaam/],
    [
      { errors: [{ message: 'no such link', path: ['invitation'], extensions: { code: 'NOT_FOUND' } }], data: { invitation: null } },
      'Deze link werkt niet',
      /niet helemaal meegekomen/,
    ],
  ])('explains a link that cannot be used: %#', async (answer, title, next) => {
    mockGraphqlServer({ EmployeeRefreshSession: noSession, EmployeeInvitation: () => answer });
    await renderApp({ path: '/werknemer/uitnodiging#tok_abc' });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(next)).toBeInTheDocument();
    expect(screen.queryByLabelText('Dag')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${title} – Werkportaal`));
  });

  it('explains the burned link after the third wrong birth date', async () => {
    let verifications = 0;
    mockGraphqlServer({
      EmployeeRefreshSession: noSession,
      EmployeeInvitation: () => info('VALID'),
      EmployeeVerifyInvitation: () =>
        ++verifications < 3 ? verifyPayload(false, 3 - verifications, 'WRONG_BIRTH_DATE') : verifyPayload(false, 0, 'INVITATION_LOCKED'),
    });
    const { user } = await renderApp({ path: '/werknemer/uitnodiging#tok_abc' });
    await screen.findByLabelText('Dag');
    await typeBirthDate(user, '1', '1', '1980');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByText(/Je kunt het nog 2 keer proberen/);
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText(/Je kunt het nog één keer proberen; daarna werkt deze link niet meer/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeInTheDocument();
  });

  it('fills day, month and year from one typed or pasted date', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noSession, EmployeeInvitation: () => info('VALID') });
    const { user } = await renderApp({ path: '/werknemer/uitnodiging#tok_abc' });
    const day = await screen.findByLabelText('Dag');
    await user.click(day);
    await user.paste('17-03-1985');
    expect(screen.getByLabelText('Dag')).toHaveValue('17');
    expect(screen.getByLabelText('Maand')).toHaveValue('03');
    expect(screen.getByLabelText('Jaar')).toHaveValue('1985');
    expect(screen.getByLabelText('Dag')).toHaveAttribute('inputmode', 'numeric');
  });
});
