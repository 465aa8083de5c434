import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { loadMessages, type Locale } from '../i18n/locale';

/**
 * The admin pages are a React.lazy chunk inside the staff area. Its first import transforms and
 * evaluates some ninety modules (about a second on an idle two-core machine, several when it is
 * busy); inside a test that time would count against the findBy* waits of the first assertion.
 */
const lazyChunksByPath: [RegExp, () => Promise<unknown>][] = [[/^\/beheer(\/|$)/, () => import('../features/admin/AdminArea')]];

/** Resolves once the router has loaded the lazy routes of its first location. */
function routerReady(router: ReturnType<typeof createMemoryRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Boots the whole app the way main.tsx does, on a memory router. Mock fetch first. The area chunks
 * of the start path are loaded before the first render, so a test's waits measure the page, not
 * the module loader.
 */
export async function renderApp({ path = '/inloggen', locale = 'nl' }: { path?: string; locale?: Locale } = {}) {
  const messages = await loadMessages(locale);
  await Promise.all(lazyChunksByPath.filter(([re]) => re.test(path)).map(([, load]) => load()));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await routerReady(router);
  const user = userEvent.setup();
  const view = render(
    <AppProviders locale={locale} messages={messages}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user };
}
