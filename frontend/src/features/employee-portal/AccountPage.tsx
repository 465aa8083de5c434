import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EMPLOYEE_HOME } from '../employee-auth';
import { accountQuery } from './portal.graphql';
import { ChangePassword } from './ChangePassword';
import { ChangeUsername } from './ChangeUsername';
import { OwnDataDownload } from './OwnDataDownload';
import { SignOut } from './SignOut';
import styles from './AccountPage.module.css';

/**
 * /werknemer/account (R12): change the username (unique) and the password (the current one asked); no
 * mail is sent for either. Mijn gegevens downloaden (the own-data ZIP). Sign out here, or everywhere.
 */
export default function AccountPage() {
  const intl = useIntl();
  // Always asked of the server: this is also how an open page learns that access was blocked (R6).
  const [{ data, fetching, error }, reload] = useQuery({ query: accountQuery, requestPolicy: 'network-only' });
  useDocumentTitle('employeePortal.accountPage.title');
  const me = data?.me;

  if (fetching && !me) return <PageStatus />;
  if (!me) {
    return (
      <div className={styles.page}>
        <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} className={forms.alert} />
      </div>
    );
  }

  const personal = [
    me.account.username ?? '',
    me.person.firstName,
    me.person.lastName,
    `${me.person.lastNamePrefix} ${me.person.lastName}`,
    me.person.fullName,
    me.person.email ?? '',
    me.person.birthDate,
    me.employer.name,
  ];

  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link to={EMPLOYEE_HOME}>{intl.formatMessage({ id: 'employeePortal.accountPage.back' })}</Link>
      </p>
      <h1 className={styles.title}>{intl.formatMessage({ id: 'employeePortal.accountPage.title' })}</h1>
      <p className={styles.intro}>{intl.formatMessage({ id: 'employeePortal.accountPage.intro' })}</p>
      <ChangeUsername current={me.account.username ?? ''} onChanged={() => reload({ requestPolicy: 'network-only' })} />
      <ChangePassword personal={personal} />
      <OwnDataDownload />
      <SignOut />
    </div>
  );
}
