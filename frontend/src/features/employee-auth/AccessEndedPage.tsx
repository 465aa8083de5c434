import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import { EMPLOYEE_LOGIN } from './paths';

/**
 * /werknemer/toegang-beeindigd: the employer blocked access while the portal was open (R6). The
 * session is already gone (and with it the area's cached data); this page only explains what happened
 * and what the employee can do. A block can be lifted, after which the same username and password work.
 */
export function AccessEndedPage() {
  const intl = useIntl();
  useDocumentTitle('employeeAuth.ended.title');
  return (
    <div className={forms.page}>
      <div className={forms.card}>
        <h1 className={forms.title}>{intl.formatMessage({ id: 'employeeAuth.ended.title' })}</h1>
        <p>{intl.formatMessage({ id: 'employeeAuth.ended.body' })}</p>
        <p>{intl.formatMessage({ id: 'employeeAuth.ended.next' })}</p>
        <p>
          <Link to={EMPLOYEE_LOGIN}>{intl.formatMessage({ id: 'employeeAuth.ended.login' })}</Link>
        </p>
      </div>
    </div>
  );
}
