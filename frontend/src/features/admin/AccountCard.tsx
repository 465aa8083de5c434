import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useStaffViewer } from '../auth';
import { rightMessage } from './rights';
import styles from '../../components/ui/ui.module.css';

/** The signed-in staff user: username, organisation and rights. */
export function AccountCard() {
  const intl = useIntl();
  const viewer = useStaffViewer();
  const organisation = viewer.scope === 'EMPLOYER' ? viewer.employer : viewer.provider;
  return (
    <section className={styles.card} aria-labelledby="admin-account">
      <h2 id="admin-account" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'admin.account' })}
      </h2>
      <dl className={styles.details}>
        {viewer.username && (
          <>
            <dt>{intl.formatMessage({ id: 'admin.username' })}</dt>
            <dd>{viewer.username}</dd>
          </>
        )}
        {organisation && (
          <>
            <dt>{intl.formatMessage({ id: `admin.scope.${viewer.scope}` })}</dt>
            <dd>{organisation.name}</dd>
          </>
        )}
      </dl>
      <h3 className={styles.sectionTitle} style={{ marginTop: '1rem' }}>
        {intl.formatMessage({ id: 'admin.rights' })}
      </h3>
      {viewer.rights.length > 0 ? (
        <ul aria-label={intl.formatMessage({ id: 'admin.rights' })} style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {viewer.rights.map((right) => {
            const { id, values } = rightMessage(right);
            return <li key={right}>{intl.formatMessage({ id }, values)}</li>;
          })}
        </ul>
      ) : (
        <p className={styles.muted}>{intl.formatMessage({ id: 'admin.rightsNone' })}</p>
      )}
      <p style={{ marginTop: '1rem' }}>
        <Link to="/beheer/account">{intl.formatMessage({ id: 'admin.accountLink' })}</Link>
      </p>
      {viewer.scope === 'PROVIDER' && viewer.provider && viewer.rights.includes('MANAGE_USERS') && (
        <p style={{ marginTop: '1rem' }}>
          <Link to="/beheer/gebruikers">{intl.formatMessage({ id: 'staffUsers.providerLink' }, { provider: viewer.provider.name })}</Link>
        </p>
      )}
    </section>
  );
}
