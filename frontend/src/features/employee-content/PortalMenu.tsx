import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useSearchParams } from 'react-router';
import type { PortalFeature } from '../../gql/graphql';
import { EMPLOYEE_HOME } from '../employee-auth';
import { activePages, pageOf, withEmployment } from './features';
import styles from './PortalMenu.module.css';

/**
 * The portal's navigation, the same on every signed-in page (the home, the account and every content
 * page): Start and the pages of the features the employer activated (R22). A disclosure on phones and
 * tablets; one row from 64rem up (the labels are the short menu labels, so all of them fit at 1366 px).
 * A new hire whose checklist is open (R38) has only the checklist: there is nothing else for them yet.
 */
export function PortalMenu({ features, newHire = false }: { features: readonly PortalFeature[]; newHire?: boolean }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const link = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.link} ${styles.active}` : styles.link);
  return (
    <nav className={styles.menu} aria-label={intl.formatMessage({ id: 'employeeContent.menu.label' })}>
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className={styles.icon} data-open={open || undefined} />
        {intl.formatMessage({ id: 'employeeContent.menu.toggle' })}
      </button>
      <ul id={listId} className={styles.list} data-open={open || undefined}>
        {!newHire && (
          <li>
            <NavLink to={withEmployment(EMPLOYEE_HOME, params)} end className={link} onClick={() => setOpen(false)}>
              {intl.formatMessage({ id: 'employeeContent.menu.home' })}
            </NavLink>
          </li>
        )}
        {(newHire ? [pageOf('PREBOARDING')] : activePages(features)).map((page) => (
          <li key={page.feature}>
            <NavLink to={withEmployment(page.path, params)} className={link} onClick={() => setOpen(false)}>
              {intl.formatMessage({ id: page.menu })}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
