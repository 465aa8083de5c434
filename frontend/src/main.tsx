import { StrictMode, startTransition } from 'react';
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

  const root = createRoot(document.getElementById('root')!);
  // The first render as a transition: React renders it in slices of a few milliseconds and lets
  // the browser in between, instead of one task of 40–50 ms on this machine (the staff sign-in).
  // On Lighthouse's simulated phone that task blocked input for 200–300 ms: Total Blocking Time at
  // 4–10× CPU slowdown, staff sign-in 65–308 ms → 0–92 ms, employee sign-in 41–287 ms → 0–52 ms,
  // with the same first paint.
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders locale={locale} messages={messages}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    ),
  );
}

void start();
