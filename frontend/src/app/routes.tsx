import { Component, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../components/Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageStatus } from '../components/PageStatus';
import { RouteError } from '../components/RouteError';
import { lazyComponent } from '../lib/lazyComponent';

/*
 * The top of the route tree. Each app area is a lazy chunk with its own session (its own refresh
 * cookie) and its own urql client:
 *
 * - staff:    /inloggen and /beheer/*   → features/auth/StaffArea (the admin pages are a further chunk);
 *             /wachtwoord-vergeten, /uitnodiging, /wachtwoord-herstellen → features/auth/StaffRecovery (R43)
 * - employee: /werknemer/*              → features/employee-auth/EmployeeArea (its own <Routes>)
 *
 * New pages are added inside an area (AdminArea's or EmployeeArea's route table), not here.
 *
 * Declarative routes (<BrowserRouter>, <Routes>), not react-router's data router: the app uses no
 * loaders, actions, fetchers or blockers, and the data router is some 16 KB gzip of the JavaScript
 * every page — the employee sign-in page too (R24, budget in scripts/bundle-report.mjs) — downloads
 * before it can render. Navigation still runs in a transition (react-router wraps it), so a lazy page
 * keeps the old one on screen until its chunk has arrived, as the data router's lazy routes did.
 */

const staffArea = () => import('../features/auth/StaffArea');
const staffRecovery = () => import('../features/auth/StaffRecovery');

const StaffShell = lazyComponent(staffArea, (m) => m.StaffShell);
const StaffLoginRoute = lazyComponent(staffArea, (m) => m.StaffLoginRoute);
const StaffAdminRoute = lazyComponent(staffArea, (m) => m.StaffAdminRoute);
const StaffForgotPasswordPage = lazyComponent(staffRecovery, (m) => m.StaffForgotPasswordPage);
const StaffInvitationPage = lazyComponent(staffRecovery, (m) => m.StaffInvitationPage);
const StaffResetPasswordPage = lazyComponent(staffRecovery, (m) => m.StaffResetPasswordPage);
const employeeArea = () => import('../features/employee-auth/EmployeeArea');
const EmployeeArea = lazyComponent(employeeArea, (m) => m.default);

/** The lazy routes a first visit to `path` renders, to be loaded before (or while) it renders. */
export function preloadRoutes(path: string): Promise<unknown> {
  const first = path.split('/')[1] ?? '';
  const preloads: Record<string, Array<{ preload: () => Promise<void> }>> = {
    '': [EmployeeArea], // / redirects to the employee sign-in page
    werknemer: [EmployeeArea],
    inloggen: [StaffShell, StaffLoginRoute],
    beheer: [StaffShell, StaffAdminRoute],
    'wachtwoord-vergeten': [StaffShell, StaffForgotPasswordPage],
    uitnodiging: [StaffShell, StaffInvitationPage],
    'wachtwoord-herstellen': [StaffShell, StaffResetPasswordPage],
  };
  const loads: Array<Promise<unknown>> = (preloads[first] ?? []).map((route) => route.preload());
  // The area's session is made, and starts its restore, as soon as the area's chunk is there: the
  // refresh goes out before the first render rather than from it, and making the store and its
  // client is not part of the render's long task (Lighthouse's TBT on a phone). The employee area
  // also loads the public page of the address if it is a chunk of its own (the help page, the invitation).
  if (first === '' || first === 'werknemer') loads.push(employeeArea().then((m) => m.prepare(path)));
  else if (preloads[first]?.includes(StaffShell)) loads.push(staffArea().then((m) => m.prepare()));
  return Promise.all(loads);
}

export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageStatus />}>
        <Routes>
          <Route index element={<Navigate to="/werknemer/inloggen" replace />} />
          <Route element={<StaffShell />}>
            <Route path="inloggen" element={<StaffLoginRoute />} />
            <Route path="wachtwoord-vergeten" element={<StaffForgotPasswordPage />} />
            <Route path="uitnodiging" element={<StaffInvitationPage />} />
            <Route path="wachtwoord-herstellen" element={<StaffResetPasswordPage />} />
            <Route path="beheer/*" element={<StaffAdminRoute />} />
          </Route>
          <Route path="werknemer/*" element={<EmployeeArea />} />
          <Route
            path="*"
            element={
              <Layout>
                <NotFoundPage />
              </Layout>
            }
          />
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}

/**
 * What the data router's errorElement did: a page that crashed while rendering, or whose chunk failed
 * to load, shows RouteError in the page frame; the next navigation tries again.
 */
function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <ErrorBoundary resetKey={location.key}>{children}</ErrorBoundary>;
}

class ErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: unknown; resetKey: string; failed: boolean }> {
  override state = { error: null as unknown, resetKey: this.props.resetKey, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { resetKey: string; failed: boolean }) {
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, error: null, failed: false } : null;
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Layout>
        <RouteError error={this.state.error} />
      </Layout>
    );
  }
}
