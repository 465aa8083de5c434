import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { batches, COLUMNS, columnOfField, MAX_BYTES, readEmployees, type ColumnKey, type FileProblem, type FileRow } from './csv';
import { syncEmployeesMutation } from './importEmployees.graphql';
import page from './ImportEmployeesPage.module.css';

/** The example file, served with the SPA (frontend/public). */
export const EXAMPLE_FILE = '/voorbeeld-werknemers.csv';

/** How many rows the preview shows at once. */
const SHOWN = 200;

type Status = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'ERROR';

interface CellError {
  message: MessageId;
}

/** A row of the file with what the server said about it. */
interface Outcome {
  file: FileRow;
  status: Status;
  changed: string[];
  pendingInvitation: boolean;
  cells: Partial<Record<ColumnKey, CellError>>;
  rowErrors: MessageId[];
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'preview' }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done' };

type Filter = 'all' | 'ERROR' | 'CREATED' | 'UPDATED' | 'UNCHANGED';

const PROBLEM_MESSAGES: Record<string, MessageId> = {
  required: 'importEmployees.problem.required',
  date: 'importEmployees.problem.date',
  number: 'importEmployees.problem.number',
};

/** Texts for server codes that read better here than the general ones. */
function serverMessage(code: string): MessageId {
  if (code === 'DUPLICATE_IN_BATCH') return 'importEmployees.error.duplicate';
  if (code === 'INVALID_INPUT') return 'importEmployees.error.invalid';
  return messageIdForUserErrorCode(code);
}

function fileProblemText(intl: ReturnType<typeof useIntl>, problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return intl.formatMessage({ id: 'importEmployees.file.empty' });
    case 'tooLarge':
      return intl.formatMessage({ id: 'importEmployees.file.tooLarge' });
    case 'tooManyRows':
      return intl.formatMessage({ id: 'importEmployees.file.tooManyRows' }, { max: problem.max });
    case 'missingColumns':
      return intl.formatMessage({ id: 'importEmployees.file.missingColumns' }, { columns: problem.columns.join(', ') });
  }
}

/**
 * Werknemers importeren (R45): staff without an integrator upload a CSV file of employees; every row is
 * checked by the same service as the integrators' syncEmployees (dryRun), the preview shows per row
 * what will be created, updated or left unchanged and every error at its cell, and on confirming the
 * rows without errors are imported, in batches of at most 1,000 with a progress bar.
 */
