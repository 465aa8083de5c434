import { Navigate, type RouteObject } from 'react-router';
import { Layout } from '../components/Layout';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageStatus } from '../components/PageStatus';
import { RouteError } from '../components/RouteError';

/*
 * The top of the route tree. Each app area is a lazy chunk with its own session (its own refresh
 * cookie) and its own urql client:
 *
 * - staff:    /inloggen and /beheer/*   → features/auth/StaffArea (the admin pages are a further chunk);
 *             /wachtwoord-vergeten, /uitnodiging, /wachtwoord-herstellen → features/auth/StaffRecovery (R43)
 * - employee: /werknemer/*              → features/employee-auth/EmployeeArea (its own <Routes>)
 *
 * New pages are added inside an area (AdminArea's or EmployeeArea's route table), not here.
 */

const staffArea = () => import('../features/auth/StaffArea');
const staffRecovery = () => import('../features/auth/StaffRecovery');

export const routes: RouteObject[] = [
  {
    path: '/',
    hydrateFallbackElement: <PageStatus />,
    errorElement: (
      <Layout>
        <RouteError />
      </Layout>
    ),
    children: [
      { index: true, element: <Navigate to="/werknemer/inloggen" replace /> },
      {
        lazy: async () => ({ Component: (await staffArea()).StaffShell }),
        children: [
          { path: 'inloggen', lazy: async () => ({ Component: (await staffArea()).StaffLoginRoute }) },
          { path: 'wachtwoord-vergeten', lazy: async () => ({ Component: (await staffRecovery()).StaffForgotPasswordPage }) },
          { path: 'uitnodiging', lazy: async () => ({ Component: (await staffRecovery()).StaffInvitationPage }) },
          { path: 'wachtwoord-herstellen', lazy: async () => ({ Component: (await staffRecovery()).StaffResetPasswordPage }) },
          { path: 'beheer/*', lazy: async () => ({ Component: (await staffArea()).StaffAdminRoute }) },
        ],
      },
      {
        path: 'werknemer/*',
        lazy: async () => ({ Component: (await import('../features/employee-auth/EmployeeArea')).default }),
      },
      {
        path: '*',
        element: (
          <Layout>
            <NotFoundPage />
          </Layout>
        ),
      },
    ],
  },
];
