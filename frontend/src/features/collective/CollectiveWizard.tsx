import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import type { MessageId } from '../../i18n/catalogue';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { SearchInput } from '../../components/ui/SearchInput';
import styles from '../../components/ui/ui.module.css';
import { useSearchParamState } from '../../components/ui/useSearchParamState';
import {
  EmploymentFilters,
  EmploymentList,
  employmentRows,
  employmentsQuery,
  EMPTY_LIST_STATE,
  type ListState,
  listStateToParams,
  nextPage,
  parseListState,
  type PersonPick,
  previousPage,
  toFilter,
  toPageVariables,
  useEmployer,
  withService,
  withStatuses,
} from '../employers';
import { CsvDownload, OutcomeTables, RunProgress } from './OutcomeView';
import { useCollective, withPreviewSkips, type CollectiveKind, type CollectiveResult, type CollectiveSelection } from './useCollective';
import wizard from './CollectiveWizard.module.css';

const PAGE_SIZE = 25;

type Mode = 'filter' | 'pick';

type Phase =
  | { name: 'select' }
  | { name: 'preview'; result: CollectiveResult; selection: CollectiveSelection }
  | { name: 'running'; done: number; total: number }
  | { name: 'done'; result: CollectiveResult; error?: MessageId; processed: number; total: number };

/** The collective input for the selection: picked persons, or filter + search ({} = everyone). */
export function selectionInput(mode: Mode, state: ListState, picked: ReadonlyMap<string, PersonPick>): CollectiveSelection {
  if (mode === 'pick') return { personIds: [...picked.keys()] };
  const search = state.search.trim();
  return { filter: toFilter(state) ?? {}, ...(search ? { search } : {}) };
}

/**
 * Collectieve mutaties → ESS → Toegang verstrekken (R5) / Toegang blokkeren (R7): choose everyone
 * matching the filters or pick persons, look at the dry run (who is taken, who is skipped and why),
 * confirm, follow the progress, and read (and download) the result.
 */
