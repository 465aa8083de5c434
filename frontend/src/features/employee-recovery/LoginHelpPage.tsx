import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocale } from '../../i18n/LocaleProvider';
import { EMPLOYEE_FORGOT_PASSWORD, EMPLOYEE_FORGOT_USERNAME, EMPLOYEE_LOGIN } from '../employee-auth';
import { faqSegments, type Faq, type FaqLink } from './faq';
import faqEn from './faq.en.json';
import faqNl from './faq.nl.json';
import styles from './Recovery.module.css';
import { withRecoveryMessages } from './RecoveryMessages';

const FAQ: Record<'nl' | 'en', Faq> = { nl: faqNl, en: faqEn };

const LINK_PATHS: Record<FaqLink, string> = {
  forgotPassword: EMPLOYEE_FORGOT_PASSWORD,
  forgotUsername: EMPLOYEE_FORGOT_USERNAME,
  login: EMPLOYEE_LOGIN,
};

function Rich({ text }: { text: string }) {
  return (
    <>
      {faqSegments(text).map((segment, index) =>
        'link' in segment ? (
          <Link key={index} to={LINK_PATHS[segment.link]}>
            {segment.text}
          </Link>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * /werknemer/problemen-met-inloggen, "Problemen met inloggen?" of the login screen (R10, R11): the
 * answers of the employees' FAQ about signing in, adapted to this portal (a chosen username, R4; a lock
 * of an hour, R13; one login for all employments, R18). Each question is bookmarkable by its anchor.
 */
function LoginHelpPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const location = useLocation();
  const faq = FAQ[locale];
  const opened = location.hash.slice(1);
  useDocumentTitle('employeeRecovery.help.documentTitle');

  return (
    <div className={styles.help}>
      <h1 className={styles.helpTitle}>{faq.title}</h1>
      <p className={styles.helpIntro}>{faq.intro}</p>

      <nav className={styles.quick} aria-labelledby="help-quick">
        <h2 id="help-quick">{faq.quickTitle}</h2>
        <ul>
          <li>
            <Link to={EMPLOYEE_FORGOT_USERNAME}>{intl.formatMessage({ id: 'employeeAuth.login.forgotUsername' })}</Link>
          </li>
          <li>
            <Link to={EMPLOYEE_FORGOT_PASSWORD}>{intl.formatMessage({ id: 'employeeAuth.login.forgotPassword' })}</Link>
          </li>
          <li>
            <Link to={EMPLOYEE_LOGIN}>{intl.formatMessage({ id: 'employeeRecovery.toLogin' })}</Link>
          </li>
        </ul>
      </nav>

      <div className={styles.faq}>
        {faq.items.map((item) => (
          <details key={item.id} id={item.id} open={item.id === opened || undefined}>
            <summary>{item.question}</summary>
            <div className={styles.answer}>
              {item.answer.map((block, index) =>
                'steps' in block ? (
                  <ol key={index}>
                    {block.steps.map((step, n) => (
                      <li key={n}>
                        <Rich text={step} />
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p key={index}>
                    <Rich text={block.p} />
                  </p>
                ),
              )}
            </div>
          </details>
        ))}
      </div>
    </div>
  );
}

// With its texts, which travel with this chunk rather than the entry (the sign-in page's budget).
export default withRecoveryMessages(LoginHelpPage);