export default function ImportEmployeesPage() {
  const intl = useIntl();
  const employer = useEmployer();
  useDocumentTitle('importEmployees.title');
  const [, sync] = useMutation(syncEmployeesMutation);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const inputRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const filterId = useId();

  /** Sends rows in batches; returns the outcomes, or null after showing why the run stopped. */
  const run = async (rows: Outcome[], dryRun: boolean, progress: (done: number) => void): Promise<Outcome[] | null> => {
    const send = rows.filter((o) => o.file.row !== null && o.status !== 'ERROR');
    const out = new Map(rows.map((o) => [o, o]));
    let done = 0;
    for (const batch of batches(send)) {
      const { data, error } = await sync({
        input: { employerId: employer.id, dryRun, employees: batch.map((o) => o.file.row!) },
      });
      const payload = data?.syncEmployees;
      if (error || !payload) {
        setProblem(intl.formatMessage({ id: error ? messageIdForCombinedError(error) : 'error.generic' }));
        return null;
      }
      if (payload.userErrors.length > 0) {
        setProblem(intl.formatMessage({ id: messageIdForUserErrorCode(payload.userErrors[0]!.code) }));
        return null;
      }
      for (const r of payload.results) {
        const o = batch[r.index];
        if (!o) continue;
        const next: Outcome = {
          ...o,
          status: r.status,
          changed: r.changedFields,
          pendingInvitation: r.notices.includes('PENDING_INVITATION_OLD_EMAIL'),
          cells: {},
          rowErrors: [],
        };
        for (const ue of r.userErrors) {
          const column = columnOfField(ue.field?.[3]);
          if (column) next.cells[column] = { message: serverMessage(ue.code) };
          else next.rowErrors.push(serverMessage(ue.code));
        }
        out.set(o, next);
      }
      done += batch.length;
      progress(done);
    }
    return rows.map((o) => out.get(o) ?? o);
  };

  const onFile = async (file: File | undefined) => {
    setProblem(null);
    setOutcomes([]);
    setFilter('all');
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblem(fileProblemText(intl, { kind: 'tooLarge' }));
      return;
    }
    const read = readEmployees(await file.text());
    if (!read.ok) {
      setProblem(fileProblemText(intl, read.problem));
      return;
    }
    const initial: Outcome[] = read.rows.map((file) => ({
      file,
      status: file.row ? 'UNCHANGED' : 'ERROR',
      changed: [],
      pendingInvitation: false,
      cells: Object.fromEntries(
        Object.entries(file.problems).map(([key, p]) => [key, { message: PROBLEM_MESSAGES[p] ?? 'error.generic' }]),
      ),
      rowErrors: [],
    }));
    const total = initial.filter((o) => o.file.row).length;
    setPhase({ kind: 'checking', done: 0, total });
    const checked = await run(initial, true, (done) => setPhase({ kind: 'checking', done, total }));
    if (!checked) {
      setPhase({ kind: 'choose' });
      return;
    }
    setOutcomes(checked);
    setPhase({ kind: 'preview' });
  };

  const onImport = async () => {
    const total = outcomes.filter((o) => o.status !== 'ERROR').length;
    setPhase({ kind: 'importing', done: 0, total });
    const imported = await run(outcomes, false, (done) => setPhase({ kind: 'importing', done, total }));
    if (!imported) {
      setPhase({ kind: 'preview' });
      return;
    }
    setOutcomes(imported);
    setPhase({ kind: 'done' });
  };

  const restart = () => {
    setOutcomes([]);
    setProblem(null);
    setPhase({ kind: 'choose' });
    if (inputRef.current) inputRef.current.value = '';
  };

  const count = (s: Status) => outcomes.filter((o) => o.status === s).length;
  const toImport = outcomes.filter((o) => o.status === 'CREATED' || o.status === 'UPDATED').length;
  const shown = outcomes.filter((o) => filter === 'all' || o.status === filter);
  const busy = phase.kind === 'checking' || phase.kind === 'importing';

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'importEmployees.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'importEmployees.intro' }, { employer: employer.name })}</p>
      </header>

      <section className={styles.card} aria-labelledby="import-file-title">
        <h2 id="import-file-title" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'importEmployees.file.title' })}
        </h2>
        <p>{intl.formatMessage({ id: 'importEmployees.file.format' })}</p>
        <details className={styles.details}>
          <summary>{intl.formatMessage({ id: 'importEmployees.columns.title' })}</summary>
          <ul className={page.columns}>
            {COLUMNS.map((c) => (
              <li key={c.key}>
                <strong>{c.name}</strong>
                {c.required ? ` (${intl.formatMessage({ id: 'importEmployees.columns.required' })})` : ''}
                {' — '}
                {intl.formatMessage({ id: `importEmployees.column.${c.key}` })}
              </li>
            ))}
          </ul>
          <p className={styles.small}>{intl.formatMessage({ id: 'importEmployees.columns.rules' })}</p>
        </details>
        <p>
          <a href={EXAMPLE_FILE} download="voorbeeld-werknemers.csv">
            {intl.formatMessage({ id: 'importEmployees.example' })}
          </a>
        </p>
        <div className={styles.field}>
          <label htmlFor={fileId} className={styles.label}>
            {intl.formatMessage({ id: 'importEmployees.file.label' })}
          </label>
          <input
            ref={inputRef}
            id={fileId}
            className={page.fileInput}
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
      </section>

      {problem && <Notice tone="error">{problem}</Notice>}

      {(phase.kind === 'checking' || phase.kind === 'importing') && (
        <Progress
          done={phase.done}
          total={phase.total}
          label={intl.formatMessage({ id: phase.kind === 'checking' ? 'importEmployees.checking' : 'importEmployees.importing' })}
        />
      )}

      {phase.kind === 'done' && (
        <Notice tone="success">
          {intl.formatMessage({ id: 'importEmployees.done' }, { created: count('CREATED'), updated: count('UPDATED'), errors: count('ERROR') })}
        </Notice>
      )}

      {outcomes.length > 0 && (phase.kind === 'preview' || phase.kind === 'done') && (
        <section className={styles.stack} aria-labelledby="import-preview-title">
          <h2 id="import-preview-title" className={styles.sectionTitle}>
            {intl.formatMessage({ id: phase.kind === 'done' ? 'importEmployees.result.title' : 'importEmployees.preview.title' })}
          </h2>
          <ul className={page.counts} aria-label={intl.formatMessage({ id: 'importEmployees.counts' })}>
            {(['CREATED', 'UPDATED', 'UNCHANGED', 'ERROR'] as const).map((s) => (
              <li key={s} className={`${styles.badge} ${s === 'ERROR' ? styles.badgeDanger : s === 'UNCHANGED' ? styles.badgeNeutral : styles.badgeSuccess}`}>
                {intl.formatMessage({ id: `importEmployees.count.${s}` }, { count: count(s) })}
              </li>
            ))}
          </ul>

          {phase.kind === 'preview' && (
            <div className={styles.row}>
              {toImport > 0 ? (
                <button type="button" className={styles.button} onClick={() => void onImport()} aria-describedby="import-confirm-hint">
                  {intl.formatMessage({ id: 'importEmployees.confirm' }, { count: toImport })}
                </button>
              ) : (
                <p>{intl.formatMessage({ id: 'importEmployees.nothing' })}</p>
              )}
              <button type="button" className={styles.buttonSecondary} onClick={restart}>
                {intl.formatMessage({ id: 'importEmployees.other' })}
              </button>
              <p id="import-confirm-hint" className={`${styles.muted} ${styles.small}`}>
                {intl.formatMessage({ id: 'importEmployees.confirmHint' })}
              </p>
            </div>
          )}
          {phase.kind === 'done' && (
            <div className={styles.row}>
              <button type="button" className={styles.buttonSecondary} onClick={restart}>
                {intl.formatMessage({ id: 'importEmployees.again' })}
              </button>
            </div>
          )}

          <div className={styles.field}>
            <label htmlFor={filterId} className={styles.label}>
              {intl.formatMessage({ id: 'importEmployees.filter' })}
            </label>
            <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
              {(['all', 'ERROR', 'CREATED', 'UPDATED', 'UNCHANGED'] as const).map((f) => (
                <option key={f} value={f}>
                  {intl.formatMessage({ id: `importEmployees.filter.${f}` })}
                </option>
              ))}
            </select>
          </div>
          {shown.length > SHOWN && (
            <p className={styles.muted}>{intl.formatMessage({ id: 'importEmployees.shownFirst' }, { shown: SHOWN, total: shown.length })}</p>
          )}
          <PreviewTable rows={shown.slice(0, SHOWN)} />
        </section>
      )}
    </div>
  );
}

