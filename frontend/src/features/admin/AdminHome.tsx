import { useIntl } from 'react-intl';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useStaffViewer } from '../auth/staffSession';
import { rightMessage } from './rights';
import styles from './AdminHome.module.css';

export function AdminHome() {
  const intl = useIntl();
  const viewer = useStaffViewer();
  useDocumentTitle('admin.documentTitle');

  const organisation = viewer.scope === 'EMPLOYER' ? viewer.employer : viewer.provider;

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>
        {intl.formatMessage({ id: 'admin.signedInAs' }, { displayName: viewer.displayName })}
      </h1>

      <div className={styles.grid}>
        <section className={styles.card} aria-labelledby="admin-account">
          <h2 id="admin-account" className={styles.cardTitle}>
            {intl.formatMessage({ id: 'admin.account' })}
          </h2>
          <dl className={styles.details}>
            {viewer.username && (
              <div>
                <dt>{intl.formatMessage({ id: 'admin.username' })}</dt>
                <dd>{viewer.username}</dd>
              </div>
            )}
            {organisation && (
              <div>
                <dt>{intl.formatMessage({ id: `admin.scope.${viewer.scope}` })}</dt>
                <dd>{organisation.name}</dd>
              </div>
            )}
            {viewer.scope === 'EMPLOYER' && viewer.employer && (
              <div>
                <dt>{intl.formatMessage({ id: 'admin.administrationNumber' })}</dt>
                <dd>{viewer.employer.administrationNumber}</dd>
              </div>
            )}
          </dl>
        </section>

        <section className={styles.card} aria-labelledby="admin-rights">
          <h2 id="admin-rights" className={styles.cardTitle}>
            {intl.formatMessage({ id: 'admin.rights' })}
          </h2>
          {viewer.rights.length > 0 ? (
            <ul className={styles.rights}>
              {viewer.rights.map((right) => {
                const { id, values } = rightMessage(right);
                return <li key={right}>{intl.formatMessage({ id }, values)}</li>;
              })}
            </ul>
          ) : (
            <p>{intl.formatMessage({ id: 'admin.rightsNone' })}</p>
          )}
        </section>
      </div>
    </div>
  );
}
