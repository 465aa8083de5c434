import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  deferred,
  employeeViewer,
  mockGraphqlServer,
  sessionPayload,
  unauthenticated,
  userErrorPayload,
  type Reply,
} from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { pathAfterEmployeeLogin } from './paths';

const noEmployeeSession = () => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') },
});

const portalHome = (firstName = 'Jan') => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      person: { __typename: 'Person', id: 'per_1', firstName, fullName: `${firstName} Jansen` },
      employer: { __typename: 'Employer', id: 'emp_01JDEMO0000000000000000001', name: 'Voorbeeld MKB' },
    },
  },
});

const loggedOut = () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } });

describe('employee area', () => {
  it('sends / to the employee sign-in page, which asks only the employee refresh cookie', async () => {
    const server = mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession });
    const { router } = await renderApp({ path: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(1);
    expect(server.calls('EmployeeRefreshSession')[0]?.query).toContain('refreshSession(input: { area: EMPLOYEE })');
    expect(server.calls('StaffRefreshSession')).toHaveLength(0);
    expect(document.title).toBe('Inloggen – Werkportaal');
    expect(screen.getByText(/gebruikersnaam en het wachtwoord die je zelf hebt gekozen/)).toBeInTheDocument();
  });

  it('signs in with employeeLogin and welcomes the employee with the employer name', async () => {
    const answer = deferred<Reply>();
    const server = mockGraphqlServer({
      EmployeeRefreshSession: noEmployeeSession,
      EmployeeLogin: () => answer.promise,
      EmployeePortalHome: () => portalHome(),
      Logout: loggedOut,
    });
    const { user, router } = await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'jan.jansen');
    await user.type(screen.getByLabelText('Wachtwoord'), 'Werkportaal-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('button', { name: 'Bezig met inloggen…' })).toHaveAttribute('aria-disabled', 'true');
    expect(server.calls('EmployeeLogin')[0]?.variables).toEqual({
      input: { username: 'jan.jansen', password: 'Werkportaal-demo-2026' },
    });
    answer.resolve({ data: { employeeLogin: sessionPayload('EmployeeSessionPayload', employeeViewer) } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan' })).toBeInTheDocument();
    expect(screen.getByText('Je werkportaal bij Voorbeeld MKB.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer');
    expect(server.calls('EmployeePortalHome')[0]?.headers.get('Authorization')).toBe('Bearer access-token-1');

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByText('Je bent uitgelogd.')).toHaveAttribute('role', 'status');
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
    expect(server.calls('Logout')[0]?.headers.get('Authorization')).toBe('Bearer access-token-1');
  });

  it('shows the same Dutch message for a wrong password, never the server text', async () => {
    mockGraphqlServer({
      EmployeeRefreshSession: noEmployeeSession,
      EmployeeLogin: () => ({
        data: { employeeLogin: userErrorPayload('EmployeeSessionPayload', 'INVALID_CREDENTIALS', 'invalid credentials') },
      }),
    });
    const { user } = await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });

    await user.type(screen.getByLabelText('Gebruikersnaam'), 'jan.jansen');
    await user.type(screen.getByLabelText('Wachtwoord'), 'verkeerd');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruikersnaam of wachtwoord is onjuist.');
    expect(screen.queryByText(/invalid credentials/)).not.toBeInTheDocument();
  });

  it('restores the employee session on reload and sends a signed-out visitor of /werknemer to sign in', async () => {
    mockGraphqlServer({
      EmployeeRefreshSession: () => ({
        data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) },
      }),
      EmployeePortalHome: () => portalHome(),
    });
    await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Welkom, Jan' })).toBeInTheDocument();
  });

  it('sends a signed-out visitor of /werknemer to the sign-in page', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession });
    const { router } = await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/werknemer/inloggen'));
  });

  it('refreshes once on UNAUTHENTICATED and retries the query with the new token', async () => {
    let refreshes = 0;
    const server = mockGraphqlServer({
      EmployeeRefreshSession: () => ({
        data: {
          refreshSession: { ...sessionPayload('RefreshSessionPayload', employeeViewer), accessToken: `token-${++refreshes}` },
        },
      }),
      EmployeePortalHome: (request) =>
        request.headers.get('Authorization') === 'Bearer token-1' ? unauthenticated : portalHome('Jan'),
    });
    await renderApp({ path: '/werknemer' });

    expect(await screen.findByRole('heading', { name: 'Welkom, Jan' })).toBeInTheDocument();
    expect(server.calls('EmployeePortalHome').map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(2);
  });

  it('signs out as expired when the refresh after UNAUTHENTICATED is refused', async () => {
    let refreshes = 0;
    mockGraphqlServer({
      EmployeeRefreshSession: () =>
        ++refreshes === 1
          ? { data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } }
          : noEmployeeSession(),
      EmployeePortalHome: () => unauthenticated,
    });
    const { router } = await renderApp({ path: '/werknemer' });

    expect(await screen.findByText('Je sessie is verlopen. Log opnieuw in.')).toHaveAttribute('role', 'status');
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
  });

  it('shows an unknown employee address as not found within the employee area', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession });
    await renderApp({ path: '/werknemer/bestaat-niet' });
    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/werknemer');
  });
});

describe('pathAfterEmployeeLogin', () => {
  it('returns to the portal page that sent the employee to sign in, else home', () => {
    expect(pathAfterEmployeeLogin({ from: '/werknemer/account' })).toBe('/werknemer/account');
    expect(pathAfterEmployeeLogin({ from: '/werknemer/inloggen' })).toBe('/werknemer');
    expect(pathAfterEmployeeLogin({ from: '/beheer' })).toBe('/werknemer');
    expect(pathAfterEmployeeLogin({ from: 'https://evil.example/werknemer' })).toBe('/werknemer');
    expect(pathAfterEmployeeLogin(null)).toBe('/werknemer');
  });
});
