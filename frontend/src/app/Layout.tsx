import { Suspense, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { LogoutButton } from '../features/auth/LogoutButton';
import { useSession } from '../features/auth/SessionContext';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { PageStatus } from './PageStatus';
import styles from './Layout.module.css';

/** Header (brand, language, account) and the main landmark every page renders into. */
export function Layout() {
  const intl = useIntl();
  const session = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  // After client-side navigation, start screen-reader and keyboard users at the new page's content.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        {intl.formatMessage({ id: 'app.skipToContent' })}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to="/" className={styles.brand}>
            <svg className={styles.logo} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path
                d="M7 10h3.2l2.3 9.2L15 10h2l2.5 9.2L21.8 10H25l-4 13h-3l-2-7.6-2 7.6h-3z"
                className={styles.logoMark}
              />
            </svg>
            {intl.formatMessage({ id: 'app.name' })}
          </Link>
          <div className={styles.actions}>
            {session.status === 'signedIn' && (
              <span className={styles.user}>{session.viewer.displayName}</span>
            )}
            <LanguageSwitcher />
            {session.status === 'signedIn' && <LogoutButton />}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        <Suspense fallback={<PageStatus />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
