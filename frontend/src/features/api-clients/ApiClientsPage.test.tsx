import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/api-koppelingen`;

/** An employer user with MANAGE_USERS but without VIEW_MIJNLOKET_EMAIL. */
const manager = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'MANAGE_USERS'] };

function client(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ApiClient',
    id,
    name: 'HR-systeem',
    rights: ['VIEW_EMPLOYEES'],
    createdAt: '2026-11-20T09:30:00Z',
    lastUsedAt: '2026-11-23T09:30:00Z',
    disabledAt: null,
    previousSecretExpiresAt: null,
    ...overrides,
  };
}

function list(clients: ReturnType<typeof client>[]): ReturnType<Handler> {
  return {
    data: {
      apiClients: {
        __typename: 'ApiClientConnection',
        totalCount: clients.length,
        edges: clients.map((node) => ({ __typename: 'ApiClientEdge', node })),
      },
    },
  };
}

describe('API-koppelingen (R44)', () => {
  it('lists the employer’s clients and creates one with rights the user holds; the secret is shown once', async () => {
    let clients = [client('cli_1')];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminApiClients: () => list(clients),
      AdminCreateApiClient: (request) => {
        const input = request.variables['input'] as { name: string };
        clients = [client('cli_2', { name: input.name, lastUsedAt: null }), ...clients];
        return {
          data: {
            createApiClient: {
              __typename: 'ApiClientSecretPayload',
              apiClient: { __typename: 'ApiClient', id: 'cli_2', name: input.name },
              clientSecret: 'wpcs_geheim-van-de-test',
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'API-koppelingen' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API-koppelingen' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'API-koppelingen van Voorbeeld MKB' });
    expect(within(table).getByRole('rowheader', { name: /HR-systeem/ })).toBeInTheDocument();
    expect(within(table).getByText('Werknemers bekijken')).toBeInTheDocument();
    expect(server.calls('AdminApiClients')[0]?.variables).toMatchObject({ employerId: EMPLOYER_ID });

    // Only rights the user holds are offered.
    const rights = screen.getByRole('group', { name: 'Rechten' });
    expect(within(rights).queryByRole('checkbox', { name: 'MijnLoket-e-mailadressen bekijken' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Koppeling aanmaken' }));
    expect(await screen.findByText('Vul een naam in.')).toBeInTheDocument();
    expect(server.calls('AdminCreateApiClient')).toHaveLength(0);

    await user.type(screen.getByLabelText('Naam'), 'Salarissoftware');
    await user.click(within(rights).getByRole('checkbox', { name: 'Werknemers bekijken' }));
    await user.click(within(rights).getByRole('checkbox', { name: 'Gebruikers beheren' }));
    await user.click(screen.getByRole('button', { name: 'Koppeling aanmaken' }));

    const panel = await screen.findByRole('region', { name: 'Inloggegevens van Salarissoftware' });
    expect(server.calls('AdminCreateApiClient')[0]?.variables).toEqual({
      input: { name: 'Salarissoftware', employerId: EMPLOYER_ID, rights: ['VIEW_EMPLOYEES', 'MANAGE_USERS'] },
    });
    expect(within(panel).getByText('wpcs_geheim-van-de-test')).toBeInTheDocument();
    expect(within(panel).getByText('cli_2')).toBeInTheDocument();
    expect(within(panel).getByText(/maar één keer getoond/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Geheim kopiëren' }));
    // user-event stands in for the clipboard: what the button wrote is what it reads.
    expect(await navigator.clipboard.readText()).toBe('wpcs_geheim-van-de-test');
    expect(await within(panel).findByRole('status')).toHaveTextContent('Het geheim is gekopieerd.');
    await waitFor(() => expect(within(screen.getByRole('table')).getByRole('rowheader', { name: /Salarissoftware/ })).toBeInTheDocument());

    await user.click(within(panel).getByRole('button', { name: 'Ik heb het geheim bewaard' }));
    expect(screen.queryByText('wpcs_geheim-van-de-test')).not.toBeInTheDocument();
  });

  it('rotates a secret (shown once) and disables a client after asking', async () => {
    let clients = [client('cli_1')];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminApiClients: () => list(clients),
      AdminRotateApiClientSecret: () => ({
        data: {
          rotateApiClientSecret: {
            __typename: 'ApiClientSecretPayload',
            apiClient: { __typename: 'ApiClient', id: 'cli_1', name: 'HR-systeem', previousSecretExpiresAt: '2099-11-25T09:30:00Z' },
            clientSecret: 'wpcs_nieuw',
            userErrors: [],
          },
        },
      }),
      AdminDisableApiClient: () => {
        clients = [client('cli_1', { disabledAt: '2026-11-24T10:00:00Z' })];
        return {
          data: {
            disableApiClient: {
              __typename: 'ApiClientPayload',
              apiClient: { __typename: 'ApiClient', id: 'cli_1', disabledAt: '2026-11-24T10:00:00Z', previousSecretExpiresAt: null },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Nieuw geheim voor HR-systeem' }, LOADED));
    const rotateDialog = await screen.findByRole('alertdialog', { name: 'Nieuw geheim voor HR-systeem?' });
    expect(within(rotateDialog).getByText(/24 uur/)).toBeInTheDocument();
    await user.click(within(rotateDialog).getByRole('button', { name: 'Nieuw geheim maken' }));
    expect(await screen.findByText('wpcs_nieuw')).toBeInTheDocument();
    expect(server.calls('AdminRotateApiClientSecret')[0]?.variables).toEqual({ input: { apiClientId: 'cli_1' } });

    await user.click(screen.getByRole('button', { name: 'HR-systeem uitschakelen' }));
    const disableDialog = await screen.findByRole('alertdialog', { name: 'HR-systeem uitschakelen?' });
    await user.click(within(disableDialog).getByRole('button', { name: 'Uitschakelen' }));
    expect(await screen.findByText('HR-systeem is uitgeschakeld.')).toBeInTheDocument();
    expect(server.calls('AdminDisableApiClient')[0]?.variables).toEqual({ input: { apiClientId: 'cli_1' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'HR-systeem uitschakelen' })).not.toBeInTheDocument());
    expect(screen.getByText(/Uitgeschakeld op/)).toBeInTheDocument();
  });

  it('says in Dutch when the server refuses a right the user does not hold', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminApiClients: () => list([]),
      AdminCreateApiClient: () => ({
        data: {
          createApiClient: {
            __typename: 'ApiClientSecretPayload',
            apiClient: null,
            clientSecret: null,
            userErrors: [{ __typename: 'UserError', field: ['input', 'rights'], code: 'RIGHT_NOT_HELD', message: 'not held' }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    expect(await screen.findByText('Deze werkgever heeft nog geen API-koppelingen.', {}, LOADED)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Naam'), 'Te veel');
    await user.click(screen.getByRole('button', { name: 'Koppeling aanmaken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Je kunt alleen rechten geven die je zelf hebt.');
    expect(screen.queryByText('not held')).not.toBeInTheDocument();
  });

  it('offers the page only to users with MANAGE_USERS', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminEmployerOverview: () => ({ data: { employer: null } }),
    });
    await renderApp({ path: `/beheer/werkgevers/${EMPLOYER_ID}` });
    // The employer's menu is drawn again once its products have loaded: wait until it stands, then
    // check it (an element found earlier may have been replaced).
    await waitFor(() => expect(screen.getByRole('link', { name: 'Logboek' })).toBeInTheDocument(), LOADED);
    expect(screen.queryByRole('link', { name: 'API-koppelingen' })).not.toBeInTheDocument();
  });
});
