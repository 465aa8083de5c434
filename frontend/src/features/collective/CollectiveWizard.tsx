import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import styles from '../../components/ui/ui.module.css';
import { useSearchParamState } from '../../components/ui/useSearchParamState';
import { type PersonPick, useEmployer } from '../employers';
import { useCollective, withPreviewSkips, type CollectiveKind, type CollectiveResult, type CollectiveSelection } from './useCollective';
import { PreviewStep } from './PreviewStep';
import { ResultStep, type RunPhase } from './ResultStep';
import { SelectionSummary, SelectStep, useSelection } from './SelectStep';

type Phase = { name: 'select' } | { name: 'preview'; result: CollectiveResult; selection: CollectiveSelection } | RunPhase;

/**
 * Collectieve mutaties → ESS → Toegang verstrekken (R5) / Toegang blokkeren (R7): choose everyone
 * matching the filters or pick persons, look at the dry run (who is taken, who is skipped and why),
 * confirm, follow the progress, and read (and download) the result.
 */
export function CollectiveWizard({ kind }: { kind: CollectiveKind }) {
  const intl = useIntl();
  const employer = useEmployer();
  const { state, mode } = useSelection();
  const [search, setSearch] = useSearchParamState();
  const [picked, setPicked] = useState<Map<string, PersonPick>>(new Map());
  const [phase, setPhase] = useState<Phase>({ name: 'select' });
  const { preview, run } = useCollective(kind, employer.id);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase.name !== 'select') stepHeading.current?.focus();
  }, [phase.name]);

  const startRun = (result: CollectiveResult, reason?: string) => {
    const ids = result.taken.map((o) => o.personId);
    setPhase({ name: 'running', done: 0, total: ids.length });
    void run(ids, (done, total) => setPhase({ name: 'running', done, total }), reason).then((outcome) => {
      setPhase({
        name: 'done',
        result: withPreviewSkips(outcome.result, result),
        processed: outcome.processed,
        total: ids.length,
        ...(outcome.error ? { error: outcome.error } : {}),
      });
    });
  };

  const reset = () => {
    setPhase({ name: 'select' });
    setPicked(new Map());
  };

  return (
    <div className={styles.stack}>
      <p className={styles.subtitle} style={{ marginTop: 0 }}>
        {intl.formatMessage({ id: `collective.${kind}.intro` })}
      </p>

      {/* Step 1: who */}
      <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${kind}-step1`}>
        <h2 id={`${kind}-step1`} className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'collective.step.select' })}
        </h2>
        {phase.name === 'select' ? (
          <SelectStep
            search={search}
            setSearch={setSearch}
            picked={picked}
            setPicked={setPicked}
            preview={preview}
            onPreviewed={(result, selection) => setPhase({ name: 'preview', result, selection })}
          />
        ) : (
          <p className={styles.muted} style={{ margin: 0 }}>
            <SelectionSummary mode={mode} state={state} picked={picked.size} />
          </p>
        )}
      </section>

      {/* Step 2: preview */}
      {phase.name === 'preview' && (
        <PreviewStep kind={kind} result={phase.result} headingRef={stepHeading} onAdjust={() => setPhase({ name: 'select' })} onRun={startRun} />
      )}

      {/* Step 3: progress and result */}
      {(phase.name === 'running' || phase.name === 'done') && (
        <ResultStep kind={kind} phase={phase} headingRef={stepHeading} onAgain={reset} />
      )}
    </div>
  );
}
