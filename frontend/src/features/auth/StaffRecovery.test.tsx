import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, noSession, sessionPayload } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, overviewHandler } from '../../test/adminData';

const LOADED = { timeout: 20000 };
const TOKEN = 'a'.repeat(43);

function link(state: string) {
  return { __typename: 'StaffLinkInfo', state, displayName: state === 'VALID' ? 'Eva Jansen' : null, username: state === 'VALID' ? 'eva.jansen' : null, expiresAt: null };
}

describe('staff recovery pages (R43, R10 for staff)', () => {
  it('links Wachtwoord vergeten? from the sign-in page and answers the same whatever the username', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: noSession,
      RequestStaffPasswordReset: () => ({
        data: { requestStaffPasswordReset: { __typename: 'RequestPayload', ok: true, userErrors: [] } },
      }),
    });
    const { user } = await renderApp({ path: '/inloggen' });
    await user.click(await screen.findByRole('link', { name: 'Wachtwoord vergeten?' }, LOADED));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }, LOADED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(server.calls('RequestStaffPasswordReset')).toHaveLength(0);
    await user.type(screen.getByLabelText('Gebruikersnaam'), 'eva.jansen');
    await user.click(screen.getByRole('button', { name: 'Link versturen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Als eva.jansen een gebruikersnaam van Werkportaal is');
    expect(server.calls('RequestStaffPasswordReset')[0]?.variables).toEqual({ input: { username: 'eva.jansen' } });
  });

  it('chooses the first password through the invitation link and signs the user in', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: noSession,
      StaffInvitation: () => ({ data: { staffInvitation: link('VALID') } }),
      AcceptStaffInvitation: () => ({ data: { acceptStaffInvitation: sessionPayload('LoginPayload', employerUserViewer) } }),
      AdminEmployer: employerHandler(),
      AdminEmployerOverview: overviewHandler,
    });
    const { user, router } = await renderApp({ path: `/uitnodiging#${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies je wachtwoord' }, LOADED)).toBeInTheDocument();
    expect(screen.getByText(/Je gebruikersnaam is eva.jansen/)).toBeInTheDocument();
    expect(server.calls('StaffInvitation')[0]?.variables).toEqual({ token: TOKEN });
    await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'Paarse-olifant-fietst-naar-Zaltbommel');
    await user.type(screen.getByLabelText(/Herhaal/), 'Paarse-olifant-fietst-naar-Zaltbommel');
    await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
    await waitFor(() => expect(server.calls('AcceptStaffInvitation')).toHaveLength(1));
    expect(server.calls('AcceptStaffInvitation')[0]?.variables).toEqual({
      input: { token: TOKEN, password: 'Paarse-olifant-fietst-naar-Zaltbommel' },
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/beheer/werkgevers/${EMPLOYER_ID}`), LOADED);
  });

  it('explains an expired invitation and a used reset link', async () => {
    mockGraphqlServer({
      StaffRefreshSession: noSession,
      StaffInvitation: () => ({ data: { staffInvitation: link('EXPIRED') } }),
      StaffPasswordResetLink: () => ({ data: { staffPasswordResetLink: link('USED') } }),
    });
    const first = await renderApp({ path: `/uitnodiging#${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze uitnodiging is verlopen' }, LOADED)).toBeInTheDocument();
    first.unmount();
    await renderApp({ path: `/wachtwoord-herstellen#${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link is al gebruikt' }, LOADED)).toBeInTheDocument();
  });
});
