import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { DEFAULT_ESCALATION_DAYS, escalationProblem, escalationInput } from './escalation';
import { setWorkflowEscalationMutation } from './workflow.graphql';
import page from './WorkflowEditorPage.module.css';

type Escalation = { workingDays: number; custom: boolean };

/**
 * The employer's escalation limit (R35): after how many working days an open task is reported to
 * everyone holding Behandelen aanvragen. Shown in words; changed in a small form (1–30 working days,
 * empty for the default of 5). Tasks reported already are not reported again.
 */
export function EscalationLimit({
  employerId,
  escalation,
  editable,
  onSaved,
}: {
  employerId: string;
  escalation: Escalation;
  editable: boolean;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const ids = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, save] = useMutation(setWorkflowEscalationMutation);

  const submit = async (value: string) => {
    const problem = escalationProblem(value);
    if (problem) {
      setFailure(problem);
      return;
    }
    setFailure(null);
    const { data, error } = await save({ input: { employerId, workingDays: escalationInput(value) } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.setWorkflowEscalation.userErrors });
    if (failed) {
      setFailure(failed);
      return;
    }
    setDraft(null);
    setSaved(true);
    onSaved();
  };

  return (
    <section className={styles.card} aria-labelledby={`${ids}-title`}>
      <div className={styles.spread}>
        <h2 id={`${ids}-title`} className={styles.sectionTitle}>
          {intl.formatMessage({ id: 'workflow.escalation.title' })}
        </h2>
        <span className={escalation.custom ? styles.badgeInfo : styles.badgeNeutral}>
          {intl.formatMessage({ id: escalation.custom ? 'workflow.escalation.custom' : 'workflow.escalation.default' })}
        </span>
      </div>
      <p>{intl.formatMessage({ id: 'workflow.escalation.current' }, { days: escalation.workingDays })}</p>
      {saved && draft === null && <Notice tone="success">{intl.formatMessage({ id: 'workflow.escalation.saved' })}</Notice>}
      {draft === null ? (
        editable && (
          <div>
            <button
              type="button"
              className={styles.buttonSecondary}
              onClick={() => {
                setSaved(false);
                setFailure(null);
                setDraft(escalation.custom ? String(escalation.workingDays) : '');
              }}
            >
              {intl.formatMessage({ id: 'workflow.escalation.edit' })}
            </button>
          </div>
        )
      ) : (
        <form
          className={page.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(draft);
          }}
        >
          <div className={styles.field}>
            <label className={styles.label} htmlFor={`${ids}-days`}>
              {intl.formatMessage({ id: 'workflow.escalation.label' })}
            </label>
            <input
              id={`${ids}-days`}
              className={`${styles.input} ${page.short}`}
              inputMode="numeric"
              autoComplete="off"
              value={draft}
              aria-invalid={failure !== null}
              aria-describedby={`${ids}-hint${failure ? ` ${ids}-error` : ''}`}
              onChange={(e) => setDraft(e.target.value)}
            />
            <p id={`${ids}-hint`} className={styles.description}>
              {intl.formatMessage({ id: 'workflow.escalation.hint' }, { days: DEFAULT_ESCALATION_DAYS })}
            </p>
          </div>
          {failure && (
            <div id={`${ids}-error`}>
              <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>
            </div>
          )}
          <div className={page.actions}>
            <BusyButton type="submit" className={styles.button} isBusy={fetching} busyLabel={intl.formatMessage({ id: 'workflow.form.busy' })}>
              {intl.formatMessage({ id: 'workflow.escalation.save' })}
            </BusyButton>
            <button
              type="button"
              className={styles.buttonSecondary}
              onClick={() => {
                setDraft(null);
                setFailure(null);
              }}
            >
              {intl.formatMessage({ id: 'workflow.form.cancel' })}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
