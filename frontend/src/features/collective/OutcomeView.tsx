import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { DownloadIcon } from '../../components/ui/icons';
import styles from '../../components/ui/ui.module.css';
import { personPath } from '../employers';
import { buildOutcomeCsv, csvFileName, type Outcome } from './csv';
import { countByReason, reasonMessage } from './reasons';
import type { CollectiveKind, CollectiveResult } from './useCollective';
import view from './OutcomeView.module.css';

const SHOWN = 50;

/** Counts per reason and the persons taken and skipped, as two tables (capped, with "show all"). */
export function OutcomeTables({ result, kind, employerId, dryRun }: { result: CollectiveResult; kind: CollectiveKind; employerId: string; dryRun: boolean }) {
  const intl = useIntl();
  const reasons = countByReason(result.skipped);
  return (
    <div className={styles.stack}>
      <div className={view.tiles}>
        <div className={view.tile} data-tone="taken">
          <span className={view.tileNumber}>{result.taken.length}</span>
          <span>{intl.formatMessage({ id: `collective.${kind}.${dryRun ? 'willTake' : 'took'}` }, { count: result.taken.length })}</span>
        </div>
        <div className={view.tile} data-tone="skipped">
          <span className={view.tileNumber}>{result.skipped.length}</span>
          <span>{intl.formatMessage({ id: dryRun ? 'collective.willSkip' : 'collective.skippedDone' }, { count: result.skipped.length })}</span>
        </div>
      </div>
      {reasons.length > 0 && (
        <div>
          <h3 className={styles.sectionTitle}>{intl.formatMessage({ id: 'collective.reasonsTitle' })}</h3>
          <ul className={view.reasons}>
            {reasons.map(([reason, count]) => (
              <li key={reason}>
                <span>{intl.formatMessage({ id: reasonMessage(reason) })}</span>
                <strong>{count}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.taken.length > 0 && (
        <OutcomeTable
          title={intl.formatMessage({ id: `collective.${kind}.${dryRun ? 'takenTitle' : 'doneTitle'}` }, { count: result.taken.length })}
          outcomes={result.taken}
          employerId={employerId}
          withReason={false}
        />
      )}
      {result.skipped.length > 0 && (
        <OutcomeTable
          title={intl.formatMessage({ id: 'collective.skippedTitle' }, { count: result.skipped.length })}
          outcomes={result.skipped}
          employerId={employerId}
          withReason
        />
      )}
    </div>
  );
}

function OutcomeTable({ title, outcomes, employerId, withReason }: { title: string; outcomes: Outcome[]; employerId: string; withReason: boolean }) {
  const intl = useIntl();
  const [all, setAll] = useState(false);
  const shown = all ? outcomes : outcomes.slice(0, SHOWN);
  // A collective grant lists where each invitation goes, so a wrong address is seen before sending.
  const withInviteTo = outcomes.some((o) => o.inviteTo);
  return (
    <section className={styles.stack} aria-label={title}>
      <h3 className={styles.sectionTitle} style={{ margin: 0 }}>
        {title}
      </h3>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'collective.column.number' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'collective.column.name' })}</th>
              {withInviteTo && <th scope="col">{intl.formatMessage({ id: 'collective.column.inviteTo' })}</th>}
              {withReason && <th scope="col">{intl.formatMessage({ id: 'collective.column.reason' })}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.personId}>
                <td className={styles.numberCell}>{o.employeeNumber}</td>
                <td>
                  <Link to={personPath(employerId, o.personId)}>{o.fullName}</Link>
                </td>
                {withInviteTo && <td>{o.inviteTo}</td>}
                {withReason && <td>{o.reason ? intl.formatMessage({ id: reasonMessage(o.reason) }) : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcomes.length > SHOWN && !all && (
        <div>
          <button type="button" className={styles.buttonGhost} onClick={() => setAll(true)}>
            {intl.formatMessage({ id: 'collective.showAll' }, { count: outcomes.length })}
          </button>
        </div>
      )}
    </section>
  );
}

/** A link that downloads the per-person outcomes as CSV, generated in the browser. */
export function CsvDownload({ result, kind, administrationNumber }: { result: CollectiveResult; kind: CollectiveKind; administrationNumber: string }) {
  const intl = useIntl();
  const csv = useMemo(
    () =>
      buildOutcomeCsv([...result.taken, ...result.skipped], {
        header: {
          employeeNumber: intl.formatMessage({ id: 'collective.column.number' }),
          name: intl.formatMessage({ id: 'collective.column.name' }),
          result: intl.formatMessage({ id: 'collective.column.result' }),
          reason: intl.formatMessage({ id: 'collective.column.reason' }),
        },
        taken: intl.formatMessage({ id: `collective.${kind}.csvTaken` }),
        skipped: intl.formatMessage({ id: 'collective.csvSkipped' }),
        reason: (reason) => intl.formatMessage({ id: reasonMessage(reason) }),
      }),
    [result, kind, intl],
  );
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    // The BOM makes spreadsheet programs read the file as UTF-8 (names with ë, ı, …).
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- an object URL is an outside resource: made here, revoked in the cleanup
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [csv]);
  const fileName = csvFileName(intl.formatMessage({ id: `collective.${kind}.fileName` }), administrationNumber, new Date());
  if (!href) return null;
  return (
    <a className={styles.buttonSecondary} href={href} download={fileName}>
      <DownloadIcon />
      {intl.formatMessage({ id: 'collective.downloadCsv' })}
    </a>
  );
}

/**
 * The progress of a real run: a native progress bar (accessible as is, and it keeps React Aria's
 * number formatting out of the bundles the employee pages share), with the count announced politely.
 */
export function RunProgress({ done, total, label }: { done: number; total: number; label: string }) {
  const intl = useIntl();
  const text = intl.formatMessage({ id: 'collective.progress' }, { done, total });
  return (
    <div className={styles.progress}>
      <progress className={view.progress} aria-label={label} aria-valuetext={text} value={done} max={Math.max(total, 1)} />
      <p role="status" className={`${styles.muted} ${styles.small}`} style={{ margin: 0 }}>
        {text}
      </p>
    </div>
  );
}
