import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { SessionStore } from '../features/auth/session';
import { loadMessages, type Locale } from '../i18n/locale';
import { createGraphqlClient } from '../lib/graphql/client';

const liveSessions = new Set<SessionStore>();

/** Stops the background refresh timers of sessions created by renderApp (called after each test). */
export function disposeSessions(): void {
  for (const session of liveSessions) session.dispose();
  liveSessions.clear();
}

/** Boots the whole app the way main.tsx does, on a memory router. Mock fetch first. */
export async function renderApp({ path = '/inloggen', locale = 'nl' as Locale } = {}) {
  const session = new SessionStore(createGraphqlClient());
  liveSessions.add(session);
  void session.restore();
  const messages = await loadMessages(locale);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders session={session} createClient={createGraphqlClient} locale={locale} messages={messages}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, session, user };
}
