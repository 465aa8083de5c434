import type { Cache } from '@urql/exchange-graphcache';
import { useEffect, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { Layout } from '../../components/Layout';
import { LogoutButton } from '../../components/LogoutButton';
import { NotFoundPage } from '../../components/NotFoundPage';
import type { CacheConfig } from '../../lib/graphql/cache';
import { loadSignedInExchanges } from '../../lib/graphql/signedInExchanges';
import { SessionAreaProvider } from '../../lib/session/SessionContext';
// Every page but the sign-in and "access ended" pages is a lazy chunk (see below); the features
// export them as lazy components. The portal's content pages bring their texts (employee-content).
import {
  AbsencePage,
  AnnualStatementsPage,
  DocumentsPage,
  LeavePage,
  LeaveCalendarPage,
  LeaveRequestsPage,
  PayslipPage,
  PayslipsPage,
  PersonalDataPage,
  PortalHome,
  PortalLayout,
  SalaryChartPage,
  SalaryEstimatePage,
  InsurancePage,
  AssistantPage,
  ClaimsPage,
  RegulationsPage,
  MyTeamPage,
  PreboardingPage,
} from '../employee-content';
import { InvitationPage } from '../employee-invitation';
import { AccountPage } from '../employee-portal';
import { ForgotPasswordPage, ForgotUsernamePage, LoginHelpPage, ResetPasswordPage } from '../employee-recovery';
import { AccessEndedPage } from './AccessEndedPage';
import { EmployeeLoginPage } from './EmployeeLoginPage';
import { employeeSession, useEmployeeSession } from './employeeSession';
import { employeeSetLanguageMutation } from './language.graphql';
import { EMPLOYEE_HOME } from './paths';
import { RequireEmployeeSession } from './RequireEmployeeSession';

/*
 * The employee area: everything under /werknemer. This module is its own lazy chunk (app/routes.tsx)
 * and must never import staff or admin code (features/auth, features/admin): shared pieces live in
 * components/, lib/ and i18n/. `npm run build` fails when the sign-in page's JavaScript grows past
 * 120 KB gzip or pulls in the admin chunk (scripts/bundle-report.mjs).
 *
 * The sign-in page and the "access ended" page are in this chunk. Every other page is a lazy chunk of
 * its own, also the public pages a mail links to (invitation, password reset): the sign-in page must
 * stay within its budget, and one extra small request on those pages is the cheaper side of that.
 * The server's mails use these addresses (keep them, see paths.ts): /werknemer/uitnodiging#TOKEN
 * (access mail), /werknemer/wachtwoord-herstellen#TOKEN (password reset), /werknemer/inloggen,
 * /werknemer/wachtwoord-vergeten and /werknemer.
 */

/**
 * Drops fields of `me` (EmployeeMe has no id: graphcache keeps it inside Query.me) so the pages that
 * show them ask the server again.
 */
function invalidateMe(cache: Cache, ...fields: string[]) {
  const me = cache.resolve('Query', 'me');
  if (typeof me !== 'string') return;
  for (const field of fields) cache.invalidate(me, field);
}

/** graphcache additions of the employee area; keep it a module constant. */
const employeeCache: CacheConfig = {
  updates: {
    Mutation: {
      // R25: a new or ended report changes which report is open and the list of reports.
      reportSick: (result, _args, cache) => {
        if ((result['reportSick'] as { sickReport?: unknown } | null)?.sickReport) invalidateMe(cache, 'openSickReport', 'sickReports', 'home');
      },
      reportRecovered: (result, _args, cache) => {
        if ((result['reportRecovered'] as { sickReport?: unknown } | null)?.sickReport) invalidateMe(cache, 'openSickReport', 'sickReports', 'home');
      },
      // R26: the switch as saved.
      setDocumentNotifications: (_result, _args, cache) => invalidateMe(cache, 'documentNotifications'),
      // R26: documents seen are no longer new on the home.
      markDocumentsSeen: (_result, _args, cache) => invalidateMe(cache, 'home'),
    },
  },
};

const signedIn = (page: ReactNode) => <RequireEmployeeSession>{page}</RequireEmployeeSession>;

/**
 * The public pages that are chunks of their own, by their address under /werknemer. Loaded before the
 * first render of such an address (prepare), so the page renders at once instead of suspending:
 * React.lazy would show the loading status first and reveal the page a moment later, which was the
 * help page's LCP on a phone. The server names their chunks for these addresses (vite.config.ts).
 */
const publicPages: Record<string, { preload: () => Promise<void> }> = {
  uitnodiging: InvitationPage,
  'wachtwoord-vergeten': ForgotPasswordPage,
  'wachtwoord-herstellen': ResetPasswordPage,
  'gebruikersnaam-vergeten': ForgotUsernamePage,
  'problemen-met-inloggen': LoginHelpPage,
};

/**
 * Before the first render of an address of the area (app/routes.tsx): makes the session, which starts
 * its restore, and loads the address's page if it is a public page of its own.
 */
export function prepare(pathname: string): Promise<void> {
  employeeSession();
  const page = pathname.startsWith(`${EMPLOYEE_HOME}/`) ? publicPages[pathname.slice(EMPLOYEE_HOME.length + 1).replace(/\/$/, '')] : undefined;
  return page ? page.preload() : Promise.resolve();
}

export default function EmployeeArea() {
  return (
    <SessionAreaProvider store={employeeSession()} cache={employeeCache}>
      <EmployeeShell>
        <Routes>
          <Route path="inloggen" element={<EmployeeLoginPage />} />
          <Route path="uitnodiging" element={<InvitationPage />} />
          <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
          <Route path="gebruikersnaam-vergeten" element={<ForgotUsernamePage />} />
          <Route path="problemen-met-inloggen" element={<LoginHelpPage />} />
          <Route path="toegang-beeindigd" element={<AccessEndedPage />} />
          {/* Every signed-in page shares the portal's navigation (PortalLayout). */}
          <Route element={signedIn(<PortalLayout />)}>
            <Route index element={<PortalHome />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="loonstroken" element={<PayslipsPage />} />
            <Route path="loonstroken/:payslipId" element={<PayslipPage />} />
            <Route path="salarisgrafiek" element={<SalaryChartPage />} />
            <Route path="jaaropgaven" element={<AnnualStatementsPage />} />
            <Route path="verlof" element={<LeavePage />} />
            <Route path="verlof-aanvragen" element={<LeaveRequestsPage />} />
            <Route path="verlofkalender" element={<LeaveCalendarPage />} />
            <Route path="documenten" element={<DocumentsPage />} />
            <Route path="persoonsgegevens" element={<PersonalDataPage />} />
            <Route path="ziek-en-hersteld" element={<AbsencePage />} />
            <Route path="salaris-berekenen" element={<SalaryEstimatePage />} />
            <Route path="verzekeringen" element={<InsurancePage />} />
            <Route path="declaraties" element={<ClaimsPage />} />
            <Route path="assistent" element={<AssistantPage />} />
            <Route path="regelingen" element={<RegulationsPage />} />
            <Route path="mijn-team" element={<MyTeamPage />} />
            <Route path="preboarding" element={<PreboardingPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage homePath={EMPLOYEE_HOME} />} />
        </Routes>
      </EmployeeShell>
    </SessionAreaProvider>
  );
}

/**
 * The page frame: the signed-in employee's name and a sign-out button in the header. A signed-in
 * employee's language switch is saved on the account, so their mails follow it (R46); before
 * signing in the choice stays in the browser only.
 */
function EmployeeShell({ children }: { children: ReactNode }) {
  const session = useEmployeeSession();
  usePreloadWhileRestoring(session.status === 'restoring');
  const signedInViewer = session.status === 'signedIn' ? session.viewer : null;
  const [, saveLanguage] = useMutation(employeeSetLanguageMutation);
  return (
    <Layout
      // Wide: the portal's navigation fits one row at 1366 px (PortalMenu).
      wide
      homePath={EMPLOYEE_HOME}
      userName={signedInViewer?.displayName}
      actions={signedInViewer ? <LogoutButton /> : undefined}
      onLanguageChange={signedInViewer ? (language) => void saveLanguage({ input: { language } }) : undefined}
    >
      {children}
    </Layout>
  );
}

/**
 * While the session is restored after a reload of the home, the signed-in client, the portal's layout
 * and the home page load too: they then render the moment the session is there instead of suspending,
 * and the home's queries start a few round trips and React's reveal throttle earlier (Lighthouse's LCP
 * of the home on a phone). Only on the home, where an employee returns signed in; the sign-in page and
 * the pages a mail links to stay as light as they are. The built index.html names these chunks even
 * sooner, once its early refresh has restored a session (vite/earlyRestoreScript.ts); then these loads
 * find them fetched or under way. Still here for the Vite dev server, which has no inline script, and
 * for a refresh that answers after the area's first render.
 */
function usePreloadWhileRestoring(restoring: boolean) {
  const { pathname } = useLocation();
  const home = pathname === EMPLOYEE_HOME || pathname === `${EMPLOYEE_HOME}/`;
  useEffect(() => {
    if (!restoring || !home) return;
    // A chunk that fails is asked for again where it is needed; nothing to report here.
    for (const load of [loadSignedInExchanges, PortalLayout.preload, PortalHome.preload]) void load().catch(() => undefined);
  }, [restoring, home]);
}
