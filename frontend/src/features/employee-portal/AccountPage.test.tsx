import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { employeeViewer, mockGraphqlServer, noSession, sessionPayload } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { clearAccessEnded } from '../employee-auth';

afterEach(() => clearAccessEnded());

let refreshes = 0;
const signedIn = () =>
  ++refreshes === 1 ? { data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } } : noSession({} as never);

const account = (username = 'jan.jansen') => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      account: { __typename: 'Account', id: 'acc_1', username },
      person: {
        __typename: 'Person',
        id: 'per_1',
        firstName: 'Jan',
        lastNamePrefix: '',
        lastName: 'Jansen',
        fullName: 'Jan Jansen',
        email: 'jan_jansen@gmail.com',
        birthDate: '1962-12-26',
      },
      employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
    },
  },
});

/** A download answer (jsdom's Blob and Node's Response do not mix). */
const fileReply = (status: number, headers: Record<string, string> = {}, body = '') =>
  ({ status, ok: status >= 200 && status < 300, headers: new Headers(headers), blob: () => Promise.resolve(new Blob([body])) }) as unknown as Response;

/** Lets GET requests under /downloads/ through to `answer` and records what the browser would save. */
function mockDownloads(answer: () => Response) {
  const graphql = globalThis.fetch;
  const downloads: Array<{ url: string; authorization: string | null }> = [];
  const saved: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/downloads/')) return graphql(input, init);
    downloads.push({ url, authorization: new Headers(init.headers).get('Authorization') });
    return Promise.resolve(answer());
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return { downloads, saved };
}

const userError = (typename: string, code: string, extra: Record<string, unknown>) => ({
  __typename: typename,
  ...extra,
  userErrors: [{ __typename: 'UserError', field: null, code, message: 'x' }],
});

