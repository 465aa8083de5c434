import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, userErrorPayload } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';

const noSession = (area: string) => () => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', `${area} session expired`) },
});

// Whoever lands on the wrong sign-in page finds the other one.
describe('the two sign-in pages link to each other', () => {
  it('staff sign-in → employee sign-in', async () => {
    mockGraphqlServer({ StaffRefreshSession: noSession('staff') });
    await renderApp({ path: '/inloggen' });
    expect(await screen.findByRole('link', { name: 'Werknemer? Log hier in als werknemer' })).toHaveAttribute('href', '/werknemer/inloggen');
  });

  it('employee sign-in → staff sign-in', async () => {
    mockGraphqlServer({ EmployeeRefreshSession: noSession('employee') });
    await renderApp({ path: '/werknemer/inloggen' });
    expect(await screen.findByRole('link', { name: 'Werkgever of administratiekantoor? Inloggen voor beheer' })).toHaveAttribute('href', '/inloggen');
  });
});
