import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import type { Locale } from '../i18n/locale';
import { PageStatus } from './PageStatus';
import styles from './Layout.module.css';

export interface LayoutProps {
  /** Where the brand in the header leads: the area's start page. */
  homePath?: string;
  /** The signed-in user's name, shown in the header on wider screens. */
  userName?: string | undefined;
  /** Where the user's name leads (their account page), if anywhere. */
  userPath?: string | undefined;
  /** Buttons at the end of the header, after the language switch (e.g. <LogoutButton />). */
  actions?: ReactNode;
  /** The page; defaults to the route's <Outlet />. */
  children?: ReactNode;
  /** Called when the user switches the language, e.g. to save the choice on the account (R46). */
  onLanguageChange?: ((locale: Locale) => void) | undefined;
  /** A wider frame (80rem instead of 72rem), for an area whose navigation needs one row at 1366 px. */
  wide?: boolean;
}

/** Header (brand, account, language) and the main landmark every page renders into. */
export function Layout({ homePath = '/', userName, userPath, actions, children, onLanguageChange, wide = false }: LayoutProps) {
  const intl = useIntl();
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
    <div className={styles.shell} data-wide={wide || undefined}>
      <a className={styles.skipLink} href="#main">
        {intl.formatMessage({ id: 'app.skipToContent' })}
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to={homePath} className={styles.brand}>
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
            {userName &&
              (userPath ? (
                <Link to={userPath} className={styles.user}>
                  {userName}
                </Link>
              ) : (
                <span className={styles.user}>{userName}</span>
              ))}
            <LanguageSwitcher onChange={onLanguageChange} />
            {actions}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        <Suspense fallback={<PageStatus />}>{children ?? <Outlet />}</Suspense>
      </main>
    </div>
  );
}