function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const intl = useIntl();
  const text = intl.formatMessage({ id: 'importEmployees.progress' }, { done, total });
  return (
    <div className={styles.stack}>
      <progress className={page.progress} aria-label={label} aria-valuetext={text} value={done} max={Math.max(total, 1)} />
      <p role="status" className={`${styles.muted} ${styles.small}`}>
        {label} {text}
      </p>
    </div>
  );
}

function PreviewTable({ rows }: { rows: Outcome[] }) {
  const intl = useIntl();
  const column = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)!.name;
  const statusLabel = intl.formatMessage({ id: 'importEmployees.column.status' });
  const label = intl.formatMessage({ id: 'importEmployees.table' });
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- every column of the file: it scrolls sideways, and keyboard users focus it to scroll (axe scrollable-region-focusable)
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      <table className={`${styles.table} ${stacked.table}`} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'importEmployees.column.line' })}</th>
            <th scope="col">{statusLabel}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c.key}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.file.line}>
              <th scope="row" className={stacked.lead}>
                {intl.formatMessage({ id: 'importEmployees.line' }, { line: o.file.line })}
              </th>
              <td data-label={statusLabel}>
                <span>
                  {intl.formatMessage({ id: `importEmployees.status.${o.status}` })}
                  {o.rowErrors.map((m, i) => (
                    <span key={i} className={page.cellError}>
                      {intl.formatMessage({ id: m })}
                    </span>
                  ))}
                  {o.pendingInvitation && <span className={stacked.sub}>{intl.formatMessage({ id: 'importEmployees.pendingInvitation' })}</span>}
                </span>
              </td>
              {COLUMNS.map((c) => {
                const error = o.cells[c.key];
                const changed = o.status === 'UPDATED' && o.changed.includes(c.key);
                return (
                  <td key={c.key} data-label={column(c.key)} className={error ? page.errorCell : undefined}>
                    <span>
                      <span className={changed ? page.changed : undefined}>{o.file.cells[c.key]}</span>
                      {changed && <span className={styles.visuallyHidden}> {intl.formatMessage({ id: 'importEmployees.changed' })}</span>}
                      {error && <span className={page.cellError}>{intl.formatMessage({ id: error.message })}</span>}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
