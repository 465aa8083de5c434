import type { ReactNode } from 'react';
import { LocaleProvider } from '../i18n/LocaleProvider';
import type { Locale, Messages } from '../i18n/locale';

export interface AppProvidersProps {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}

/**
 * What every page shares: the language. Sessions and GraphQL clients belong to an app area (staff or
 * employee, see app/routes.tsx) and are mounted by it (lib/session/SessionContext).
 */
export function AppProviders({ locale, messages, children }: AppProvidersProps) {
  return (
    <LocaleProvider initialLocale={locale} initialMessages={messages}>
      {children}
    </LocaleProvider>
  );
}
