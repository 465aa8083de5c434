import { useId, useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { TextInputField } from '../../components/TextInputField';
import { DateInput } from '../../components/ui/DateInput';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import type { MessageId } from '../../i18n/catalogue';
import { todayIso } from '../../lib/format/dates';
import { messageIdForCombinedError, messageIdForMutationFailure, messageIdForUserErrorCode } from '../../lib/graphql/errors';
import styles from '../../components/ui/ui.module.css';
import { setWorkPatternMutation, workPatternQuery } from './leaveScheme.graphql';
import { dayField, patternDraft, patternFieldOf, patternInput, patternProblems, WEEKDAYS, withTwoWeeks, type PatternDraft, type Weekday } from './workPattern';
import page from './PersonLeave.module.css';

/** Monday 1 January 2024 and the days after it: the weekday names in the user's language. */
function useDayName() {
  const intl = useIntl();
  return (day: Weekday) => {
    const name = intl.formatDate(new Date(2024, 0, 1 + WEEKDAYS.indexOf(day)), { weekday: 'long' });
    return name.charAt(0).toLocaleUpperCase(intl.locale) + name.slice(1);
  };
}

/**
 * The work pattern of one employment (R29) on the person page: hours per weekday, one week or weeks A
 * and B alternating, the average week leave accrues from, and who set it. Staff with
 * MANAGE_HR_SETTINGS change it (setWorkPattern); the hours of leave requests are computed from it.
 */
export function WorkPatternPanel({ employmentId, canEdit, onSaved }: { employmentId: string; canEdit: boolean; onSaved?: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const dayName = useDayName();
  const ids = useId();
  const [result, refetch] = useQuery({ query: workPatternQuery, variables: { employmentId }, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const pattern = result.data?.workPattern;
  const loaded = result.data !== undefined;
  const hours = (value: number) => intl.formatMessage({ id: 'workPattern.hours' }, { hours: value });

  return (
    <section className={page.block} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className={page.blockTitle}>
        {intl.formatMessage({ id: 'workPattern.title' })}
      </h3>
      {result.error && !loaded && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!loaded && result.fetching && <PageStatus />}
      {saved && !editing && <Notice tone="success">{intl.formatMessage({ id: 'workPattern.saved' })}</Notice>}
      {loaded && editing && (
        <PatternForm
          employmentId={employmentId}
          pattern={pattern ?? null}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            refetch({ requestPolicy: 'network-only' });
            onSaved?.();
          }}
        />
      )}
      {loaded && !editing && (
        <>
          {pattern ? (
            <>
              <p className={page.summary}>
                {intl.formatMessage({ id: 'workPattern.weekly' }, { hours: pattern.weeklyHours })}
                <span className={styles.muted}> · {intl.formatMessage({ id: `workPattern.source.${pattern.source}` })}</span>
              </p>
              <div className={styles.tableWrap}>
                <table className={`${styles.table} ${page.patternTable}`}>
                  <caption className={styles.visuallyHidden}>{intl.formatMessage({ id: 'workPattern.caption' })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage({ id: 'workPattern.day' })}</th>
                      {pattern.weeks.map((_, i) => (
                        <th key={i} scope="col" className={styles.numberCell}>
                          {intl.formatMessage({ id: pattern.weeks.length === 2 ? (i === 0 ? 'workPattern.weekA' : 'workPattern.weekB') : 'workPattern.hoursColumn' })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {WEEKDAYS.map((d) => (
                      <tr key={d}>
                        <th scope="row">{dayName(d)}</th>
                        {pattern.weeks.map((w, i) => (
                          <td key={i} className={styles.numberCell}>
                            {hours(w[d])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {pattern.weeks.length === 2 && pattern.weekAStartsOn && (
                <p className={styles.muted} style={{ margin: 0 }}>
                  {intl.formatMessage({ id: 'workPattern.weekAFrom' }, { date: format.day(pattern.weekAStartsOn) })}
                </p>
              )}
            </>
          ) : (
            <p className={styles.muted} style={{ margin: 0 }}>
              {intl.formatMessage({ id: 'workPattern.none' })}
            </p>
          )}
          {canEdit && (
            <div>
              <button
                type="button"
                className={styles.buttonSecondary}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {intl.formatMessage({ id: pattern ? 'workPattern.edit' : 'workPattern.set' })}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

type PatternData = Parameters<typeof patternDraft>[0];

function PatternForm({ employmentId, pattern, onCancel, onSaved }: { employmentId: string; pattern: PatternData; onCancel: () => void; onSaved: () => void }) {
  const intl = useIntl();
  const dayName = useDayName();
  const [draft, setDraft] = useState<PatternDraft>(() => patternDraft(pattern, intl.locale, todayIso()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [anchorError, setAnchorError] = useState<string | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [{ fetching }, save] = useMutation(setWorkPatternMutation);
  const weeks = draft.twoWeeks ? [0, 1] : [0];

  const setDay = (week: number, day: Weekday, value: string) => {
    // The box's message goes as soon as it is changed, so the form does not shift under the pointer.
    const field = dayField(week, day);
    setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([f]) => f !== field)) : e));
    setDraft((d) => ({ ...d, weeks: d.weeks.map((w, i) => (i === week ? { ...w, [day]: value } : w)) }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = patternProblems(draft);
    const dayError = intl.formatMessage({ id: 'workPattern.problem.day' });
    setErrors(Object.fromEntries(problems.days.map((f) => [f, dayError])));
    setAnchorError(problems.anchor ? intl.formatMessage({ id: 'workPattern.problem.anchor' }) : null);
    if (problems.days.length > 0 || problems.anchor) {
      setFailure('leaveScheme.problem.summary');
      return;
    }
    if (problems.empty) {
      setFailure('workPattern.problem.empty');
      return;
    }
    setFailure(null);
    const res = await save({ input: patternInput(employmentId, draft) });
    const payload = res.data?.setWorkPattern;
    const failed = messageIdForMutationFailure({ error: res.error, userErrors: payload?.userErrors });
    if (failed) {
      const first = payload?.userErrors[0];
      const field = patternFieldOf(first?.field);
      if (field && first) setErrors({ [field]: intl.formatMessage({ id: messageIdForUserErrorCode(first.code) }) });
      setFailure(failed);
      return;
    }
    onSaved();
  };

  return (
    <Form className={page.form} validationBehavior="aria" validationErrors={errors} onSubmit={(e) => void submit(e)}>
      <Checkbox className={styles.choice} isSelected={draft.twoWeeks} onChange={(on) => setDraft((d) => withTwoWeeks(d, on))}>
        {({ isSelected }) => (
          <>
            <span className={styles.box} aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            {intl.formatMessage({ id: 'workPattern.twoWeeks' })}
          </>
        )}
      </Checkbox>
      {weeks.map((week) => (
        <fieldset key={week} className={page.fieldset}>
          <legend className={styles.label}>
            {intl.formatMessage({ id: draft.twoWeeks ? (week === 0 ? 'workPattern.weekA' : 'workPattern.weekB') : 'workPattern.hoursPerDay' })}
          </legend>
          <div className={page.days}>
            {WEEKDAYS.map((day) => (
              <TextInputField
                key={day}
                name={dayField(week, day)}
                label={dayName(day)}
                inputMode="decimal"
                autoComplete="off"
                value={draft.weeks[week]![day]}
                onChange={(value) => setDay(week, day, value)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      {draft.twoWeeks && (
        <DateInput
          name="weekAStartsOn"
          label={intl.formatMessage({ id: 'workPattern.anchor' })}
          hint={intl.formatMessage({ id: 'workPattern.anchorHint' })}
          value={draft.weekAStartsOn}
          error={anchorError}
          onChange={(weekAStartsOn) => {
            setAnchorError(null);
            setDraft((d) => ({ ...d, weekAStartsOn }));
          }}
        />
      )}
      <Alert messageId={failure} takeFocus />
      <div className={page.actions}>
        <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'leaveScheme.saving' })}>
          {intl.formatMessage({ id: 'workPattern.save' })}
        </BusyButton>
        <button type="button" className={styles.buttonSecondary} onClick={onCancel}>
          {intl.formatMessage({ id: 'leaveScheme.cancel' })}
        </button>
      </div>
    </Form>
  );
}
