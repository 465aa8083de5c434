import { lazy } from 'react';

// The pages for a forgotten password or username, each a chunk of its own.
export const ForgotPasswordPage = lazy(() => import('./ForgotPasswordPage'));
export const ResetPasswordPage = lazy(() => import('./ResetPasswordPage'));
export const ForgotUsernamePage = lazy(() => import('./ForgotUsernamePage'));
export const LoginHelpPage = lazy(() => import('./LoginHelpPage'));
