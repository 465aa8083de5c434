import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../../i18n/locale';
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
import { clearAccessEnded } from './employeeSession';
import { pathAfterEmployeeLogin, tokenFromHash } from './paths';

afterEach(() => clearAccessEnded());

const noEmployeeSession = () => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') },
});

const employment = (employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null = null) => ({
  __typename: 'Employment',
  id: `dvb_${employeeNumber}`,
  employeeNumber,
  jobTitle,
  startDate,
  endDate,
  inService: endDate === null,
});

const portalHome = (firstName = 'Jan', employments = [employment(18, 'Commercieel medewerker', '2015-08-12')]) => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      features: [],
      home: null,
      account: { __typename: 'Account', id: 'acc_1', username: 'jan.jansen' },
      person: { __typename: 'Person', id: 'per_1', firstName, fullName: `${firstName} Jansen` },
      employer: { __typename: 'Employer', id: 'emp_01JDEMO0000000000000000001', name: 'Voorbeeld MKB' },
      employments,
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
    // graphql 16 prints `{area: EMPLOYEE}`, graphql 17 `{ area: EMPLOYEE }`.
    expect(server.calls('EmployeeRefreshSession')[0]?.query).toMatch(/refreshSession\(input: \{ ?area: EMPLOYEE ?\}\)/);
    expect(server.calls('StaffRefreshSession')).toHaveLength(0);
    expect(document.title).toBe('Inloggen – Werkportaal');
    expect(screen.getByText(/gebruikersnaam en het wachtwoord die je zelf hebt gekozen/)).toBeInTheDocument();
  });

  it('shows the sign-in form while the session is restored, and sends on whoever turns out signed in', async () => {
    const restore = deferred<Reply>();
    mockGraphqlServer({ EmployeeRefreshSession: () => restore.promise, EmployeePortalHome: () => portalHome() });
    const { router } = await renderApp({ path: '/werknemer/inloggen' });
    // No round trip before the page: the form is there while the refresh cookie is still being asked about.
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Gebruikersnaam')).toBeInTheDocument();
    restore.resolve({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } });
    await waitFor(() => expect(router.state.location.pathname).toBe('/werknemer'));
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

describe('the sign-in page (R13)', () => {
  const wrongPassword = () => ({
    data: { employeeLogin: userErrorPayload('EmployeeSessionPayload', 'INVALID_CREDENTIALS', 'invalid credentials') },
  });

  it('offers the three links of the login screen', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession });
    await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(screen.getByRole('link', { name: 'Gebruikersnaam vergeten?' })).toHaveAttribute('href', '/werknemer/gebruikersnaam-vergeten');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/werknemer/wachtwoord-vergeten');
    expect(screen.getByRole('link', { name: 'Problemen met inloggen?' })).toHaveAttribute('href', '/werknemer/problemen-met-inloggen');
  });

  it('explains the lock of an hour after the third wrong password, with a way out', async () => {
    const server = mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession, EmployeeLogin: wrongPassword });
    const { user } = await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'jan.jansen');
    const password = screen.getByLabelText('Wachtwoord');

    await user.type(password, 'fout-1');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruikersnaam of wachtwoord is onjuist.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('geblokkeerd');

    await user.clear(password);
    await user.type(password, 'fout-2');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('na nog een verkeerd wachtwoord wordt je account een uur geblokkeerd'));

    await user.clear(password);
    await user.type(password, 'fout-3');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Je account is tijdelijk geblokkeerd'));
    expect(screen.getByRole('alert')).toHaveTextContent(/kun je een uur niet inloggen: vanaf \d\d:\d\d/);
    expect(screen.getByRole('alert')).not.toHaveTextContent('onjuist');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute(
      'href',
      '/werknemer/wachtwoord-vergeten',
    );
    expect(server.calls('EmployeeLogin')).toHaveLength(3);
  });
});

