import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage, STAFF_HOME } from '../features/auth/LoginPage';
import { RequireStaffSession } from '../features/auth/RequireStaffSession';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// The admin area is a separate chunk; the login page and the shell stay in the entry chunk.
const AdminArea = lazy(() => import('../features/admin/AdminArea'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to={STAFF_HOME} replace /> },
      { path: 'inloggen', element: <LoginPage /> },
      {
        path: 'beheer/*',
        element: (
          <RequireStaffSession>
            <AdminArea />
          </RequireStaffSession>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
