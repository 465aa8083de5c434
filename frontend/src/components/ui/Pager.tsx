import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import styles from './ui.module.css';

export interface PagerProps {
  /** 1-based page shown now. */
  page: number;
  pageSize: number;
  totalCount: number;
  /** Where "previous" and "next" lead (a URL with the cursor), or null at either end. */
  previousHref: string | null;
  nextHref: string | null;
  /** What the list holds, for the summary: "41 dienstverbanden". */
  summary: string;
}

/** Relay paging as links (shareable, reloadable): "Pagina 2 van 3 · 41 dienstverbanden", Vorige / Volgende. */
export function Pager({ page, pageSize, totalCount, previousHref, nextHref, summary }: PagerProps) {
  const intl = useIntl();
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav className={styles.pager} aria-label={intl.formatMessage({ id: 'adminUi.pager.label' })}>
      <p className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'adminUi.pager.summary' }, { page: Math.min(page, pageCount), pageCount, summary })}
      </p>
      {(previousHref || nextHref) && (
        <div className={styles.pagerButtons}>
          {previousHref ? (
            <Link className={styles.buttonSecondary} to={previousHref} rel="prev">
              {intl.formatMessage({ id: 'adminUi.pager.previous' })}
            </Link>
          ) : (
            <span className={styles.buttonSecondary} aria-disabled="true" data-disabled>
              {intl.formatMessage({ id: 'adminUi.pager.previous' })}
            </span>
          )}
          {nextHref ? (
            <Link className={styles.buttonSecondary} to={nextHref} rel="next">
              {intl.formatMessage({ id: 'adminUi.pager.next' })}
            </Link>
          ) : (
            <span className={styles.buttonSecondary} aria-disabled="true" data-disabled>
              {intl.formatMessage({ id: 'adminUi.pager.next' })}
            </span>
          )}
        </div>
      )}
    </nav>
  );
}
