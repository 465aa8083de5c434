import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { ResponsiveTable, type ResponsiveColumn } from '../../components/ui/ResponsiveTable';
import styles from '../../components/ui/ui.module.css';
import { useRights } from '../auth';
import { useEmployer } from '../employers';
import { LeaveCorrectionForm, leaveProducts, WorkPatternPanel } from '../leave-scheme';
import { employmentLeaveBalancesQuery, leaveEntriesQuery } from './leaveQueue.graphql';
import page from './LeaveQueuePage.module.css';

const PAGE_SIZE = 25;

export interface LedgerEmployment {
  id: string;
  employeeNumber: number;
}

/**
 * The person page's Verlof tab (R28, R29): per employment the work pattern (changed by
 * MANAGE_HR_SETTINGS), a correction to book (MANAGE_PAYROLL_DATA, with Verlofregeling or
 * Verlofregistratie), and per leave type the balance, summed from the ledger, and the ledger itself —
 * every entry with its date, kind, hours, source (the request it was booked for, an opening balance,
 * the job, staff or an integration) and reason, newest first, a page at a time.
 */
export default function PersonLeaveLedger({ employments }: { employments: readonly LedgerEmployment[] }) {
  const intl = useIntl();
  if (employments.length === 0) {
    return (
      <div className={styles.card}>
        <EmptyState title={intl.formatMessage({ id: 'leaveLedger.noEmployments' })} />
      </div>
    );
  }
  return (
    <div className={styles.stack}>
      {employments.map((e) => (
        <EmploymentLedger key={e.id} employment={e} />
      ))}
    </div>
  );
}

function EmploymentLedger({ employment }: { employment: LedgerEmployment }) {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  const products = leaveProducts(employer);
  // A booked correction shows at once: the balances again from the server, the entry lists anew.
  const [version, setVersion] = useState(0);
  const [result, refetch] = useQuery({ query: employmentLeaveBalancesQuery, variables: { employmentId: employment.id }, requestPolicy: 'cache-and-network' });
  const balances = result.data?.leaveLedger.balances;
  const shown = (balances ?? []).filter(
    (b) => b.accruedHours !== 0 || b.takenHours !== 0 || b.plannedHours !== 0 || b.correctedHours !== 0 || b.expiredHours !== 0,
  );
  const titleId = `ledger-${employment.id}`;
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'leaveLedger.employment' }, { number: employment.employeeNumber })}
      </h2>
      {products.workPattern && <WorkPatternPanel employmentId={employment.id} canEdit={rights.has('MANAGE_HR_SETTINGS')} />}
      {products.scheme && rights.has('MANAGE_PAYROLL_DATA') && (
        <LeaveCorrectionForm
          employmentId={employment.id}
          employerId={employer.id}
          onBooked={() => {
            refetch({ requestPolicy: 'network-only' });
            setVersion((v) => v + 1);
          }}
        />
      )}
      {result.error && !balances && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!balances && result.fetching && <PageStatus />}
      {balances && shown.length === 0 && <p className={styles.muted}>{intl.formatMessage({ id: 'leaveLedger.empty' })}</p>}
      {shown.map((b) => (
        <TypeLedger key={`${b.leaveType.id}-${version}`} employmentId={employment.id} typeId={b.leaveType.id} typeName={b.leaveType.name} balance={b.balanceHours} />
      ))}
    </section>
  );
}

interface EntryRow {
  id: string;
  date: string;
  kind: string;
  hours: number;
  source: string;
  reason: string;
  request: { firstDay: string; lastDay: string } | null | undefined;
}

function TypeLedger({ employmentId, typeId, typeName, balance }: { employmentId: string; typeId: string; typeName: string; balance: number }) {
  const intl = useIntl();
  const format = useFormat();
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors[cursors.length - 1];
  const [result] = useQuery({
    query: leaveEntriesQuery,
    variables: { employmentId, leaveTypeId: typeId, first: PAGE_SIZE, ...(after ? { after } : {}) },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.leaveEntries;
  const rows: EntryRow[] = (connection?.nodes ?? []).map((n) => ({ ...n, request: n.request }));
  const hours = (value: number) => intl.formatMessage({ id: 'leaveLedger.hours' }, { hours: value });
  const source = (r: EntryRow) =>
    r.request
      ? intl.formatMessage(
          { id: 'leaveLedger.source.request' },
          { first: format.dayShort(r.request.firstDay), last: format.dayShort(r.request.lastDay) },
        )
      : intl.formatMessage({ id: `leaveLedger.source.${r.source}` as 'leaveLedger.source.JOB' });
  const columns: ResponsiveColumn<EntryRow>[] = [
    { id: 'date', header: intl.formatMessage({ id: 'leaveLedger.column.date' }), lead: true, cell: (r) => format.dayShort(r.date) },
    { id: 'kind', header: intl.formatMessage({ id: 'leaveLedger.column.kind' }), cell: (r) => intl.formatMessage({ id: `leaveLedger.kind.${r.kind}` as 'leaveLedger.kind.ACCRUAL' }) },
    { id: 'hours', header: intl.formatMessage({ id: 'leaveLedger.column.hours' }), numeric: true, cell: (r) => hours(r.hours) },
    { id: 'source', header: intl.formatMessage({ id: 'leaveLedger.column.source' }), cell: source },
    { id: 'reason', header: intl.formatMessage({ id: 'leaveLedger.column.reason' }), cell: (r) => r.reason || '—' },
  ];
  return (
    <div className={page.entries}>
      <h3 className={page.typeHeading}>{intl.formatMessage({ id: 'leaveLedger.typeBalance' }, { type: typeName, hours: balance })}</h3>
      {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!connection && result.fetching && <PageStatus />}
      {connection && (
        <>
          <ResponsiveTable
            label={intl.formatMessage({ id: 'leaveLedger.tableLabel' }, { type: typeName })}
            columns={columns}
            items={rows}
            textValue={(r) => `${format.dayShort(r.date)}, ${intl.formatMessage({ id: `leaveLedger.kind.${r.kind}` as 'leaveLedger.kind.ACCRUAL' })}, ${hours(r.hours)}, ${source(r)}`}
          />
          <div className={page.actions}>
            <span className={styles.muted}>{intl.formatMessage({ id: 'leaveLedger.count' }, { count: connection.totalCount })}</span>
            {cursors.length > 0 && (
              <button type="button" className={styles.buttonSecondary} onClick={() => setCursors(cursors.slice(0, -1))}>
                {intl.formatMessage({ id: 'leaveLedger.newer' })}
              </button>
            )}
            {connection.hasNextPage && connection.endCursor && (
              <button type="button" className={styles.buttonSecondary} onClick={() => setCursors([...cursors, connection.endCursor!])}>
                {intl.formatMessage({ id: 'leaveLedger.older' })}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
