import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import forms from '../../components/forms.module.css';
import type { MessageId } from '../../i18n/catalogue';
import styles from './InvitationPage.module.css';

/** The card every state of the invitation page is shown in, with its title as the page title. */
export function Card({ titleId, titleValues, children }: { titleId: MessageId; titleValues?: Record<string, string>; children: ReactNode }) {
  const intl = useIntl();
  useDocumentTitle(titleId, titleValues);
  return (
    <div className={forms.page}>
      <div className={`${forms.card} ${styles.card}`}>
        <h1 className={forms.title}>{intl.formatMessage({ id: titleId }, titleValues)}</h1>
        {children}
      </div>
    </div>
  );
}

/** The card of a valid link: who invites, the two steps with the current one marked, and until when the link works. */
export function Welcome({
  employer,
  expiresAt,
  step,
  children,
}: {
  employer: string | null;
  expiresAt: string | null;
  step: 1 | 2;
  children: ReactNode;
}) {
  const intl = useIntl();
  const name = employer ?? intl.formatMessage({ id: 'employeeInvitation.yourEmployer' });
  return (
    <Card titleId="employeeInvitation.welcome.title">
      <p className={forms.intro}>{intl.formatMessage({ id: 'employeeInvitation.welcome.intro' }, { employer: name })}</p>
      <ol className={styles.steps} aria-label={intl.formatMessage({ id: 'employeeInvitation.steps.label' })}>
        <li aria-current={step === 1 ? 'step' : undefined} data-done={step > 1 || undefined}>
          {intl.formatMessage({ id: 'employeeInvitation.steps.birthDate' })}
        </li>
        <li aria-current={step === 2 ? 'step' : undefined}>{intl.formatMessage({ id: 'employeeInvitation.steps.credentials' })}</li>
      </ol>
      {children}
      {expiresAt && (
        <p className={styles.validUntil}>
          {intl.formatMessage(
            { id: 'employeeInvitation.welcome.validUntil' },
            { date: intl.formatDate(expiresAt, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }) },
          )}
        </p>
      )}
    </Card>
  );
}