export function CollectiveWizard({ kind }: { kind: CollectiveKind }) {
  const intl = useIntl();
  const employer = useEmployer();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useSearchParamState();
  const state = parseListState(params);
  const mode: Mode = params.get('keuze') === 'kiezen' ? 'pick' : 'filter';
  const [picked, setPicked] = useState<Map<string, PersonPick>>(new Map());
  const [phase, setPhase] = useState<Phase>({ name: 'select' });
  const [previewBusy, setPreviewBusy] = useState(false);
  const [previewError, setPreviewError] = useState<MessageId | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { preview, run } = useCollective(kind, employer.id);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const [matches] = useQuery({
    query: employmentsQuery,
    variables: { employerId: employer.id, ...toPageVariables(state, mode === 'pick' ? PAGE_SIZE : 1) },
    pause: phase.name !== 'select',
  });
  const connection = matches.data?.employer?.employments;
  const rows = employmentRows(connection);

  useEffect(() => {
    if (phase.name !== 'select') stepHeading.current?.focus();
  }, [phase.name]);

  const go = (next: ListState) => setParams(listStateToParams(next, params));
  const setMode = (next: Mode) => {
    const p = listStateToParams({ ...state, page: 1, after: null, before: null }, params);
    if (next === 'pick') p.set('keuze', 'kiezen');
    else p.delete('keuze');
    setParams(p, { replace: true });
  };

  const startPreview = async () => {
    const selection = selectionInput(mode, state, picked);
    setPreviewBusy(true);
    setPreviewError(null);
    try {
      const outcome = await preview(selection);
      if (outcome.result) setPhase({ name: 'preview', result: outcome.result, selection });
      else setPreviewError(outcome.error ?? 'error.generic');
    } finally {
      setPreviewBusy(false);
    }
  };

  const startRun = (result: CollectiveResult) => {
    const ids = result.taken.map((o) => o.personId);
    setPhase({ name: 'running', done: 0, total: ids.length });
    void run(ids, (done, total) => setPhase({ name: 'running', done, total })).then((outcome) => {
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

  const pageCount = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  const href = (next: ListState) => `?${listStateToParams(next, params).toString()}`;

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
          <>
            <RadioGroup className={styles.choiceGroup} value={mode} onChange={(value) => setMode(value as Mode)}>
              <Label className={styles.label}>{intl.formatMessage({ id: 'collective.mode.label' })}</Label>
              <div className={styles.choices}>
                <Radio value="filter" className={styles.choice}>
                  <span className={styles.radioDot} aria-hidden="true" />
                  {intl.formatMessage({ id: 'collective.mode.filter' })}
                </Radio>
                <Radio value="pick" className={styles.choice}>
                  <span className={styles.radioDot} aria-hidden="true" />
                  {intl.formatMessage({ id: 'collective.mode.pick' })}
                </Radio>
              </div>
            </RadioGroup>
            <SearchInput
              label={intl.formatMessage({ id: 'persons.search.label' })}
              description={intl.formatMessage({ id: 'persons.search.description' })}
              value={search}
              onChange={setSearch}
            />
            <EmploymentFilters
              state={state}
              onServiceChange={(service) => go(withService(state, service))}
              onStatusesChange={(statuses) => go(withStatuses(state, statuses))}
              onClear={() => go({ ...EMPTY_LIST_STATE, search: state.search })}
            />
            {mode === 'filter' ? (
              <p role="status" className={wizard.count}>
                {connection ? intl.formatMessage({ id: 'collective.filter.count' }, { count: connection.totalCount }) : '\u00a0'}
              </p>
            ) : (
              <div className={styles.stack}>
                <div className={styles.spread}>
                  <p role="status" className={wizard.count}>
                    {intl.formatMessage({ id: 'collective.pick.count' }, { count: picked.size })}
                  </p>
                  <div className={styles.row}>
                    {rows.length > 0 && (
                      <button
                        type="button"
                        className={styles.buttonGhost}
                        onClick={() => {
                          const next = new Map(picked);
                          for (const row of rows) {
                            next.set(row.person.id, { personId: row.person.id, fullName: row.person.fullName, employeeNumber: row.employeeNumber });
                          }
                          setPicked(next);
                        }}
                      >
                        {intl.formatMessage({ id: 'collective.pick.page' })}
                      </button>
                    )}
                    {picked.size > 0 && (
                      <button type="button" className={styles.buttonGhost} onClick={() => setPicked(new Map())}>
                        {intl.formatMessage({ id: 'collective.pick.clear' })}
                      </button>
                    )}
                  </div>
                </div>
                {connection && rows.length === 0 ? (
                  <EmptyState title={intl.formatMessage({ id: 'persons.list.noMatchTitle' })}>
                    <p>{intl.formatMessage({ id: 'persons.list.noMatchBody' })}</p>
                  </EmptyState>
                ) : (
                  <EmploymentList
                    rows={rows}
                    employerId={employer.id}
                    label={intl.formatMessage({ id: 'collective.pick.listLabel' })}
                    picked={picked}
                    onPickedChange={setPicked}
                  />
                )}
                {connection && connection.totalCount > PAGE_SIZE && (
                  <Pager
                    page={state.page}
                    pageSize={PAGE_SIZE}
                    totalCount={connection.totalCount}
                    previousHref={state.page > 1 && connection.pageInfo.startCursor ? href(previousPage(state, connection.pageInfo.startCursor)) : null}
                    nextHref={state.page < pageCount && connection.pageInfo.endCursor ? href(nextPage(state, connection.pageInfo.endCursor)) : null}
                    summary={intl.formatMessage({ id: 'persons.list.count' }, { count: connection.totalCount })}
                  />
                )}
              </div>
            )}
            {previewError && <Notice tone="error">{intl.formatMessage({ id: previewError })}</Notice>}
            <div className={styles.row}>
              <BusyButton
                className={styles.button}
                isBusy={previewBusy}
                busyLabel={intl.formatMessage({ id: 'collective.preview.busy' })}
                onClick={() => {
                  if (mode === 'pick' && picked.size === 0) setPreviewError('collective.pick.none');
                  else void startPreview();
                }}
              >
                {intl.formatMessage({ id: 'collective.preview.button' })}
              </BusyButton>
            </div>
          </>
        ) : (
          <p className={styles.muted} style={{ margin: 0 }}>
            <SelectionSummary mode={mode} state={state} picked={picked.size} />
          </p>
        )}
      </section>

      {/* Step 2: preview */}
      {phase.name === 'preview' && (
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${kind}-step2`}>
          <h2 id={`${kind}-step2`} ref={stepHeading} tabIndex={-1} className={styles.cardTitle} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'collective.step.preview' })}
          </h2>
          <Notice>{intl.formatMessage({ id: 'collective.preview.nothingChanged' })}</Notice>
          <OutcomeTables result={phase.result} kind={kind} employerId={employer.id} dryRun />
          {phase.result.taken.length === 0 && <Notice tone="warning">{intl.formatMessage({ id: `collective.${kind}.nobody` })}</Notice>}
          <div className={styles.row}>
            {phase.result.taken.length > 0 && (
              <button type="button" className={kind === 'block' ? styles.buttonDanger : styles.button} onClick={() => setConfirming(true)}>
                {intl.formatMessage({ id: `collective.${kind}.confirmButton` }, { count: phase.result.taken.length })}
              </button>
            )}
            <button type="button" className={styles.buttonSecondary} onClick={() => setPhase({ name: 'select' })}>
              {intl.formatMessage({ id: 'collective.adjust' })}
            </button>
          </div>
          <ConfirmDialog
            isOpen={confirming}
            onClose={() => setConfirming(false)}
            title={intl.formatMessage({ id: `collective.${kind}.confirmTitle` }, { count: phase.result.taken.length })}
            confirmLabel={intl.formatMessage({ id: `collective.${kind}.confirm` })}
            busyLabel={intl.formatMessage({ id: 'collective.running' })}
            tone={kind === 'block' ? 'danger' : 'primary'}
            onConfirm={() => {
              startRun(phase.result);
              return null;
            }}
          >
            <p>{intl.formatMessage({ id: `collective.${kind}.confirmBody` }, { count: phase.result.taken.length })}</p>
            {phase.result.skipped.length > 0 && (
              <p>{intl.formatMessage({ id: 'collective.confirmSkipped' }, { count: phase.result.skipped.length })}</p>
            )}
          </ConfirmDialog>
        </section>
      )}

      {/* Step 3: progress and result */}
      {(phase.name === 'running' || phase.name === 'done') && (
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${kind}-step3`}>
          <h2 id={`${kind}-step3`} ref={stepHeading} tabIndex={-1} className={styles.cardTitle} style={{ margin: 0 }}>
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
                <button type="button" className={styles.buttonGhost} onClick={reset}>
                  {intl.formatMessage({ id: 'collective.again' })}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}

function SelectionSummary({ mode, state, picked }: { mode: Mode; state: ListState; picked: number }) {
  const intl = useIntl();
  if (mode === 'pick') return <>{intl.formatMessage({ id: 'collective.summary.picked' }, { count: picked })}</>;
  const parts = [intl.formatMessage({ id: 'collective.summary.all' })];
  if (state.service) parts.push(intl.formatMessage({ id: `persons.filter.service.${state.service}` }));
  if (state.statuses.length) {
    parts.push(state.statuses.map((s) => intl.formatMessage({ id: `access.status.${s}` })).join(', '));
  }
  if (state.search.trim()) parts.push(intl.formatMessage({ id: 'collective.summary.search' }, { search: state.search.trim() }));
  return <>{parts.join(' · ')}</>;
}
