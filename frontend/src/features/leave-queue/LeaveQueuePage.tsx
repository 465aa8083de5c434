import { useId, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup, type Selection } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { LeaveQueueStatus, LeaveRequestStatus } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { DateInput } from '../../components/ui/DateInput';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { CellSub, ResponsiveTable, type ResponsiveColumn } from '../../components/ui/ResponsiveTable';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { decideLeaveRequestsMutation, leaveQueueQuery, queueFiltersQuery } from './leaveQueue.graphql';
import { daysLeft } from './deadline';
import page from './LeaveQueuePage.module.css';

/** The largest page the server gives (leaveRequestQueue's first). */
const PAGE_SIZE = 200;
const STATUS_PARAM: Record<LeaveQueueStatus, string> = { OPEN: 'open', DECIDED: 'beslist', ALL: 'alle' };

function parseStatus(params: URLSearchParams): LeaveQueueStatus {
  const value = params.get('status');
  return value === 'beslist' ? 'DECIDED' : value === 'alle' ? 'ALL' : 'OPEN';
}

const whole = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

interface Row {
  id: string;
  personName: string;
  typeName: string;
  firstDay: string;
  lastDay: string;
  hours: number;
  comment: string;
  status: LeaveRequestStatus;
  cancellation: boolean;
  deadline: string | null | undefined;
  decisionComment: string;
  decidedByName: string | null | undefined;
  byLapse: boolean;
  balanceHours: number;
  away: ReadonlyArray<{ name: string; firstDay: string; lastDay: string }>;
  awayMore: number;
}

interface Outcome {
  id: string;
  name: string;
  message: MessageId;
  ok: boolean;
}

/**
 * Verlofaanvragen (R30, R31): the employer's leave requests for the handlers (HANDLE_REQUESTS).
 * Open requests come by nearest deadline, each with the days, the hours, the two-week deadline
 * counting down, the employee's balance and who else is away on those days (dates only, R32).
 * Handlers accept or reject one or several at once (a rejection needs a reason) and see a result per
 * request. The team filter lists the employer's departments (leaveQueueTeams); the server keeps the
 * requests of the team's persons.
 */
