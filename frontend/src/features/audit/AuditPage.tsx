import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useDownload } from '../../lib/download/useDownload';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { DateInput } from '../../components/ui/DateInput';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { FIRST_PAGE, pageLinks, pagingVariables, parsePaging, withPaging } from '../../components/ui/paging';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './actions';
import { auditEventsQuery } from './audit.graphql';
import { AuditEventList, auditRows } from './AuditEventList';
import { auditExportPath } from './exportPath';
import { PersonFilter } from './PersonFilter';
import page from './AuditPage.module.css';

const PAGE_SIZE = 25;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit trail (R27): who did what to whom and when, newest first, filterable by person,
 * action and a range of days; filters and page in the URL (?persoon=…&actie=…&vanaf=…&tot=…&pagina=…).
 * "Exporteren (CSV)" downloads exactly what the filters select, all pages.
 */
export default function AuditPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('audit.title');
  const [params, setParams] = useSearchParams();
  const personId = params.get('persoon') || null;
  const actionParam = params.get('actie') ?? '';
  const action: AuditAction | null = isAuditAction(actionParam) ? actionParam : null;
  const fromParam = params.get('vanaf') ?? '';
  const toParam = params.get('tot') ?? '';
  const from = ISO_DAY.test(fromParam) ? fromParam : null;
  const to = ISO_DAY.test(toParam) ? toParam : null;
  const backwards = !!from && !!to && to < from;
  const range = backwards ? {} : { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const paging = parsePaging(params);
  const { download, busy, failure } = useDownload();
  const filtered = !!(personId || action || from || to);

  const [result] = useQuery({
    query: auditEventsQuery,
    variables: {
      // The trail of this employer only: a provider user's scope spans all its employers (R27).
      employerId: employer.id,
      ...(personId ? { personId } : {}),
      ...(action ? { actions: [action] } : {}),
      ...range,
      ...pagingVariables(paging, PAGE_SIZE),
    },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.auditEvents;
  const events = auditRows(connection);
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, PAGE_SIZE) : null;
  const countText = connection ? intl.formatMessage({ id: 'audit.count' }, { count: connection.totalCount }) : '';

  const setFilter = (key: 'persoon' | 'actie' | 'vanaf' | 'tot', value: string | null) => {
    const next = withPaging(params, FIRST_PAGE);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'audit.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'audit.intro' })}</p>
      </header>
      <section className={`${styles.card} ${page.filters}`} aria-label={intl.formatMessage({ id: 'audit.filters' })}>
        <div className={page.person}>
          <PersonFilter employerId={employer.id} personId={personId} onChange={(id) => setFilter('persoon', id)} />
        </div>
        <div className={page.action}>
          <SelectField<'ALL' | AuditAction>
            label={intl.formatMessage({ id: 'audit.filter.action' })}
            value={action ?? 'ALL'}
            onChange={(value) => setFilter('actie', value === 'ALL' ? null : value)}
            options={[
              { id: 'ALL', label: intl.formatMessage({ id: 'audit.filter.allActions' }) },
              ...AUDIT_ACTIONS.map((a) => ({ id: a, label: intl.formatMessage({ id: `audit.action.${a}` }) })),
            ]}
          />
        </div>
        <div className={page.date}>
          <DateInput
            name="vanaf"
            label={intl.formatMessage({ id: 'audit.filter.from' })}
            value={from ?? ''}
            calendar={{ max: to ?? undefined }}
            onChange={(value) => {
              if (value === '' || ISO_DAY.test(value)) setFilter('vanaf', value || null);
            }}
          />
        </div>
        <div className={page.date}>
          <DateInput
            name="tot"
            label={intl.formatMessage({ id: 'audit.filter.to' })}
            value={to ?? ''}
            calendar={{ min: from ?? undefined }}
            onChange={(value) => {
              if (value === '' || ISO_DAY.test(value)) setFilter('tot', value || null);
            }}
          />
        </div>
        {backwards && (
          <div className={page.wide}>
            <Notice tone="warning">
              <p>{intl.formatMessage({ id: 'audit.filter.backwards' })}</p>
            </Notice>
          </div>
        )}
      </section>
      <section className={styles.stack} aria-labelledby="audit-count">
        <div className={styles.spread}>
          <p id="audit-count" role="status" className={styles.muted} style={{ margin: 0 }}>
            {countText}
          </p>
          {connection && connection.totalCount > 0 && (
            <BusyButton
              className={styles.buttonSecondary}
              isBusy={busy !== null}
              busyLabel={intl.formatMessage({ id: 'audit.export.busy' })}
              onClick={() => void download(auditExportPath({ employerId: employer.id, personId, action, ...(backwards ? { from: null, to: null } : { from, to }) }), 'logboek.csv')}
            >
              {intl.formatMessage({ id: 'audit.export' })}
            </BusyButton>
          )}
        </div>
        {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (events.length > 0 ? (
            <AuditEventList events={events} employerId={employer.id} label={intl.formatMessage({ id: 'audit.title' })} />
          ) : (
            <div className={styles.card}>
              <EmptyState title={intl.formatMessage({ id: filtered ? 'audit.noMatchTitle' : 'audit.emptyTitle' })}>
                <p>{intl.formatMessage({ id: filtered ? 'audit.noMatchBody' : 'audit.emptyBody' })}</p>
              </EmptyState>
            </div>
          ))}
        {connection && links && connection.totalCount > 0 && (
          <Pager
            page={paging.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            previousHref={links.previous}
            nextHref={links.next}
            summary={countText}
          />
        )}
      </section>
    </div>
  );
}