describe('account settings (R12)', () => {
  afterEach(() => {
    refreshes = 0;
  });

  it('changes the username, and says a taken one is taken', async () => {
    let changes = 0;
    const server = mockGraphqlServer({
      EmployeeRefreshSession: signedIn,
      EmployeeAccount: () => account(changes > 1 ? 'jan.nieuw' : 'jan.jansen'),
      EmployeeChangeUsername: () =>
        ++changes === 1
          ? { data: { changeUsername: userError('ChangeUsernamePayload', 'USERNAME_TAKEN', { username: null }) } }
          : { data: { changeUsername: { __typename: 'ChangeUsernamePayload', username: 'jan.nieuw', userErrors: [] } } },
    });
    const { user } = await renderApp({ path: '/werknemer/account' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accountinstellingen' })).toBeInTheDocument();
    expect(screen.getByText('Je krijgt geen e-mail als je hier iets wijzigt.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Nieuwe gebruikersnaam'), 'piet.bakker');
    await user.click(screen.getByRole('button', { name: 'Gebruikersnaam opslaan' }));
    expect(await screen.findByText('Deze gebruikersnaam is al in gebruik. Kies een andere.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Nieuwe gebruikersnaam'));
    await user.type(screen.getByLabelText('Nieuwe gebruikersnaam'), 'jan.nieuw');
    await user.click(screen.getByRole('button', { name: 'Gebruikersnaam opslaan' }));
    expect(await screen.findByText('Je gebruikersnaam is gewijzigd in jan.nieuw. Log voortaan hiermee in.')).toBeInTheDocument();
    expect(server.calls('EmployeeChangeUsername')[1]?.variables).toEqual({ input: { username: 'jan.nieuw' } });
  });

  it('says as you type whether the new username is free, with the session and no invitation token (R4)', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: signedIn,
      EmployeeAccount: () => account(),
      EmployeeUsernameAvailable: (request) => ({ data: { usernameAvailable: request.variables['username'] !== 'piet.bakker' } }),
    });
    const { user } = await renderApp({ path: '/werknemer/account' });
    const field = await screen.findByLabelText('Nieuwe gebruikersnaam');

    await user.type(field, 'piet.bakker');
    expect(await screen.findByText('Deze gebruikersnaam is al in gebruik. Kies een andere.')).toBeInTheDocument();
    expect(server.calls('EmployeeUsernameAvailable').at(-1)?.variables).toEqual({ token: null, username: 'piet.bakker' });

    await user.clear(field);
    await user.type(field, 'jan.vrij');
    expect(await screen.findByText(/is nog vrij/)).toBeInTheDocument();

    // The current username is explained without asking the server.
    const asked = server.calls('EmployeeUsernameAvailable').length;
    await user.clear(field);
    await user.type(field, 'jan.jansen');
    expect(await screen.findByText('Dit is al je gebruikersnaam. Kies een andere, of laat het zo.')).toBeInTheDocument();
    expect(server.calls('EmployeeUsernameAvailable')).toHaveLength(asked);
  });

  it('asks the current password and shows when it is wrong', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: signedIn,
      EmployeeAccount: () => account(),
      EmployeeChangePassword: (r) =>
        (r.variables['input'] as { currentPassword: string }).currentPassword === 'goed'
          ? { data: { changePassword: { __typename: 'RequestPayload', ok: true, userErrors: [] } } }
          : { data: { changePassword: userError('RequestPayload', 'CURRENT_PASSWORD_WRONG', { ok: false }) } },
    });
    const { user } = await renderApp({ path: '/werknemer/account' });
    await screen.findByRole('heading', { level: 1, name: 'Accountinstellingen' });
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'fout');
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'molen tulp gracht zeil');
    await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'molen tulp gracht zeil');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Je huidige wachtwoord is niet juist.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Huidig wachtwoord'));
    await user.type(screen.getByLabelText('Huidig wachtwoord'), 'goed');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
    expect(await screen.findByText('Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.')).toBeInTheDocument();
    expect(server.calls('EmployeeChangePassword')[1]?.variables).toEqual({
      input: { currentPassword: 'goed', newPassword: 'molen tulp gracht zeil' },
    });
  });

  it('signs out everywhere and says so on the sign-in page', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: signedIn,
      EmployeeAccount: () => account(),
      EmployeeLogoutEverywhere: () => ({ data: { logoutEverywhere: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
      Logout: () => ({ data: { logout: { __typename: 'LogoutPayload', ok: true, userErrors: [] } } }),
    });
    const { user, router } = await renderApp({ path: '/werknemer/account' });
    await screen.findByRole('heading', { level: 1, name: 'Accountinstellingen' });
    await user.click(screen.getByRole('button', { name: 'Uitloggen op alle apparaten' }));
    expect(await screen.findByText('Je bent uitgelogd op al je apparaten.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
    expect(server.calls('EmployeeLogoutEverywhere')).toHaveLength(1);
  });

  it('downloads Mijn gegevens as one ZIP with the session token, and says when it was too often', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: signedIn, EmployeeAccount: () => account() });
    let calls = 0;
    const files = mockDownloads(() =>
      ++calls === 1 ? fileReply(200, { 'Content-Disposition': 'attachment; filename=mijn-gegevens-2026-11-24.zip' }, 'PK') : fileReply(429, { 'Retry-After': '3600' }),
    );
    const { user } = await renderApp({ path: '/werknemer/account' });
    const section = await screen.findByRole('region', { name: 'Mijn gegevens downloaden' });
    await user.click(within(section).getByRole('button', { name: 'Mijn gegevens downloaden' }));
    expect(await within(section).findByText('Je gegevens zijn gedownload.')).toHaveAttribute('role', 'status');
    expect(files.downloads).toEqual([{ url: '/downloads/mijn-gegevens.zip', authorization: 'Bearer access-token-1' }]);
    expect(files.saved).toEqual(['mijn-gegevens-2026-11-24.zip']);

    await user.click(within(section).getByRole('button', { name: 'Mijn gegevens downloaden' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Probeer het over een uur opnieuw.');
  });
});
