import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { SessionStore } from './features/auth/session';
import { getInitialLocale, loadMessages } from './i18n/locale';
import { createGraphqlClient } from './lib/graphql/client';
import './app/global.css';

async function start(): Promise<void> {
  const locale = getInitialLocale();
  document.documentElement.lang = locale;

  // The refresh cookie is httpOnly: ask the server once whether this tab still has a session.
  const session = new SessionStore(createGraphqlClient());
  void session.restore();

  const messages = await loadMessages(locale);
  const router = createBrowserRouter(routes);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders session={session} createClient={createGraphqlClient} locale={locale} messages={messages}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
