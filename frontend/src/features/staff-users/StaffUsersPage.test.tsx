import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, providerViewer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { adminViewer, EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/gebruikers`;

/** An employer user with MANAGE_USERS but without VIEW_MIJNLOKET_EMAIL. */
const manager = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'MANAGE_USERS'] };

function staffUser(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StaffUser',
    id,
    displayName: 'Eva Jansen',
    username: 'eva.jansen',
    email: 'eva.jansen@example.nl',
    state: 'ACTIVE',
    rights: ['VIEW_EMPLOYEES'],
    passwordChosen: true,
    invitationExpiresAt: null,
    secondFactorEnrolled: false,
    lockedUntil: null,
    lastLoginAt: '2026-11-23T09:30:00Z',
    ...overrides,
  };
}

function list(users: ReturnType<typeof staffUser>[]): ReturnType<Handler> {
  return {
    data: {
      staffUsers: {
        __typename: 'StaffUserConnection',
        totalCount: users.length,
        edges: users.map((node) => ({ __typename: 'StaffUserEdge', node })),
      },
    },
  };
}

const me = staffUser(providerViewer.id, { displayName: 'Wim Gerritsen', username: 'wg-beheerder', rights: manager.rights });

describe('Gebruikers (R43)', () => {
  it('lists the employer’s users and invites one with a rights checklist of the rights the manager holds', async () => {
    let users = [me, staffUser('usr_2')];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminStaffUsers: () => list(users),
      AdminCreateStaffUser: (request) => {
        const input = request.variables['input'] as { name: string; email: string; username: string };
        users = [
          staffUser('usr_3', { displayName: input.name, username: input.username, email: input.email, passwordChosen: false,
            invitationExpiresAt: '2099-11-28T09:30:00Z', lastLoginAt: null }),
          ...users,
        ];
        return {
          data: {
            createStaffUser: {
              __typename: 'StaffUserPayload',
              staffUser: { __typename: 'StaffUser', id: 'usr_3', displayName: input.name, email: input.email },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Gebruikers' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gebruikers' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Gebruikers van Voorbeeld MKB' });
    // Nobody blocks themselves: the own row has no actions.
    expect(within(table).queryByRole('button', { name: 'Wim Gerritsen blokkeren' })).not.toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Eva Jansen blokkeren' })).toBeInTheDocument();
    expect(server.calls('AdminStaffUsers')[0]?.variables).toMatchObject({ employerId: EMPLOYER_ID });

    // Only rights the manager holds are offered, each with a line on what it allows.
    const rights = screen.getByRole('group', { name: 'Rechten' });
    expect(within(rights).queryByRole('checkbox', { name: 'MijnLoket-e-mailadressen bekijken' })).not.toBeInTheDocument();
    const view = within(rights).getByRole('checkbox', { name: 'Werknemers bekijken' });
    expect(view).toHaveAccessibleDescription('Werknemers en dienstverbanden van de werkgever bekijken.');

    await user.click(screen.getByRole('button', { name: 'Gebruiker uitnodigen' }));
    expect(await screen.findByText('Vul een naam in.')).toBeInTheDocument();
    expect(screen.getByText('Vul een e-mailadres in.')).toBeInTheDocument();
    expect(server.calls('AdminCreateStaffUser')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Piet Bakker');
    await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'piet@example.nl');
    await user.type(screen.getByRole('textbox', { name: 'Gebruikersnaam' }), 'piet.bakker');
    await user.click(view);
    await user.click(within(rights).getByRole('checkbox', { name: 'Gebruikers beheren' }));
    await user.click(screen.getByRole('button', { name: 'Gebruiker uitnodigen' }));

    expect(await screen.findByText('Piet Bakker is uitgenodigd via piet@example.nl.')).toBeInTheDocument();
    expect(server.calls('AdminCreateStaffUser')[0]?.variables).toEqual({
      input: { employerId: EMPLOYER_ID, name: 'Piet Bakker', email: 'piet@example.nl', username: 'piet.bakker', rights: ['VIEW_EMPLOYEES', 'MANAGE_USERS'] },
    });
    await waitFor(() => expect(within(screen.getByRole('table')).getByRole('rowheader', { name: /Piet Bakker/ })).toBeInTheDocument());
    expect(screen.getByText(/Uitgenodigd, link geldig tot/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Uitnodiging opnieuw versturen aan Piet Bakker' })).toBeInTheDocument();
  }, 45_000);

  it('blocks after asking, and says in Dutch why the server refused (LAST_ADMIN)', async () => {
    let users = [me, staffUser('usr_2', { rights: ['MANAGE_USERS'] })];
    let refuse = true;
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminStaffUsers: () => list(users),
      AdminBlockStaffUser: () => {
        if (refuse) {
          return {
            data: {
              blockStaffUser: {
                __typename: 'StaffUserPayload',
                staffUser: null,
                userErrors: [{ __typename: 'UserError', field: ['input', 'staffUserId'], code: 'LAST_ADMIN', message: 'last' }],
              },
            },
          };
        }
        users = [me, staffUser('usr_2', { state: 'BLOCKED' })];
        return { data: { blockStaffUser: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: 'usr_2', state: 'BLOCKED' }, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Eva Jansen blokkeren' }, LOADED));
    const dialog = await screen.findByRole('alertdialog', { name: 'Eva Jansen blokkeren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Blokkeren' }));
    expect(await within(dialog).findByText(/laatste gebruiker die gebruikers beheert/)).toBeInTheDocument();
    expect(screen.queryByText('last')).not.toBeInTheDocument();

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Blokkeren' }));
    expect(await screen.findByText('Eva Jansen is geblokkeerd.')).toBeInTheDocument();
    expect(server.calls('AdminBlockStaffUser').at(-1)?.variables).toEqual({ input: { staffUserId: 'usr_2' } });
    expect(await screen.findByRole('button', { name: 'Eva Jansen deblokkeren' })).toBeInTheDocument();
  });

  it('resets the second factor of a user who set one up', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: employerHandler(),
      AdminStaffUsers: () => list([me, staffUser('usr_2', { secondFactorEnrolled: true })]),
      AdminResetStaffSecondFactor: () => ({
        data: {
          resetStaffSecondFactor: {
            __typename: 'StaffUserPayload',
            staffUser: { __typename: 'StaffUser', id: 'usr_2', secondFactorEnrolled: false },
            userErrors: [],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Tweestapsverificatie van Eva Jansen opnieuw instellen' }, LOADED));
    const dialog = await screen.findByRole('alertdialog', { name: 'Tweestapsverificatie van Eva Jansen opnieuw instellen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Opnieuw instellen' }));
    expect(await screen.findByText('De tweestapsverificatie van Eva Jansen is verwijderd.')).toBeInTheDocument();
    expect(server.calls('AdminResetStaffSecondFactor')[0]?.variables).toEqual({ input: { staffUserId: 'usr_2' } });
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
    expect(screen.queryByRole('link', { name: 'Gebruikers' })).not.toBeInTheDocument();
  });

  it('manages the provider’s own users under /beheer/gebruikers', async () => {
    const providerManager = { ...adminViewer, rights: [...adminViewer.rights, 'MANAGE_USERS'] };
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(providerManager),
      AdminStaffUsers: () => list([staffUser(providerViewer.id, { displayName: 'Anna de Vries' })]),
      AdminProviderSecondFactorPolicy: policy(false),
      AdminCreateStaffUser: () => ({
        data: {
          createStaffUser: {
            __typename: 'StaffUserPayload',
            staffUser: { __typename: 'StaffUser', id: 'usr_9', displayName: 'Karel Ak', email: 'karel@example.nl' },
            userErrors: [],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: '/beheer/gebruikers' });
    expect(await screen.findByRole('table', { name: 'Gebruikers van Loonadvies Noord B.V.' }, LOADED)).toBeInTheDocument();
    expect(server.calls('AdminStaffUsers')[0]?.variables).toMatchObject({ employerId: null, level: 'PROVIDER' });
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Karel Ak');
    await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'karel@example.nl');
    await user.type(screen.getByRole('textbox', { name: 'Gebruikersnaam' }), 'karel.ak');
    await user.click(screen.getByRole('button', { name: 'Gebruiker uitnodigen' }));
    expect(await screen.findByText('Karel Ak is uitgenodigd via karel@example.nl.')).toBeInTheDocument();
    // A provider user without employerId: the server makes a provider user.
    expect(server.calls('AdminCreateStaffUser')[0]?.variables).toEqual({
      input: { name: 'Karel Ak', email: 'karel@example.nl', username: 'karel.ak', rights: [] },
    });
  });

  it('switches the provider’s rule that employer users need a second factor, after a confirmation', async () => {
    const providerManager = { ...adminViewer, rights: [...adminViewer.rights, 'MANAGE_USERS'] };
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(providerManager),
      AdminStaffUsers: () => list([staffUser(providerViewer.id, { displayName: 'Anna de Vries' })]),
      AdminProviderSecondFactorPolicy: policy(false),
      AdminSetRequireSecondFactorForEmployers: (request) => {
        const input = request.variables['input'] as { required: boolean };
        return {
          data: {
            setRequireSecondFactorForEmployers: {
              __typename: 'ProviderSettingsPayload',
              provider: { __typename: 'Provider', id: providerViewer.provider.id, requireSecondFactorForEmployers: input.required },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: '/beheer/gebruikers' });
    const card = (await screen.findByRole('heading', { name: 'Tweestapsverificatie voor werkgevergebruikers' }, LOADED)).closest('section')!;
    expect(within(card).getByText(/^Niet verplicht:/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Verplicht maken' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Tweestapsverificatie verplichten voor werkgevergebruikers?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verplicht maken' }));
    expect(await screen.findByText('Tweestapsverificatie is nu verplicht voor werkgevergebruikers.')).toBeInTheDocument();
    expect(server.calls('AdminSetRequireSecondFactorForEmployers')[0]?.variables).toEqual({ input: { required: true } });
    await waitFor(() => expect(within(card).getByText('Verplicht: werkgevergebruikers loggen in met een authenticator-app.')).toBeInTheDocument());
    expect(within(card).getByRole('button', { name: 'Niet meer verplichten' })).toBeInTheDocument();
  });

  it('shows a refusal of the switch in the dialog', async () => {
    const providerManager = { ...adminViewer, rights: [...adminViewer.rights, 'MANAGE_USERS'] };
    mockGraphqlServer({
      StaffRefreshSession: signedIn(providerManager),
      AdminStaffUsers: () => list([staffUser(providerViewer.id, { displayName: 'Anna de Vries' })]),
      AdminProviderSecondFactorPolicy: policy(true),
      AdminSetRequireSecondFactorForEmployers: () => ({ errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const { user } = await renderApp({ path: '/beheer/gebruikers' });
    await user.click(await screen.findByRole('button', { name: 'Niet meer verplichten' }, LOADED));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Niet meer verplichten' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
  });
});

function policy(required: boolean): Handler {
  return () => ({
    data: {
      viewer: {
        __typename: 'Viewer',
        id: providerViewer.id,
        provider: { __typename: 'Provider', id: providerViewer.provider.id, requireSecondFactorForEmployers: required },
      },
    },
  });
}
