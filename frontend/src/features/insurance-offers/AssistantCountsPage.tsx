import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Notice } from '../../components/ui/Notice';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { assistantCountsQuery } from './insuranceOffers.graphql';
import page from './InsuranceOffers.module.css';

/**
 * Assistent (R41) for staff: the anonymous counts of what employees asked, per day and intent, over the
 * last 30 days. No question and no person is stored, so none can be shown. Needs MANAGE_HR_SETTINGS.
 */
export default function AssistantCountsPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('assistantCounts.title');
  const [result] = useQuery({ query: assistantCountsQuery, variables: { employerId: employer.id }, requestPolicy: 'cache-and-network' });
  const counts = result.data?.assistantIntentCounts;
  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'assistantCounts.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'assistantCounts.intro' }, { employer: employer.name })}</p>
      </header>
      {result.error && !counts && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!counts && !result.error && <PageStatus />}
      {counts &&
        (counts.length === 0 ? (
          <p className={styles.muted}>{intl.formatMessage({ id: 'assistantCounts.empty' })}</p>
        ) : (
          <section className={styles.card} aria-labelledby="assistant-counts">
            <h2 id="assistant-counts" className={styles.cardTitle}>
              {intl.formatMessage({ id: 'assistantCounts.table' })}
            </h2>
            <ul className={page.list}>
              {counts.map((c) => (
                <li key={`${c.day}-${c.intent}-${c.answered}`} className={page.item}>
                  <div>
                    <p className={page.name}>{intl.formatMessage({ id: `assistantCounts.intent.${c.intent}` })}</p>
                    <p className={styles.small}>
                      {intl.formatDate(c.day, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })} ·{' '}
                      {intl.formatMessage({ id: 'assistantCounts.answered' })}:{' '}
                      {intl.formatMessage({ id: c.answered ? 'assistantCounts.yes' : 'assistantCounts.no' })}
                    </p>
                  </div>
                  <p className={page.name}>
                    <span className={styles.small}>{intl.formatMessage({ id: 'assistantCounts.count' })}: </span>
                    {c.count}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
