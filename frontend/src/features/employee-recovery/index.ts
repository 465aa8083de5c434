import { lazyComponent } from '../../lib/lazyComponent';

// The pages for a forgotten password or username and the help page, each a chunk of its own. Lazy
// components that render at once when preloaded: the first visit to one of these addresses loads
// its chunk before the first render (EmployeeArea's prepare), so the page is not a loading
// status first (Lighthouse's LCP of the help page on a phone).
export const ForgotPasswordPage = lazyComponent(() => import('./ForgotPasswordPage'), (m) => m.default);
export const ResetPasswordPage = lazyComponent(() => import('./ResetPasswordPage'), (m) => m.default);
export const ForgotUsernamePage = lazyComponent(() => import('./ForgotUsernamePage'), (m) => m.default);
export const LoginHelpPage = lazyComponent(() => import('./LoginHelpPage'), (m) => m.default);
