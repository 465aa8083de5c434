import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { getInitialLocale, loadMessages } from './i18n/locale';
import './app/global.css';

async function start(): Promise<void> {
  const locale = getInitialLocale();
  document.documentElement.lang = locale;

  const messages = await loadMessages(locale);
  const router = createBrowserRouter(routes);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders locale={locale} messages={messages}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
