import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  deferred,
  mockGraphqlServer,
  noSession,
  providerViewer,
  sessionPayload,
  userErrorPayload,
  type Reply,
} from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, overviewHandler, signedIn } from '../../test/adminData';
import { pathAfterLogin } from './LoginPage';

const employersAnswer = {
  __typename: 'EmployerConnection',
  totalCount: 1,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
  edges: [
    {
      __typename: 'EmployerEdge',
      node: {
        __typename: 'Employer',
        id: EMPLOYER_ID,
        name: 'Voorbeeld MKB',
        administrationNumber: '23735',
        street: 'Hogeweg 135',
        postalCode: '5301 LL',
        city: 'Zaltbommel',
        mijnLoketVariant: 'START',
      },
    },
  ],
};

async function fillAndSubmit(user: Awaited<ReturnType<typeof renderApp>>['user'], username: string, password: string) {
  await user.type(screen.getByLabelText('Gebruikersnaam'), username);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  it('shows the form after the one refreshSession attempt fails', async () => {
    const server = mockGraphqlServer({ StaffRefreshSession: noSession });
    await renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('type', 'password');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(server.calls('StaffRefreshSession')).toHaveLength(1);
    expect(document.title).toBe('Inloggen – Werkportaal');
  });

  it('shows the form while the session is restored, and sends on whoever turns out signed in', async () => {
    const restore = deferred<Reply>();
    const server = mockGraphqlServer({
      StaffRefreshSession: () => restore.promise,
      AdminEmployers: () => ({ data: { employers: employersAnswer } }),
    });
    const { router } = await renderApp({ path: '/inloggen' });
    // getBy: the form is in the first commit, while the refresh cookie is still being asked about.
    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toBeInTheDocument();
    restore.resolve({ data: { refreshSession: sessionPayload('RefreshSessionPayload', providerViewer) } });
    expect(await screen.findByRole('heading', { name: 'Werkgevers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/beheer');
    expect(server.calls('StaffRefreshSession')).toHaveLength(1);
  });

  it('is busy while signing in, then announces the Dutch message for INVALID_CREDENTIALS', async () => {
    const answer = deferred<Reply>();
    const server = mockGraphqlServer({ StaffRefreshSession: noSession, Login: () => answer.promise });
    const { user } = await renderApp();
    await screen.findByRole('heading', { name: 'Inloggen' });

    await fillAndSubmit(user, 'ak-beheerder', 'verkeerd');

    const busy = await screen.findByRole('button', { name: 'Bezig met inloggen…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Bezig met inloggen…');
    await user.click(busy); // ignored while busy
    expect(server.calls('Login')).toHaveLength(1);

    const [login] = server.calls('Login');
    expect(login?.method).toBe('POST');
    expect(login?.credentials).toBe('same-origin');
    expect(login?.headers.has('Authorization')).toBe(false);
    expect(login?.variables).toEqual({ input: { username: 'ak-beheerder', password: 'verkeerd' } });

    answer.resolve({ data: { login: userErrorPayload('LoginPayload', 'INVALID_CREDENTIALS', 'invalid credentials') } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruikersnaam of wachtwoord is onjuist.');
    expect(screen.queryByText(/invalid credentials/i)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggen' })).not.toHaveAttribute('aria-disabled');
  });

  it.each([
    ['an unknown user error code', () => ({ data: { login: userErrorPayload('LoginPayload', 'BRAND_NEW_CODE') } }), 'Er ging iets mis. Probeer het opnieuw.'],
    ['a network failure', () => 'networkError' as const, 'Werkportaal is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.'],
    [
      'a top-level INTERNAL error',
      () => ({ data: null, errors: [{ message: 'internal server error', extensions: { code: 'INTERNAL' } }] }),
      'Er ging iets mis bij Werkportaal. Probeer het later opnieuw.',
    ],
  ])('shows a Dutch message for %s, never the server text', async (_case, login, expected) => {
    mockGraphqlServer({ StaffRefreshSession: noSession, Login: login });
    const { user } = await renderApp();
    await screen.findByRole('heading', { name: 'Inloggen' });

    await fillAndSubmit(user, 'ak-beheerder', 'geheim');

    expect(await screen.findByRole('alert')).toHaveTextContent(expected);
    expect(screen.queryByText(/English text|internal server error/i)).not.toBeInTheDocument();
  });

  it('asks for missing fields in Dutch without calling the server', async () => {
    const server = mockGraphqlServer({ StaffRefreshSession: noSession });
    const { user } = await renderApp();
    await screen.findByRole('heading', { name: 'Inloggen' });

    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const username = screen.getByLabelText('Gebruikersnaam');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Vul je gebruikersnaam in.');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription('Vul je wachtwoord in.');
    expect(username).toHaveFocus();
    expect(server.calls('Login')).toHaveLength(0);

    await user.type(username, 'ak-beheerder');
    expect(username).not.toHaveAttribute('aria-invalid');
  });

  it('signs in, shows the employer list with the account and its rights, and signs out again with the bearer token', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => ({ data: { login: sessionPayload('LoginPayload', { ...providerViewer, rights: [...providerViewer.rights, 'SOME_FUTURE_RIGHT'] }) } }),
      AdminEmployers: () => ({ data: { employers: employersAnswer } }),
      Logout: () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
    });
    const { user, router } = await renderApp();
    await screen.findByRole('heading', { name: 'Inloggen' });

    await fillAndSubmit(user, 'ak-beheerder', 'Werkportaal-demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Werkgevers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/beheer');
    expect(screen.getByText(/^Ingelogd als Anna de Vries · Loonadvies Noord B.V./)).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: 'Voorbeeld MKB' })).toBeInTheDocument();
    expect(screen.getByText('Administratiekantoor')).toBeInTheDocument();
    const rights = within(screen.getByRole('list', { name: 'Je rechten' }));
    expect(rights.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Werknemers bekijken',
      'Portaaltoegang van werknemers beheren',
      'Logboek bekijken',
      'Overig recht (SOME_FUTURE_RIGHT)',
    ]);

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText('Je bent uitgelogd.')).toHaveAttribute('role', 'status');
    expect(router.state.location.pathname).toBe('/inloggen');
    const [logout] = server.calls('Logout');
    expect(logout?.headers.get('Authorization')).toBe('Bearer access-token-1');
    expect(logout?.credentials).toBe('same-origin');
  });

  it('restores the session on reload with a single refreshSession', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload') } }),
      AdminEmployers: () => ({ data: { employers: employersAnswer } }),
    });
    await renderApp({ path: '/beheer' });

    expect(await screen.findByRole('heading', { name: 'Werkgevers' })).toBeInTheDocument();
    expect(server.calls('StaffRefreshSession')).toHaveLength(1);
    expect(server.calls('StaffRefreshSession')[0]?.credentials).toBe('same-origin');
  });

  it('takes a werkgevergebruiker straight to the employer, with name, address and administration number', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler({ name: 'Bakkerij Van Dijk', administrationNumber: '10042' }),
      AdminEmployerOverview: overviewHandler,
    });
    const { router } = await renderApp({ path: '/beheer' });

    const header = await screen.findByRole('region', { name: 'Huidige werkgever' });
    expect(router.state.location.pathname).toBe(`/beheer/werkgevers/${EMPLOYER_ID}`);
    expect(header).toHaveTextContent('Bakkerij Van Dijk');
    expect(header).toHaveTextContent('Hogeweg 135');
    expect(header).toHaveTextContent('5301 LL Zaltbommel');
    expect(header).toHaveTextContent('Administratie 10042');
    expect(header).toHaveTextContent('MijnLoket Start');
    expect(within(header).queryByRole('link', { name: 'Andere werkgever kiezen' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Start' })).toBeInTheDocument();
  });

  it('sends a signed-out visitor of /beheer to the login page', async () => {
    mockGraphqlServer({ StaffRefreshSession: noSession });
    const { router } = await renderApp({ path: '/beheer' });

    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
  });

  it('treats an unreachable server during restore as signed out', async () => {
    mockGraphqlServer({ StaffRefreshSession: () => 'networkError' });
    await renderApp({ path: '/beheer' });

    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
  });
});

describe('pathAfterLogin', () => {
  it('returns to the admin page that sent the visitor to the login page', () => {
    expect(pathAfterLogin({ from: '/beheer/werknemers?pagina=2' })).toBe('/beheer/werknemers?pagina=2');
  });

  it('goes to /beheer otherwise', () => {
    expect(pathAfterLogin(null)).toBe('/beheer');
    expect(pathAfterLogin({ from: 'https://evil.example/beheer' })).toBe('/beheer');
    expect(pathAfterLogin({ from: '/beheerder' })).toBe('/beheer');
    expect(pathAfterLogin({ from: 42 })).toBe('/beheer');
  });
});
