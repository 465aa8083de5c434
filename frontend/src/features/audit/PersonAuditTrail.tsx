import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { employerPath } from '../employers';
import { auditEventsQuery } from './audit.graphql';
import { AuditEventList, auditRows } from './AuditEventList';

const RECENT = 10;

/** The Logboek tab of a person: the newest events about this person (R27). */
export function PersonAuditTrail({ personId, employerId }: { personId: string; employerId: string }) {
  const intl = useIntl();
  const [result] = useQuery({
    query: auditEventsQuery,
    variables: { personId, first: RECENT },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.auditEvents;
  const events = auditRows(connection);
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="person-audit-title">
      <div className={styles.spread}>
        <h2 id="person-audit-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'audit.person.title' })}
        </h2>
        {connection && connection.totalCount > 0 && (
          <Link to={`${employerPath(employerId, 'logboek')}?persoon=${encodeURIComponent(personId)}`}>
            {intl.formatMessage({ id: 'audit.person.all' }, { count: connection.totalCount })}
          </Link>
        )}
      </div>
      {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {connection &&
        (events.length > 0 ? (
          <AuditEventList events={events} employerId={employerId} label={intl.formatMessage({ id: 'audit.person.title' })} />
        ) : (
          <EmptyState title={intl.formatMessage({ id: 'audit.person.emptyTitle' })}>
            <p>{intl.formatMessage({ id: 'audit.person.emptyBody' })}</p>
          </EmptyState>
        ))}
    </section>
  );
}
