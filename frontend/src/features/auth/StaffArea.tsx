import { useMutation } from 'urql';
import { LogoutButton } from '../../components/LogoutButton';
import { Layout } from '../../components/Layout';
import { SessionAreaProvider } from '../../lib/session/SessionContext';
// The admin area is a separate chunk, fetched only once a staff user is signed in.
import { AdminArea } from '../admin';
import { LoginPage } from './LoginPage';
import { RequireStaffSession } from './RequireStaffSession';
import { staffCache } from './staffCache';
import { staffSetLanguageMutation } from './staffLanguage.graphql';
import { StaffMessages } from './StaffMessages';
import { staffSession, useStaffSession } from './staffSession';

/*
 * The staff area: /inloggen and /beheer/*. This module is its own lazy chunk (see app/routes.tsx),
 * so the employee pages never load it; the admin pages behind the sign-in are a further chunk.
 */


/** Before the first render of an address of the area (app/routes.tsx): makes the session, which starts its restore. */
export function prepare(): void {
  staffSession();
}

/** Layout route of the staff area: its session, its data client, its texts and the header. */
export function StaffShell() {
  return (
    <SessionAreaProvider store={staffSession()} cache={staffCache}>
      <StaffMessages>
        <StaffLayout />
      </StaffMessages>
    </SessionAreaProvider>
  );
}

function StaffLayout() {
  const session = useStaffSession();
  const signedIn = session.status === 'signedIn';
  // A signed-in staff user's language switch is saved on the user, so the mails to them follow it (R46).
  const [, saveLanguage] = useMutation(staffSetLanguageMutation);
  return (
    <Layout
      homePath="/beheer"
      userName={signedIn ? session.viewer.displayName : undefined}
      userPath={signedIn ? '/beheer/account' : undefined}
      actions={signedIn ? <LogoutButton /> : undefined}
      onLanguageChange={signedIn ? (language) => void saveLanguage({ input: { language } }) : undefined}
    />
  );
}

/** /inloggen */
export function StaffLoginRoute() {
  return <LoginPage />;
}

/** /beheer/* */
export function StaffAdminRoute() {
  return (
    <RequireStaffSession>
      <AdminArea />
    </RequireStaffSession>
  );
}
