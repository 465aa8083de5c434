import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, noSession, providerViewer, sessionPayload, userErrorPayload } from '../../../test/graphqlServer';
import { renderApp } from '../../../test/renderApp';

const challenge = (step: 'ENROL' | 'VERIFY') => ({
  data: {
    login: {
      __typename: 'LoginPayload',
      accessToken: null,
      accessTokenExpiresAt: null,
      viewer: null,
      secondFactor: { __typename: 'SecondFactorChallenge', token: 'challenge-1', step, expiresAt: new Date(Date.now() + 600_000).toISOString() },
      userErrors: [],
    },
  },
});

async function signIn(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await screen.findByRole('heading', { name: 'Inloggen' });
  await user.type(screen.getByLabelText('Gebruikersnaam'), 'ak-beheerder');
  await user.type(screen.getByLabelText('Wachtwoord'), 'Werkportaal-demo-2026');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('the second factor of the staff sign-in (R43)', () => {
  it('asks for a code after the password, says when it is refused, and takes a recovery code instead', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => challenge('VERIFY'),
      VerifySecondFactor: (call) =>
        (call.variables as { input: { code?: string } }).input.code === '111111'
          ? { data: { verifySecondFactor: userErrorPayload('LoginPayload', 'INVALID_SECOND_FACTOR') } }
          : { data: { verifySecondFactor: sessionPayload('LoginPayload') } },
      AdminEmployers: () => ({ data: { employers: { __typename: 'EmployerConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] } } }),
    });
    const { user, router } = await renderApp();
    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inloggen');
    const code = screen.getByLabelText('Code uit de app');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De code is onjuist of al gebruikt. Probeer de volgende code.');

    await user.click(screen.getByRole('button', { name: 'Gebruik een herstelcode' }));
    await user.type(screen.getByLabelText('Herstelcode'), 'abcd-efgh-jkmn');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkgevers' })).toBeInTheDocument();
    expect(server.calls('VerifySecondFactor').map((c) => c.variables)).toEqual([
      { input: { challenge: 'challenge-1', code: '111111' } },
      { input: { challenge: 'challenge-1', recoveryCode: 'abcd-efgh-jkmn' } },
    ]);
  });

  it('goes back to the password when the step expired', async () => {
    mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => challenge('VERIFY'),
      VerifySecondFactor: () => ({ data: { verifySecondFactor: userErrorPayload('LoginPayload', 'SECOND_FACTOR_EXPIRED') } }),
    });
    const { user } = await renderApp();
    await signIn(user);
    await user.type(await screen.findByLabelText('Code uit de app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('De inlogstap is verlopen. Log opnieuw in.');
  });

  it('enrols with the QR code and the key, then shows the recovery codes before signing in', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jk${String(i).padStart(2, '0')}`);
    mockGraphqlServer({
      StaffRefreshSession: noSession,
      Login: () => challenge('ENROL'),
      StartSecondFactorEnrolment: () => ({
        data: {
          startSecondFactorEnrolment: {
            __typename: 'SecondFactorEnrolmentPayload',
            secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/Werkportaal:ak-beheerder?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
            qrCode: 'data:image/png;base64,iVBORw0KGgo=',
            userErrors: [],
          },
        },
      }),
      ConfirmSecondFactorEnrolment: () => ({
        data: { confirmSecondFactorEnrolment: { ...sessionPayload('LoginPayload', providerViewer), __typename: 'SecondFactorEnrolledPayload', recoveryCodes: codes } },
      }),
      AdminEmployers: () => ({ data: { employers: { __typename: 'EmployerConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] } } }),
    });
    const { user, router } = await renderApp();
    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    await user.type(screen.getByLabelText('Code uit de app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bewaar je herstelcodes' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(codes);
    // Not signed in yet: the codes stay until the user says they kept them.
    expect(router.state.location.pathname).toBe('/inloggen');
    await user.click(screen.getByRole('button', { name: 'Ik heb ze bewaard, verder' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Werkgevers' })).toBeInTheDocument();
  });
});
