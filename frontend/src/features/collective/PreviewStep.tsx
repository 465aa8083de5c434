import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Text, TextArea, TextField } from 'react-aria-components';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { useEmployer } from '../employers';
import { OutcomeTables } from './OutcomeView';
import { type CollectiveKind, type CollectiveResult } from './useCollective';
import type { Ref } from 'react';

/** Step 2, the dry run: who would be taken and who skipped (and why); nothing has changed yet. Confirm to run. */
export function PreviewStep({
  kind,
  result,
  headingRef,
  onAdjust,
  onRun,
}: {
  kind: CollectiveKind;
  result: CollectiveResult;
  headingRef: Ref<HTMLHeadingElement>;
  onAdjust: () => void;
  onRun: (result: CollectiveResult, reason?: string) => void;
}) {
  const intl = useIntl();
  const employer = useEmployer();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${kind}-step2`}>
      <h2 id={`${kind}-step2`} ref={headingRef} tabIndex={-1} className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'collective.step.preview' })}
      </h2>
      <Notice>{intl.formatMessage({ id: 'collective.preview.nothingChanged' })}</Notice>
      <OutcomeTables result={result} kind={kind} employerId={employer.id} dryRun />
      {result.taken.length === 0 && <Notice tone="warning">{intl.formatMessage({ id: `collective.${kind}.nobody` })}</Notice>}
      <div className={styles.row}>
        {result.taken.length > 0 && (
          <button type="button" className={kind === 'block' ? styles.buttonDanger : styles.button} onClick={() => setConfirming(true)}>
            {intl.formatMessage({ id: `collective.${kind}.confirmButton` }, { count: result.taken.length })}
          </button>
        )}
        <button type="button" className={styles.buttonSecondary} onClick={onAdjust}>
          {intl.formatMessage({ id: 'collective.adjust' })}
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={intl.formatMessage({ id: `collective.${kind}.confirmTitle` }, { count: result.taken.length })}
        confirmLabel={intl.formatMessage({ id: `collective.${kind}.confirm` })}
        busyLabel={intl.formatMessage({ id: 'collective.running' })}
        tone={kind === 'block' ? 'danger' : 'primary'}
        onConfirm={() => {
          onRun(result, reason.trim() || undefined);
          return null;
        }}
      >
        <p>{intl.formatMessage({ id: `collective.${kind}.confirmBody` }, { count: result.taken.length })}</p>
        {result.skipped.length > 0 && (
          <p>{intl.formatMessage({ id: 'collective.confirmSkipped' }, { count: result.skipped.length })}</p>
        )}
        {kind === 'block' && (
          <TextField className={styles.field} value={reason} onChange={setReason} maxLength={500}>
            <Label className={styles.label}>{intl.formatMessage({ id: 'collective.block.reason' })}</Label>
            <TextArea className={styles.textarea} rows={3} />
            <Text slot="description" className={styles.description}>
              {intl.formatMessage({ id: 'collective.block.reasonHelp' })}
            </Text>
          </TextField>
        )}
      </ConfirmDialog>
    </section>
  );
}
