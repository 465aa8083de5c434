import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '../../components/Layout';
import { NotFoundPage } from '../../components/NotFoundPage';
import type { CacheConfig } from '../../lib/graphql/cache';
import { SessionAreaProvider } from '../../lib/session/SessionContext';
import { EmployeeLoginPage } from './EmployeeLoginPage';
import { employeeSession } from './employeeSession';
import { EMPLOYEE_HOME } from './paths';
import { RequireEmployeeSession } from './RequireEmployeeSession';

/*
 * The employee area: everything under /werknemer. This module is its own lazy chunk (app/routes.tsx)
 * and must never import staff or admin code (features/auth, features/admin): shared pieces live in
 * components/, lib/ and i18n/. `npm run build` fails when the sign-in page's JavaScript grows past
 * 170 KB gzip or pulls in the admin chunk (scripts/bundle-report.mjs).
 *
 * Public pages that a mail links to belong here, in this chunk, so they open in one request. The
 * server's mails use these addresses (keep them): /werknemer/uitnodiging#TOKEN (access mail),
 * /werknemer/wachtwoord-herstellen#TOKEN (password reset), /werknemer/inloggen,
 * /werknemer/wachtwoord-vergeten and /werknemer. Pages behind the sign-in are lazy chunks of their own.
 */

const PortalHome = lazy(() => import('../employee-portal/PortalHome'));

/** graphcache additions of the employee area; keep it a module constant. */
const employeeCache: CacheConfig = {};

export default function EmployeeArea() {
  return (
    <SessionAreaProvider store={employeeSession()} cache={employeeCache}>
      <Layout homePath={EMPLOYEE_HOME}>
        <Routes>
          <Route path="inloggen" element={<EmployeeLoginPage />} />
          <Route
            index
            element={
              <RequireEmployeeSession>
                <PortalHome />
              </RequireEmployeeSession>
            }
          />
          <Route path="*" element={<NotFoundPage homePath={EMPLOYEE_HOME} />} />
        </Routes>
      </Layout>
    </SessionAreaProvider>
  );
}
