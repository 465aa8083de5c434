import { useMemo, type ReactNode } from 'react';
import { Provider as GraphqlProvider, type Client } from 'urql';
import { SessionProvider, useSession } from '../features/auth/SessionContext';
import type { SessionStore } from '../features/auth/session';
import { LocaleProvider } from '../i18n/LocaleProvider';
import type { Locale, Messages } from '../i18n/locale';

export interface AppProvidersProps {
  session: SessionStore;
  /** Makes the client for data queries; a new one per signed-in viewer, so no cache survives a logout. */
  createClient: () => Client;
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}

export function AppProviders({ session, createClient, locale, messages, children }: AppProvidersProps) {
  return (
    <LocaleProvider initialLocale={locale} initialMessages={messages}>
      <SessionProvider store={session}>
        <ViewerScopedGraphql createClient={createClient}>{children}</ViewerScopedGraphql>
      </SessionProvider>
    </LocaleProvider>
  );
}

function ViewerScopedGraphql({ createClient, children }: { createClient: () => Client; children: ReactNode }) {
  const session = useSession();
  const viewerId = session.status === 'signedIn' ? session.viewer.id : null;
  // viewerId is a deliberate extra dependency: a fresh cache per viewer.
  const client = useMemo(() => createClient(), [createClient, viewerId]);
  return <GraphqlProvider value={client}>{children}</GraphqlProvider>;
}