describe('access ended by the employer while the portal is open (R6)', () => {
  it('shows the access-ended page on the next action, and nothing of the portal', async () => {
    let blocked = false;
    mockGraphqlServer({
      EmployeeRefreshSession: () =>
        blocked
          ? { data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'ACCESS_BLOCKED', 'blocked') } }
          : { data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } },
      EmployeePortalHome: () => portalHome(),
      EmployeeAccount: () => ({
        errors: [{ message: 'access ended', extensions: { code: 'UNAUTHENTICATED', reason: 'ACCESS_BLOCKED' } }],
      }),
    });
    const { user, router } = await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Welkom, Jan' })).toBeInTheDocument();

    blocked = true; // staff block the account now
    await user.click(screen.getByRole('link', { name: 'Accountinstellingen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Je toegang is beëindigd' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer/toegang-beeindigd');
    expect(screen.getByText(/Je werkgever heeft je toegang tot het werkportaal geblokkeerd/)).toBeInTheDocument();
    expect(screen.queryByText('Welkom, Jan')).not.toBeInTheDocument();
    expect(screen.queryByText('Jan Jansen')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inlogpagina' })).toHaveAttribute('href', '/werknemer/inloggen');
  });

  it('still shows the sign-in page when a session simply expired', async () => {
    let refreshes = 0;
    mockGraphqlServer({
      EmployeeRefreshSession: () =>
        ++refreshes === 1 ? { data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } } : noEmployeeSession(),
      EmployeePortalHome: () => unauthenticated,
    });
    const { router } = await renderApp({ path: '/werknemer' });
    expect(await screen.findByText('Je sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
  });
});

describe('language (Dutch by default, English selectable and remembered)', () => {
  it('switches the employee pages to English, sets <html lang> and remembers the choice', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession });
    const first = await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });
    expect(document.documentElement.lang).toBe('nl');

    await first.user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toBeInTheDocument();
    expect(document.title).toBe('Sign in – Werkportaal');
    first.unmount();

    // A later visit starts in English (main.tsx reads the stored choice the same way).
    const { getInitialLocale } = await import('../../i18n/locale');
    const again = await renderApp({ path: '/werknemer/inloggen', locale: getInitialLocale() });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await again.user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { name: 'Inloggen' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('nl');
  });
});

describe('the language switch saves the signed-in employee\'s choice (R46)', () => {
  const saved = () => ({
    data: { setLanguage: { __typename: 'SetLanguagePayload', language: 'en', userErrors: [] } },
  });

  it('saves English on the account when a signed-in employee switches, with the session token', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } }),
      EmployeePortalHome: () => portalHome(),
      EmployeeSetLanguage: saved,
    });
    const { user } = await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Welkom, Jan' })).toBeInTheDocument();
    expect(server.calls('EmployeeSetLanguage')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Jan' })).toBeInTheDocument();
    await waitFor(() => expect(server.calls('EmployeeSetLanguage')).toHaveLength(1));
    expect(server.calls('EmployeeSetLanguage')[0]?.variables).toEqual({ input: { language: 'en' } });
    expect(server.calls('EmployeeSetLanguage')[0]?.headers.get('Authorization')).toMatch(/^Bearer /);

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    await waitFor(() => expect(server.calls('EmployeeSetLanguage')).toHaveLength(2));
    expect(server.calls('EmployeeSetLanguage')[1]?.variables).toEqual({ input: { language: 'nl' } });
  });

  it('does not call the server when nobody is signed in: the choice stays in the browser', async () => {
    const server = mockGraphqlServer({ EmployeeRefreshSession: noEmployeeSession, EmployeeSetLanguage: saved });
    const { user } = await renderApp({ path: '/werknemer/inloggen' });
    await screen.findByRole('heading', { name: 'Inloggen' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(server.calls('EmployeeSetLanguage')).toHaveLength(0);
  });
});

describe('employments (R18)', () => {
  it('offers a switcher when there are several, and keeps the choice in the address', async () => {
    mockGraphqlServer({
      EmployeeRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } }),
      EmployeePortalHome: () =>
        portalHome('Linda', [employment(36, 'Administratief medewerker', '2024-06-10'), employment(14, 'Oproepkracht', '2021-01-04', '2024-06-09')]),
    });
    const { user, router } = await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Je dienstverbanden' })).toBeInTheDocument();
    const current = screen.getByRole('radio', { name: /Administratief medewerker/ });
    const old = screen.getByRole('radio', { name: /Oproepkracht/ });
    expect(current).toBeChecked();
    expect(screen.getByText('Personeelsnummer 14 · 4 januari 2021 tot en met 9 juni 2024')).toBeInTheDocument();

    await user.click(old);
    expect(old).toBeChecked();
    expect(router.state.location.search).toBe('?dienstverband=14');
    expect(screen.getByText('Uit dienst per')).toBeInTheDocument();
  });

  it('shows a single employment without a switcher', async () => {
    mockGraphqlServer({
      EmployeeRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } }),
      EmployeePortalHome: () => portalHome(),
    });
    await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { name: 'Je dienstverband' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByText('Commercieel medewerker')).toBeInTheDocument();
    expect(screen.getByText('jan.jansen')).toBeInTheDocument();
  });
});

describe('tokenFromHash', () => {
  it('reads the token of a mail link, forgiving what mail programs add', () => {
    expect(tokenFromHash('#abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromHash('#abc_DEF-123).')).toBe('abc_DEF-123');
    expect(tokenFromHash('#abc%5FDEF')).toBe('abc_DEF');
    expect(tokenFromHash('#%E0%A4%A')).toBe('');
    expect(tokenFromHash('')).toBe('');
  });
});
