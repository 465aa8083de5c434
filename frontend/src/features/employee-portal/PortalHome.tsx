import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { LogoutButton } from '../../components/LogoutButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { portalHomeQuery } from './portal.graphql';
import styles from './PortalHome.module.css';

/** /werknemer: the signed-in employee's start page. */
export default function PortalHome() {
  const intl = useIntl();
  const [{ data, fetching, error }] = useQuery({ query: portalHomeQuery });
  useDocumentTitle('employeePortal.home.documentTitle');

  const me = data?.me;
  if (fetching && !me) return <PageStatus />;

  return (
    <div className={styles.page}>
      {me ? (
        <section className={styles.welcome} aria-labelledby="portal-welcome">
          <h1 id="portal-welcome" className={styles.title}>
            {intl.formatMessage({ id: 'employeePortal.home.welcome' }, { name: me.person.firstName })}
          </h1>
          <p className={styles.employer}>
            {intl.formatMessage({ id: 'employeePortal.home.employer' }, { employer: me.employer.name })}
          </p>
        </section>
      ) : (
        <div role="alert" className={styles.alert}>
          {intl.formatMessage({ id: error ? messageIdForCombinedError(error) : 'error.generic' })}
        </div>
      )}
      <div className={styles.actions}>
        <LogoutButton variant="plain" />
      </div>
    </div>
  );
}
