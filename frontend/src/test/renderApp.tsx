import { useLayoutEffect } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes, preloadRoutes } from '../app/routes';
import { loadMessages, type Locale } from '../i18n/locale';

/**
 * The admin pages are a React.lazy chunk inside the staff area. Its first import transforms and
 * evaluates some ninety modules (about a second on an idle two-core machine, several when it is
 * busy); inside a test that time would count against the findBy* waits of the first assertion.
 */
const lazyChunksByPath: [RegExp, () => Promise<unknown>][] = [[/^\/beheer(\/|$)/, () => import('../features/admin/AdminArea')]];

/** The current location, as the tests read it (`router.state.location`, as on react-router's data router). */
interface RouterView {
  state: { location: Location };
}

function LocationSpy({ onLocation }: { onLocation: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onLocation(location);
  }, [onLocation, location]);
  return null;
}

/**
 * Boots the whole app the way main.tsx does, on a memory router. Mock fetch first. The area chunks
 * of the start path are loaded before the first render, so a test's waits measure the page, not
 * the module loader.
 */
export async function renderApp({ path = '/inloggen', locale = 'nl' }: { path?: string; locale?: Locale } = {}) {
  const messages = await loadMessages(locale);
  await Promise.all(lazyChunksByPath.filter(([re]) => re.test(path)).map(([, load]) => load()));
  await preloadRoutes(path);
  const router: RouterView = { state: { location: { pathname: path, search: '', hash: '', state: null, key: 'default' } } };
  const user = userEvent.setup();
  const view = render(
    <AppProviders locale={locale} messages={messages}>
      <MemoryRouter initialEntries={[path]}>
        <LocationSpy
          onLocation={(location) => {
            router.state.location = location;
          }}
        />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, router, user };
}
