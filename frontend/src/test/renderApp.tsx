import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { loadMessages, type Locale } from '../i18n/locale';

/** Boots the whole app the way main.tsx does, on a memory router. Mock fetch first. */
export async function renderApp({ path = '/inloggen', locale = 'nl' }: { path?: string; locale?: Locale } = {}) {
  const messages = await loadMessages(locale);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders locale={locale} messages={messages}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
