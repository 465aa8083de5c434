import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../i18n/catalogue';
import { EMPLOYEE_FORGOT_PASSWORD, EMPLOYEE_FORGOT_USERNAME, EMPLOYEE_LOGIN, EMPLOYEE_LOGIN_HELP } from '../employee-auth';
import { Card } from './InvitationCard';
import type { InvitationView } from './linkState';
import styles from './InvitationPage.module.css';

const STATE_TEXTS: Record<
  Exclude<InvitationView, 'birthDate' | 'credentials'>,
  { title: MessageId; body: MessageId; next: MessageId }
> = {
  expired: {
    title: 'employeeInvitation.expired.title',
    body: 'employeeInvitation.expired.body',
    next: 'employeeInvitation.expired.next',
  },
  withdrawn: {
    title: 'employeeInvitation.withdrawn.title',
    body: 'employeeInvitation.withdrawn.body',
    next: 'employeeInvitation.withdrawn.next',
  },
  replaced: {
    title: 'employeeInvitation.replaced.title',
    body: 'employeeInvitation.replaced.body',
    next: 'employeeInvitation.replaced.next',
  },
  burned: {
    title: 'employeeInvitation.burned.title',
    body: 'employeeInvitation.burned.body',
    next: 'employeeInvitation.burned.next',
  },
  blocked: {
    title: 'employeeInvitation.blocked.title',
    body: 'employeeInvitation.blocked.body',
    next: 'employeeInvitation.blocked.next',
  },
  used: {
    title: 'employeeInvitation.used.title',
    body: 'employeeInvitation.used.body',
    next: 'employeeInvitation.used.next',
  },
  notFound: {
    title: 'employeeInvitation.notFound.title',
    body: 'employeeInvitation.notFound.body',
    next: 'employeeInvitation.notFound.next',
  },
};

/** The page for a link that cannot be used (any more), with what to do next. */
export function LinkStatePage({
  view,
  employer,
  expiresAt,
}: {
  view: Exclude<InvitationView, 'birthDate' | 'credentials'>;
  employer: string | null;
  expiresAt: string | null;
}) {
  const intl = useIntl();
  const texts = STATE_TEXTS[view];
  const values = {
    employer: employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' }),
    date: expiresAt ? intl.formatDate(expiresAt, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '',
  };
  return (
    <Card titleId={texts.title}>
      <div className={styles.state} data-view={view}>
        <p>{intl.formatMessage({ id: texts.body }, values)}</p>
        <p className={styles.next}>
          <strong>{intl.formatMessage({ id: 'employeeInvitation.next' })}</strong> {intl.formatMessage({ id: texts.next }, values)}
        </p>
      </div>
      <ul className={styles.actions}>
        {view === 'used' ? (
          <>
            <li>
              <Link className={styles.primaryLink} to={EMPLOYEE_LOGIN}>
                {intl.formatMessage({ id: 'employeeInvitation.toLogin' })}
              </Link>
            </li>
            <li>
              <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
            </li>
            <li>
              <Link to={EMPLOYEE_FORGOT_PASSWORD}>{intl.formatMessage({ id: 'employeeAuth.login.forgotPassword' })}</Link>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to={EMPLOYEE_LOGIN}>{intl.formatMessage({ id: 'employeeInvitation.haveAccount' })}</Link>
            </li>
            <li>
              <Link to={EMPLOYEE_LOGIN_HELP}>{intl.formatMessage({ id: 'employeeAuth.login.help' })}</Link>
            </li>
          </>
        )}
      </ul>
    </Card>
  );
}