export default function LeaveQueuePage() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  const ids = useId();
  useDocumentTitle('leaveQueue.title');
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params);
  const leaveTypeId = params.get('soort') ?? '';
  const teamId = params.get('team') ?? '';
  const [from, setFrom] = useState(params.get('van') ?? '');
  const [to, setTo] = useState(params.get('tot') ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [failure, setFailure] = useState<MessageId | null>(null);

  const [filters] = useQuery({ query: queueFiltersQuery, variables: { employerId: employer.id } });
  const [result, refetch] = useQuery({
    query: leaveQueueQuery,
    variables: {
      employerId: employer.id,
      status,
      first: PAGE_SIZE,
      ...(leaveTypeId ? { leaveTypeId } : {}),
      ...(teamId ? { teamId } : {}),
      ...(whole(from) ? { from } : {}),
      ...(whole(to) ? { to } : {}),
    },
    requestPolicy: 'cache-and-network',
  });
  const [decision, decide] = useMutation(decideLeaveRequestsMutation);

  const items = result.data?.leaveRequestQueue;
  const rows: Row[] = useMemo(
    () =>
      (items ?? []).map((item) => ({
        id: item.request.id,
        personName: item.personName,
        typeName: item.request.leaveType.name,
        firstDay: item.request.firstDay,
        lastDay: item.request.lastDay,
        hours: item.request.hours,
        comment: item.request.comment,
        status: item.request.status,
        cancellation: item.request.kind === 'CANCELLATION',
        deadline: item.request.deadline,
        decisionComment: item.request.decisionComment,
        decidedByName: item.request.decidedByName,
        byLapse: item.request.byLapse,
        balanceHours: item.balanceHours,
        away: item.colleaguesAway,
        awayMore: item.colleaguesAwayMore,
      })),
    [items],
  );
  const open = rows.filter((r) => r.status === 'SUBMITTED');
  const chosen = open.filter((r) => selected.has(r.id));

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const hours = (value: number) => intl.formatMessage({ id: 'leaveQueue.hours' }, { hours: value });
  const period = (first: string, last: string) =>
    first === last ? format.dayShort(first) : intl.formatMessage({ id: 'leaveQueue.period' }, { first: format.dayShort(first), last: format.dayShort(last) });

  const run = async (accept: boolean, comment: string): Promise<MessageId | null> => {
    setFailure(null);
    const names = new Map(rows.map((r) => [r.id, r.personName]));
    const res = await decide({ input: { ids: chosen.map((r) => r.id), accept, comment } });
    const payload = res.data?.decideLeaveRequests;
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: payload?.userErrors });
    if (failed) return failed;
    setOutcomes(
      (payload?.results ?? []).map((r) => {
        const error = r.userErrors[0];
        return {
          id: r.id,
          name: names.get(r.id) ?? r.id,
          ok: !error,
          message: error ? messageIdForUserErrorCode(error.code) : accept ? 'leaveQueue.result.accepted' : 'leaveQueue.result.rejected',
        };
      }),
    );
    setSelected(new Set());
    refetch({ requestPolicy: 'network-only' });
    return null;
  };

  const columns: ResponsiveColumn<Row>[] = [
    {
      id: 'person',
      header: intl.formatMessage({ id: 'leaveQueue.column.person' }),
      lead: true,
      cell: (r) => (
        <>
          {r.personName}
          {r.cancellation && <CellSub>{intl.formatMessage({ id: 'leaveQueue.cancellation' })}</CellSub>}
        </>
      ),
    },
    { id: 'type', header: intl.formatMessage({ id: 'leaveQueue.column.type' }), cell: (r) => r.typeName },
    { id: 'days', header: intl.formatMessage({ id: 'leaveQueue.column.days' }), cell: (r) => period(r.firstDay, r.lastDay) },
    { id: 'hours', header: intl.formatMessage({ id: 'leaveQueue.column.hours' }), numeric: true, cell: (r) => hours(r.hours) },
    {
      id: 'deadline',
      header: intl.formatMessage({ id: 'leaveQueue.column.deadline' }),
      cell: (r) => deadlineCell(r),
    },
    {
      id: 'balance',
      header: intl.formatMessage({ id: 'leaveQueue.column.balance' }),
      numeric: true,
      cell: (r) => hours(r.balanceHours),
    },
    {
      id: 'away',
      header: intl.formatMessage({ id: 'leaveQueue.column.away' }),
      cell: (r) =>
        r.away.length === 0 ? (
          <span className={styles.muted}>{intl.formatMessage({ id: 'leaveQueue.awayNone' })}</span>
        ) : (
          <span className={page.away}>
            {r.away.map((a, i) => (
              <span key={i}>
                {a.name} ({period(a.firstDay, a.lastDay)})
              </span>
            ))}
            {r.awayMore > 0 && <span>{intl.formatMessage({ id: 'leaveQueue.awayMore' }, { count: r.awayMore })}</span>}
          </span>
        ),
    },
  ];

  function deadlineCell(row: Row) {
    if (row.status !== 'SUBMITTED') {
      return (
        <span>
          {intl.formatMessage({ id: `leaveQueue.status.${row.status}` })}
          {row.byLapse && <CellSub>{intl.formatMessage({ id: 'leaveQueue.byLapse' })}</CellSub>}
          {row.decisionComment && <CellSub>{row.decisionComment}</CellSub>}
        </span>
      );
    }
    if (!row.deadline) return <span className={styles.muted}>{intl.formatMessage({ id: 'leaveQueue.noDeadline' })}</span>;
    const days = daysLeft(row.deadline, new Date());
    return (
      <span>
        {days < 0
          ? intl.formatMessage({ id: 'leaveQueue.deadlinePassed' })
          : days === 0
            ? intl.formatMessage({ id: 'leaveQueue.deadlineToday' })
            : intl.formatMessage({ id: 'leaveQueue.daysLeft' }, { days })}
        <CellSub>{format.dayShort(row.deadline.slice(0, 10))}</CellSub>
      </span>
    );
  }

  const onSelection = (selection: Selection) => setSelected(selection === 'all' ? new Set(open.map((r) => r.id)) : new Set([...selection].map(String)));
  const typeOptions = [
    { id: '', label: intl.formatMessage({ id: 'leaveQueue.filter.allTypes' }) },
    ...(filters.data?.leaveScheme?.leaveTypes ?? []).map((t) => ({ id: t.id, label: t.name })),
  ];
  const teams = filters.data?.leaveQueueTeams ?? [];
  const teamOptions = [{ id: '', label: intl.formatMessage({ id: 'leaveQueue.filter.allTeams' }) }, ...teams.map((t) => ({ id: t.id, label: t.name }))];

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'leaveQueue.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'leaveQueue.intro' }, { employer: employer.name })}</p>
      </header>
      <section className={`${styles.card} ${page.filters}`} aria-labelledby={`${ids}-filters`}>
        <h2 id={`${ids}-filters`} className={page.filtersTitle}>
          {intl.formatMessage({ id: 'leaveQueue.filter.title' })}
        </h2>
        <RadioGroup
          className={styles.choiceGroup}
          value={status}
          onChange={(value) => {
            setSelected(new Set());
            setParam('status', value === 'OPEN' ? '' : STATUS_PARAM[value as LeaveQueueStatus]);
          }}
          orientation="horizontal"
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'leaveQueue.filter.status' })}</Label>
          <div className={styles.choices}>
            {(['OPEN', 'DECIDED', 'ALL'] as const).map((value) => (
              <Radio key={value} value={value} className={styles.choice}>
                <span className={styles.radioDot} aria-hidden="true" />
                {intl.formatMessage({ id: `leaveQueue.filter.${value}` })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <SelectField
          label={intl.formatMessage({ id: 'leaveQueue.filter.type' })}
          options={typeOptions}
          value={leaveTypeId}
          onChange={(value) => setParam('soort', value)}
        />
        {(teams.length > 0 || teamId !== '') && (
          <SelectField
            label={intl.formatMessage({ id: 'leaveQueue.filter.team' })}
            options={teamOptions}
            value={teamOptions.some((o) => o.id === teamId) ? teamId : ''}
            onChange={(value) => {
              setSelected(new Set());
              setParam('team', value);
            }}
          />
        )}
        <div className={page.period}>
          <DateInput
            name="from"
            label={intl.formatMessage({ id: 'leaveQueue.filter.from' })}
            value={from}
            onChange={(value) => {
              setFrom(value);
              if (whole(value) || value === '') setParam('van', value);
            }}
          />
          <DateInput
            name="to"
            label={intl.formatMessage({ id: 'leaveQueue.filter.to' })}
            value={to}
            onChange={(value) => {
              setTo(value);
              if (whole(value) || value === '') setParam('tot', value);
            }}
          />
        </div>
        {filters.data && teams.length === 0 && (
          <p className={styles.description} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'leaveQueue.filter.noTeams' })}
          </p>
        )}
      </section>

      {outcomes.length > 0 && (
        <Notice tone={outcomes.every((o) => o.ok) ? 'success' : 'warning'} live>
          <p style={{ margin: 0 }}>{intl.formatMessage({ id: 'leaveQueue.result.title' })}</p>
          <ul className={page.outcomes} aria-label={intl.formatMessage({ id: 'leaveQueue.result.title' })}>
            {outcomes.map((o) => (
              <li key={o.id}>
                {o.name}: {intl.formatMessage({ id: o.message })}
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <section className={styles.stack} aria-labelledby={`${ids}-count`}>
        <p id={`${ids}-count`} role="status" className={styles.muted} style={{ margin: 0 }}>
          {items ? intl.formatMessage({ id: 'leaveQueue.count' }, { count: rows.length }) : ''}
        </p>
        {status !== 'DECIDED' && open.length > 0 && (
          <div className={page.actions}>
            <span className={styles.muted}>{intl.formatMessage({ id: 'leaveQueue.selected' }, { count: chosen.length })}</span>
            <BusyButton
              className={styles.button}
              isBusy={decision.fetching && !rejecting}
              busyLabel={intl.formatMessage({ id: 'leaveQueue.accept.busy' })}
              aria-disabled={chosen.length === 0 || undefined}
              onClick={() => {
                if (chosen.length === 0) {
                  setFailure('leaveQueue.chooseFirst');
                  return;
                }
                void run(true, '').then((f) => setFailure(f));
              }}
            >
              {intl.formatMessage({ id: 'leaveQueue.accept' }, { count: chosen.length })}
            </BusyButton>
            <button
              type="button"
              className={styles.buttonDanger}
              aria-disabled={chosen.length === 0 || undefined}
              onClick={() => {
                if (chosen.length === 0) {
                  setFailure('leaveQueue.chooseFirst');
                  return;
                }
                setFailure(null);
                setRejecting(true);
              }}
            >
              {intl.formatMessage({ id: 'leaveQueue.reject' }, { count: chosen.length })}
            </button>
          </div>
        )}
        {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
        {result.error && !items && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!items && result.fetching && <PageStatus />}
        {items &&
          (rows.length > 0 ? (
            <ResponsiveTable
              label={intl.formatMessage({ id: 'leaveQueue.tableLabel' })}
              columns={columns}
              items={rows}
              textValue={(r) => `${r.personName}, ${r.typeName}, ${period(r.firstDay, r.lastDay)}, ${hours(r.hours)}`}
              dependencies={[selected, status]}
              {...(status !== 'DECIDED' && open.length > 0
                ? { selectedKeys: [...selected].filter((id) => open.some((r) => r.id === id)), onSelectionChange: onSelection }
                : {})}
            />
          ) : (
            <div className={styles.card}>
              <EmptyState title={intl.formatMessage({ id: status === 'OPEN' ? 'leaveQueue.emptyOpen.title' : 'leaveQueue.empty.title' })}>
                <p>{intl.formatMessage({ id: status === 'OPEN' ? 'leaveQueue.emptyOpen.body' : 'leaveQueue.empty.body' })}</p>
              </EmptyState>
            </div>
          ))}
      </section>

      <ConfirmDialog
        isOpen={rejecting}
        onClose={() => {
          setRejecting(false);
          setReason('');
        }}
        title={intl.formatMessage({ id: 'leaveQueue.rejectDialog.title' }, { count: chosen.length })}
        confirmLabel={intl.formatMessage({ id: 'leaveQueue.rejectDialog.confirm' })}
        busyLabel={intl.formatMessage({ id: 'leaveQueue.rejectDialog.busy' })}
        tone="danger"
        onConfirm={async () => {
          if (reason.trim() === '') return 'error.LEAVE_REJECTION_NEEDS_REASON';
          const failed = await run(false, reason.trim());
          if (!failed) setReason('');
          return failed;
        }}
      >
        <p>{intl.formatMessage({ id: 'leaveQueue.rejectDialog.body' })}</p>
        <div className={styles.field}>
          <label htmlFor={`${ids}-reason`} className={styles.label}>
            {intl.formatMessage({ id: 'leaveQueue.rejectDialog.reason' })}
          </label>
          <textarea
            id={`${ids}-reason`}
            className={styles.textarea}
            value={reason}
            maxLength={500}
            rows={3}
            required
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </div>
  );
}
