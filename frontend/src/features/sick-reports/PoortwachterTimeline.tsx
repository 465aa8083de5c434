import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useFormat } from '../../components/ui/format';
import styles from '../../components/ui/ui.module.css';
import { todayIso } from '../../lib/format/dates';
import type { PoortwachterStatus, PoortwachterStep } from '../../gql/graphql';
import { markPoortwachterStepMutation } from './verzuim.graphql';
import own from './SickReportsPage.module.css';

export interface Milestone {
  step: PoortwachterStep;
  week: number;
  opensOn?: string | null;
  dueOn: string;
  doneOn?: string | null;
  status: PoortwachterStatus;
}

const BADGE: Record<PoortwachterStatus, string | undefined> = {
  DONE: styles.badgeSuccess,
  OVERDUE: styles.badgeDanger,
  THIS_WEEK: styles.badgeWarning,
  UPCOMING: styles.badgeNeutral,
  PASSED: styles.badgeNeutral,
};

/**
 * The Wet verbetering poortwachter timeline of an open case (R25) as an ordered list: each step with
 * its week and due date (from the first sick day of the case, 4-weken-regel included) and whether it
 * is done, overdue, due this week or upcoming. Staff who handle the case mark a step done.
 */
export function PoortwachterTimeline({
  reportId,
  caseFirstSickDay,
  milestones,
  canMark,
}: {
  reportId: string;
  caseFirstSickDay: string;
  milestones: ReadonlyArray<Milestone>;
  canMark: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [{ fetching }, mark] = useMutation(markPoortwachterStepMutation);
  const headingId = `poortwachter-${reportId}`;

  return (
    <section aria-labelledby={headingId} className={own.timelineSection}>
      <h3 id={headingId} className={own.subTitle}>
        {intl.formatMessage({ id: 'sickReports.poortwachter.title' })}
      </h3>
      <p className={`${styles.muted} ${styles.small}`}>
        {intl.formatMessage({ id: 'sickReports.poortwachter.intro' }, { date: format.day(caseFirstSickDay) })}
      </p>
      <ol className={own.timeline}>
        {milestones.map((m) => (
          <li key={m.step} className={`${own.milestone} ${own[`status${m.status}`] ?? ''}`}>
            <span className={own.dot} aria-hidden="true" />
            <div className={own.milestoneBody}>
              <div className={own.milestoneHead}>
                <span className={own.milestoneTitle}>{intl.formatMessage({ id: `sickReports.poortwachter.step.${m.step}` })}</span>
                <span className={`${styles.badge} ${BADGE[m.status] ?? ''}`}>{intl.formatMessage({ id: `sickReports.poortwachter.status.${m.status}` })}</span>
              </div>
              <p className={`${styles.small} ${own.milestoneDates}`}>
                {m.opensOn
                  ? intl.formatMessage(
                      { id: 'sickReports.poortwachter.window' },
                      { from: format.day(m.opensOn), to: format.day(m.dueOn), week: m.week },
                    )
                  : intl.formatMessage({ id: 'sickReports.poortwachter.due' }, { date: format.day(m.dueOn), week: m.week })}
                {m.doneOn && <> · {intl.formatMessage({ id: 'sickReports.poortwachter.doneOn' }, { date: format.day(m.doneOn) })}</>}
              </p>
              {canMark && m.step !== 'END_OF_WAITING_PERIOD' && (
                <button
                  type="button"
                  className={`${styles.buttonGhost} ${own.markButton}`}
                  disabled={fetching}
                  onClick={() => void mark({ input: { sickReportId: reportId, step: m.step, doneOn: m.doneOn ? null : todayIso() } })}
                >
                  {intl.formatMessage(
                    { id: m.doneOn ? 'sickReports.poortwachter.unmark' : 'sickReports.poortwachter.mark' },
                    { step: intl.formatMessage({ id: `sickReports.poortwachter.step.${m.step}` }) },
                  )}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
