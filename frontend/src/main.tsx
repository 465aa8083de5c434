import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { AppRoutes, preloadRoutes } from './app/routes';
import { getInitialLocale, loadMessages } from './i18n/locale';
import './app/global.css';

async function start(): Promise<void> {
  const locale = getInitialLocale();
  document.documentElement.lang = locale;

  // The area chunk of this address loads beside the texts (index.html names it for modulepreload,
  // frontend/embed.go), so the first render is the page rather than a loading status.
  const [messages] = await Promise.all([loadMessages(locale), preloadRoutes(window.location.pathname).catch(() => undefined)]);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders locale={locale} messages={messages}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

void start();
