import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, providerViewer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { adminViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };

function account(enrolled: boolean, left = 10): Handler {
  return () => ({
    data: {
      viewer: {
        __typename: 'Viewer',
        id: providerViewer.id,
        username: providerViewer.username,
        secondFactor: {
          __typename: 'StaffSecondFactor',
          enrolled,
          enrolledAt: enrolled ? '2026-11-02T09:30:00Z' : null,
          recoveryCodesLeft: enrolled ? left : 0,
        },
      },
    },
  });
}

const fresh = Array.from({ length: 10 }, (_, i) => `abcd-efgh-${String(i).padStart(4, '0')}`);

function renewed(): ReturnType<Handler> {
  return { data: { renewRecoveryCodes: { __typename: 'RecoveryCodesPayload', recoveryCodes: fresh, userErrors: [] } } };
}

function refused(code: string, field: string): ReturnType<Handler> {
  return {
    data: {
      renewRecoveryCodes: {
        __typename: 'RecoveryCodesPayload',
        recoveryCodes: null,
        userErrors: [{ __typename: 'UserError', field: ['input', field], code, message: 'no' }],
      },
    },
  };
}

describe('Mijn account: recovery codes (R43)', () => {
  it('renews the recovery codes with the current password and shows the new ones once', async () => {
    let left = 3;
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(adminViewer),
      StaffAccount: (request) => account(true, left)(request),
      StaffRenewRecoveryCodes: (request) => {
        const input = request.variables['input'] as { password?: string };
        if (input.password !== 'goed-wachtwoord') return refused('CURRENT_PASSWORD_WRONG', 'password');
        left = 10;
        return renewed();
      },
    });
    const { user } = await renderApp({ path: '/beheer/account' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' }, LOADED)).toBeInTheDocument();
    expect(await screen.findByText('Je hebt nog 3 ongebruikte herstelcodes.')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Nieuwe herstelcodes maken' });
    await user.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    expect(await within(form).findByText('Vul je huidige wachtwoord in.')).toBeInTheDocument();
    expect(server.calls('StaffRenewRecoveryCodes')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/Huidig wachtwoord/), 'fout');
    await user.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    expect(await within(form).findByText('Je huidige wachtwoord is niet juist.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/Huidig wachtwoord/), 'goed-wachtwoord');
    await user.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    const list = await screen.findByRole('list', { name: 'Nieuwe herstelcodes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(fresh);
    expect(server.calls('StaffRenewRecoveryCodes').at(-1)?.variables).toEqual({ input: { password: 'goed-wachtwoord' } });
    await waitFor(() => expect(screen.getByText('Je hebt nog 10 ongebruikte herstelcodes.')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Ik heb ze bewaard' }));
    expect(screen.queryByRole('list', { name: 'Nieuwe herstelcodes' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Nieuwe herstelcodes maken' })).toBeInTheDocument();
  });

  it('confirms with a code of the app instead', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(adminViewer),
      StaffAccount: account(true),
      StaffRenewRecoveryCodes: (request) => {
        const input = request.variables['input'] as { code?: string };
        return input.code === '123456' ? renewed() : refused('INVALID_SECOND_FACTOR', 'code');
      },
    });
    const { user } = await renderApp({ path: '/beheer/account' });
    await user.click(await screen.findByRole('radio', { name: 'Een code uit mijn authenticator-app' }, LOADED));
    const form = screen.getByRole('form', { name: 'Nieuwe herstelcodes maken' });
    await user.type(within(form).getByLabelText(/Code uit de app/), '654 321');
    await user.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    expect(await within(form).findByText('De code is onjuist of al gebruikt. Probeer de volgende code.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Code uit de app/), '123 456');
    await user.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    expect(await screen.findByRole('list', { name: 'Nieuwe herstelcodes' })).toBeInTheDocument();
    expect(server.calls('StaffRenewRecoveryCodes').map((c) => c.variables)).toEqual([{ input: { code: '654321' } }, { input: { code: '123456' } }]);
  });

  it('offers nothing to renew without an authenticator app', async () => {
    mockGraphqlServer({ StaffRefreshSession: signedIn(adminViewer), StaffAccount: account(false) });
    await renderApp({ path: '/beheer/account' });
    expect(await screen.findByText(/Je logt in met alleen je wachtwoord/, undefined, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nieuwe herstelcodes maken' })).not.toBeInTheDocument();
  });
});
