import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { CsvDownload, OutcomeTables, RunProgress } from './OutcomeView';
import { type CollectiveKind, type CollectiveResult } from './useCollective';
import type { Ref } from 'react';

export type RunPhase =
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; result: CollectiveResult; error?: MessageId; processed: number; total: number };

/** Step 3: the progress of the run, then its result (also as CSV) and the way back to step 1. */
export function ResultStep({
  kind,
  phase,
  headingRef,
  onAgain,
}: {
  kind: CollectiveKind;
  phase: RunPhase;
  headingRef: Ref<HTMLHeadingElement>;
  onAgain: () => void;
}) {
  const intl = useIntl();
  const employer = useEmployer();
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${kind}-step3`}>
      <h2 id={`${kind}-step3`} ref={headingRef} tabIndex={-1} className={styles.cardTitle} style={{ margin: 0 }}>
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
              <p>
                {intl.formatMessage(
                  { id: `collective.${kind}.doneSummary` },
                  { taken: phase.result.taken.length, skipped: phase.result.skipped.length },
                )}
              </p>
            </Notice>
          )}
          <OutcomeTables result={phase.result} kind={kind} employerId={employer.id} dryRun={false} />
          <div className={styles.row}>
            <CsvDownload result={phase.result} kind={kind} administrationNumber={employer.administrationNumber} />
            <button type="button" className={styles.buttonGhost} onClick={onAgain}>
              {intl.formatMessage({ id: 'collective.again' })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
