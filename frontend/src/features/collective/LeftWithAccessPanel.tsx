import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { AccessStatusBadge, isKnownStatus } from '../access';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { PageStatus } from '../../components/PageStatus';
import styles from '../../components/ui/ui.module.css';
import { personPath, useEmployer } from '../employers';
import { leftWithAccessQuery } from './collective.graphql';
import { leftPersons } from './leftWithAccess';
import { CsvDownload, OutcomeTables, RunProgress } from './OutcomeView';
import { useCollective, withPreviewSkips, type CollectiveResult } from './useCollective';

type Phase =
  | { name: 'list' }
  | { name: 'confirm'; result: CollectiveResult }
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; result: CollectiveResult; error?: MessageId; processed: number; total: number };

/**
 * R8: leaving does not block access; staff do it, typically after the annual statement. This lists
 * who left but still has access, with one button to block them all (after a preview and a
 * confirmation).
 */
export function LeftWithAccessPanel() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  const [result, reexecute] = useQuery({
    query: leftWithAccessQuery,
    variables: { employerId: employer.id },
    requestPolicy: 'cache-and-network',
  });
  const { preview, run } = useCollective('block', employer.id);
  const [phase, setPhase] = useState<Phase>({ name: 'list' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageId | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const connection = result.data?.employer?.employments;
  const persons = leftPersons((connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : [])));

  useEffect(() => {
    if (phase.name === 'running' || phase.name === 'done') resultHeading.current?.focus();
  }, [phase.name]);

  const openConfirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await preview({ personIds: persons.map((p) => p.personId) });
      if (outcome.result) setPhase({ name: 'confirm', result: outcome.result });
      else setError(outcome.error ?? 'error.generic');
    } finally {
      setBusy(false);
    }
  };

  const block = (planned: CollectiveResult) => {
    const ids = planned.taken.map((o) => o.personId);
    setPhase({ name: 'running', done: 0, total: ids.length });
    void run(ids, (done, total) => setPhase({ name: 'running', done, total })).then((outcome) => {
      setPhase({ name: 'done', result: withPreviewSkips(outcome.result, planned), processed: outcome.processed, total: ids.length, ...(outcome.error ? { error: outcome.error } : {}) });
      reexecute({ requestPolicy: 'network-only' });
    });
  };

  if (phase.name === 'running' || phase.name === 'done') {
    return (
      <section className={`${styles.card} ${styles.stack}`} aria-labelledby="left-result">
        <h2 id="left-result" ref={resultHeading} tabIndex={-1} className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: phase.name === 'running' ? 'collective.step.running' : 'collective.step.done' })}
        </h2>
        {phase.name === 'running' ? (
          <RunProgress done={phase.done} total={phase.total} label={intl.formatMessage({ id: 'collective.step.running' })} />
        ) : (
          <>
            {phase.error ? (
              <Notice tone="error">
                <p>{intl.formatMessage({ id: 'collective.partial' }, { processed: phase.processed, total: phase.total })}</p>
                <p>{intl.formatMessage({ id: phase.error })}</p>
              </Notice>
            ) : (
              <Notice tone="success">
                <p>{intl.formatMessage({ id: 'collective.block.doneSummary' }, { taken: phase.result.taken.length, skipped: phase.result.skipped.length })}</p>
              </Notice>
            )}
            <OutcomeTables result={phase.result} kind="block" employerId={employer.id} dryRun={false} />
            <div className={styles.row}>
              <CsvDownload result={phase.result} kind="block" administrationNumber={employer.administrationNumber} />
              <button type="button" className={styles.buttonGhost} onClick={() => setPhase({ name: 'list' })}>
                {intl.formatMessage({ id: 'collective.left.back' })}
              </button>
            </div>
          </>
        )}
      </section>
    );
  }

  return (
    <div className={styles.stack}>
      <p className={styles.subtitle} style={{ marginTop: 0 }}>
        {intl.formatMessage({ id: 'collective.left.intro' })}
      </p>
      <section className={`${styles.card} ${styles.stack}`} aria-labelledby="left-title">
        <h2 id="left-title" className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'collective.left.title' })}
        </h2>
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (persons.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'collective.left.emptyTitle' })}>
              <p>{intl.formatMessage({ id: 'collective.left.emptyBody' })}</p>
            </EmptyState>
          ) : (
            <>
              <p role="status" style={{ margin: 0, fontWeight: 600 }}>
                {intl.formatMessage({ id: 'collective.left.count' }, { count: persons.length })}
              </p>
              <div className={styles.tableWrap}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage({ id: 'collective.column.name' })}</th>
                      <th scope="col">{intl.formatMessage({ id: 'collective.left.column.end' })}</th>
                      <th scope="col">{intl.formatMessage({ id: 'collective.left.column.access' })}</th>
                      <th scope="col">{intl.formatMessage({ id: 'collective.left.column.lastLogin' })}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {persons.map((p) => (
                      <tr key={p.personId}>
                        <td>
                          <Link to={personPath(employer.id, p.personId)}>{p.fullName}</Link>
                          <div className={`${styles.small} ${styles.muted}`}>
                            {intl.formatMessage({ id: 'persons.employeeNumber' }, { number: p.employeeNumber })}
                          </div>
                        </td>
                        <td className={styles.numberCell}>{p.endDate ? format.dayShort(p.endDate) : '—'}</td>
                        <td>
                          <AccessStatusBadge status={isKnownStatus(p.status) ? p.status : null} />
                        </td>
                        <td className={styles.numberCell}>{p.lastLoginAt ? format.moment(p.lastLoginAt) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {connection.pageInfo.hasNextPage && <Notice tone="warning">{intl.formatMessage({ id: 'collective.left.more' })}</Notice>}
              <Notice>{intl.formatMessage({ id: 'collective.left.tip' })}</Notice>
              {error && <Notice tone="error">{intl.formatMessage({ id: error })}</Notice>}
              <div className={styles.row}>
                <BusyButton
                  className={styles.buttonDanger}
                  isBusy={busy}
                  busyLabel={intl.formatMessage({ id: 'collective.preview.busy' })}
                  onClick={() => void openConfirm()}
                >
                  {intl.formatMessage({ id: 'collective.left.blockAll' }, { count: persons.length })}
                </BusyButton>
              </div>
            </>
          ))}
      </section>
      {phase.name === 'confirm' && (
        <ConfirmDialog
          isOpen
          wide
          onClose={() => setPhase({ name: 'list' })}
          title={intl.formatMessage({ id: 'collective.block.confirmTitle' }, { count: phase.result.taken.length })}
          confirmLabel={intl.formatMessage({ id: 'collective.block.confirm' })}
          busyLabel={intl.formatMessage({ id: 'collective.running' })}
          tone="danger"
          onConfirm={() => {
            if (phase.result.taken.length === 0) return 'collective.block.nobodyError';
            block(phase.result);
            return null;
          }}
        >
          <p>{intl.formatMessage({ id: 'collective.block.confirmBody' }, { count: phase.result.taken.length })}</p>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {phase.result.taken.map((o) => (
              <li key={o.personId}>{o.fullName}</li>
            ))}
          </ul>
          {phase.result.skipped.length > 0 && (
            <p>{intl.formatMessage({ id: 'collective.confirmSkipped' }, { count: phase.result.skipped.length })}</p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
