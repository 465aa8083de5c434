import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { FieldError, Form, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useClient } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import type { MailTemplateLevelInput, MailTextSource } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { editorReducer, initialEditorState, sources, texts, type TemplateData } from './editorState';
import { MailPreview, useMailPreview } from './MailPreview';
import { resetMailTemplateMutation, setMailTemplateMutation } from './mailTexts.graphql';
import { errorField, hasOwnText, insertAt, isDirty, saveFields, TEXT_FIELDS, unknownVariables, type TextField as Field } from './template';
import { useMailVariables, VariablesPanel } from './VariablesPanel';
import { blockInputs, editorBlocks, sameBlocks } from './structured/blocks';
import type { ChipTextHandle } from './structured/ChipText';
import { StructuredEditor, type StructuredDraft } from './structured/StructuredEditor';
import editor from './MailTextEditor.module.css';
import structuredStyles from './structured/structured.module.css';

export type { TemplateData } from './editorState';

type Mode = 'structured' | 'advanced';

const structuredDraft = (t: TemplateData): StructuredDraft => ({ subject: t.subject, blocks: editorBlocks(t.blocks ?? []) });

export interface MailTextEditorProps {
  level: MailTemplateLevelInput;
  levelName: string;
  template: TemplateData;
  ownSource: MailTextSource;
  /** After a save or reset: the list refreshes its marks. */
  onChanged: () => void;
}

/** Editor of one kind of mail in one language at one level, with variables and a live preview. */
export function MailTextEditor({ level, levelName, template, ownSource, onChanged }: MailTextEditorProps) {
  const intl = useIntl();
  const client = useClient();
  const [state, dispatch] = useReducer(editorReducer, template, initialEditorState);
  const { base, draft, saving, formError, done } = state;
  const original = texts(base);
  const baseSources = sources(base);
  const fields = useFieldErrors<Field>();
  const [confirmReset, setConfirmReset] = useState(false);
  const refs = {
    subject: useRef<HTMLInputElement>(null),
    textBody: useRef<HTMLTextAreaElement>(null),
    htmlBody: useRef<HTMLTextAreaElement>(null),
  };
  const lastFocused = useRef<Field>('textBody');

  const variablesResult = useMailVariables(base.kind);
  const variables = variablesResult.data?.mailVariables ?? [];
  const known = variables.map((v) => v.name);

  // The structured editor (R15) edits the subject and the body as blocks; it is offered whenever
  // the effective HTML reads as blocks, and is where the editor opens.
  const structuredPossible = (base.blocks?.length ?? 0) > 0;
  const [mode, setMode] = useState<Mode>(structuredPossible ? 'structured' : 'advanced');
  const [simpleState, setSimpleState] = useState(() => ({ from: base, draft: structuredDraft(base) }));
  const simple = simpleState.draft;
  const simpleBase = useMemo(() => structuredDraft(simpleState.from), [simpleState.from]);
  const simpleDirty = simple.subject !== simpleBase.subject || !sameBlocks(simple.blocks, simpleBase.blocks);
  if (simpleState.from !== base) {
    // The stored text changed (saved, reset, or the list refreshed): follow it unless the user is editing.
    setSimpleState({ from: base, draft: simpleDirty ? simple : structuredDraft(base) });
    if (!base.blocks?.length && mode === 'structured') setMode('advanced');
  }
  const setSimple = (draft: StructuredDraft) => setSimpleState((st) => ({ ...st, draft }));
  const chipField = useRef<ChipTextHandle | null>(null);
  const rememberChipField = useCallback((handle: ChipTextHandle) => {
    chipField.current = handle;
  }, []);
  const [simpleErrors, setSimpleErrors] = useState<{ subject: MessageId | null; body: MessageId | null }>({ subject: null, body: null });

  const previewKey = mode === 'structured' ? JSON.stringify([simple.subject, blockInputs(simple.blocks)]) : JSON.stringify(draft);
  const previewDraft = useMemo(
    () => (mode === 'structured' ? { subject: simple.subject, blocks: blockInputs(simple.blocks) } : draft),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- previewKey stands for the draft's content: a new object with the same content must not start another preview
    [previewKey],
  );
  const { preview, previewError } = useMailPreview(level, base.kind, base.locale, previewDraft);

  const incoming = JSON.stringify(template);
  if (incoming !== state.seen) dispatch({ type: 'listChanged', template, seen: incoming });

  const dirty = isDirty(original, draft);
  const fieldLabel = (field: Field) => intl.formatMessage({ id: `mailTexts.field.${field}` });

  const change = (field: Field, value: string) => {
    dispatch({ type: 'change', field, value });
    fields.clear(field);
  };

  const insert = (name: string) => {
    if (mode === 'structured') {
      chipField.current?.insertVariable(name);
      return;
    }
    const field = lastFocused.current;
    const element = refs[field].current;
    const token = `{{.${name}}}`;
    const value = draft[field];
    const { value: next, caret } = insertAt(value, element?.selectionStart ?? value.length, element?.selectionEnd ?? value.length, token);
    change(field, next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  };

  const save = async () => {
    dispatch({ type: 'saveStarted' });
    fields.set({});
    try {
      const input = { level, kind: base.kind, locale: base.locale, ...saveFields(level.scope, original, baseSources, draft) };
      const { data, error } = await client.mutation(setMailTemplateMutation, { input }).toPromise();
      const payload = data?.setMailTemplate;
      const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (failure || !payload?.template) {
        const field = error ? null : errorField(payload?.userErrors[0]?.field);
        if (field) fields.set({ [field]: failure ?? 'error.generic' });
        else dispatch({ type: 'saveFailed', formError: failure ?? 'error.generic' });
        return;
      }
      dispatch({ type: 'stored', template: payload.template, done: 'mailTexts.saved' });
      onChanged();
    } finally {
      dispatch({ type: 'saveEnded' });
    }
  };

  // Saving the structured draft stores the subject (when it is the level's own or was changed) and
  // both bodies, which the server builds from the blocks.
  const saveStructured = async () => {
    dispatch({ type: 'saveStarted' });
    setSimpleErrors({ subject: null, body: null });
    try {
      const subjectOwn = baseSources.subject === ownSource || simple.subject !== base.subject;
      const input = { level, kind: base.kind, locale: base.locale, subject: subjectOwn ? simple.subject : null, blocks: blockInputs(simple.blocks) };
      const { data, error } = await client.mutation(setMailTemplateMutation, { input }).toPromise();
      const payload = data?.setMailTemplate;
      const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (failure || !payload?.template) {
        const field = error ? null : errorField(payload?.userErrors[0]?.field);
        if (field === 'subject') setSimpleErrors({ subject: failure ?? 'error.generic', body: null });
        else if (field) setSimpleErrors({ subject: null, body: failure ?? 'error.generic' });
        else dispatch({ type: 'saveFailed', formError: failure ?? 'error.generic' });
        return;
      }
      setSimpleState({ from: payload.template, draft: structuredDraft(payload.template) });
      dispatch({ type: 'stored', template: payload.template, done: 'mailTexts.saved' });
      onChanged();
    } finally {
      dispatch({ type: 'saveEnded' });
    }
  };

  const reset = async (): Promise<MessageId | null> => {
    const { data, error } = await client
      .mutation(resetMailTemplateMutation, { input: { level, kind: base.kind, locale: base.locale } })
      .toPromise();
    const payload = data?.resetMailTemplate;
    const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (failure || !payload?.template) return failure ?? 'error.generic';
    setSimpleState({ from: payload.template, draft: structuredDraft(payload.template) });
    setSimpleErrors({ subject: null, body: null });
    dispatch({ type: 'stored', template: payload.template, done: 'mailTexts.resetDone' });
    fields.set({});
    onChanged();
    return null;
  };

  const sourceText = (source: MailTextSource) =>
    intl.formatMessage({ id: source === ownSource ? `mailTexts.source.own.${source}` : `mailTexts.source.${source}` });

  const sourceBadge = (source: MailTextSource) => (
    <span className={`${styles.badge} ${source === ownSource ? styles.badgeInfo : styles.badgeNeutral}`}>{sourceText(source)}</span>
  );

  return (
    <div className={editor.layout}>
      <div className={styles.stack}>
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="mail-editor-title">
          <div className={styles.spread}>
            <h2 id="mail-editor-title" className={styles.cardTitle} style={{ margin: 0 }}>
              {intl.formatMessage({ id: `mailTexts.kind.${base.kind}` })}{' '}
              <span className={styles.muted}>({intl.formatMessage({ id: `mailTexts.locale.${base.locale}` })})</span>
            </h2>
          </div>
          <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
            {intl.formatMessage({ id: `mailTexts.kind.${base.kind}.description` })}
          </p>
          <div className={structuredStyles.modes} role="group" aria-label={intl.formatMessage({ id: 'mailTexts.mode.label' })}>
            {(['structured', 'advanced'] as const).map((m) => (
              <button
                key={m}
                type="button"
                className={mode === m ? styles.button : styles.buttonSecondary}
                aria-pressed={mode === m}
                disabled={m === 'structured' && !structuredPossible}
                onClick={() => setMode(m)}
              >
                {intl.formatMessage({ id: `mailTexts.mode.${m}` })}
              </button>
            ))}
          </div>
          {!structuredPossible && <Notice tone="info">{intl.formatMessage({ id: 'mailTexts.mode.advancedOnly' })}</Notice>}
          {mode === 'structured' ? (
            <form
              className={styles.stack}
              onSubmit={(event) => {
                event.preventDefault();
                if (!saving) void saveStructured();
              }}
            >
              <StructuredEditor
                draft={simple}
                onChange={(next) => {
                  setSimple(next);
                  setSimpleErrors({ subject: null, body: null });
                }}
                variables={variables}
                onFocused={rememberChipField}
                subjectError={simpleErrors.subject && intl.formatMessage({ id: simpleErrors.subject })}
                bodyError={simpleErrors.body && intl.formatMessage({ id: simpleErrors.body })}
                subjectSource={sourceBadge(baseSources.subject)}
                bodySource={sourceBadge(baseSources.htmlBody)}
              />
              {formError && <Notice tone="error">{intl.formatMessage({ id: formError })}</Notice>}
              {done && <Notice tone="success">{intl.formatMessage({ id: done })}</Notice>}
              <div className={styles.row}>
                <BusyButton type="submit" className={styles.button} isBusy={saving} busyLabel={intl.formatMessage({ id: 'adminUi.saving' })}>
                  {intl.formatMessage({ id: 'mailTexts.save' })}
                </BusyButton>
                {simpleDirty && (
                  <button type="button" className={styles.buttonGhost} onClick={() => setSimple(structuredDraft(base))}>
                    {intl.formatMessage({ id: 'mailTexts.undo' })}
                  </button>
                )}
                {hasOwnText(level.scope, baseSources) && (
                  <button type="button" className={styles.buttonSecondary} onClick={() => setConfirmReset(true)}>
                    {intl.formatMessage({ id: 'mailTexts.reset' })}
                  </button>
                )}
              </div>
              {simpleDirty && <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>{intl.formatMessage({ id: 'mailTexts.unsaved' })}</p>}
            </form>
          ) : (
          <Form
            className={styles.stack}
            validationErrors={fields.validationErrors}
            onSubmit={(event) => {
              event.preventDefault();
              if (!saving) void save();
            }}
          >
            {TEXT_FIELDS.map((field) => {
              const unknown = unknownVariables(draft[field], known);
              const previewProblem = previewError?.field === field ? intl.formatMessage({ id: previewError.message }) : null;
              return (
                <TextField
                  key={field}
                  name={field}
                  className={styles.field}
                  value={draft[field]}
                  onChange={(value) => change(field, value)}
                  onFocus={() => {
                    lastFocused.current = field;
                  }}
                >
                  <span className={editor.labelRow}>
                    <Label className={styles.label}>{fieldLabel(field)}</Label>
                    {sourceBadge(baseSources[field])}
                  </span>
                  {field === 'subject' ? (
                    <Input ref={refs.subject} className={styles.input} spellCheck />
                  ) : (
                    <TextArea
                      ref={field === 'textBody' ? refs.textBody : refs.htmlBody}
                      className={`${styles.textarea} ${field === 'htmlBody' ? styles.code : ''}`}
                      rows={field === 'htmlBody' ? 10 : 8}
                      spellCheck={field === 'textBody'}
                    />
                  )}
                  {(unknown.length > 0 || previewProblem) && (
                    <Text slot="description" className={editor.warning}>
                      {unknown.length > 0
                        ? intl.formatMessage({ id: 'mailTexts.unknownVariables' }, { names: unknown.map((n) => `{{.${n}}}`).join(', ') })
                        : previewProblem}
                    </Text>
                  )}
                  <FieldError className={styles.fieldError} />
                </TextField>
              );
            })}
            {formError && <Notice tone="error">{intl.formatMessage({ id: formError })}</Notice>}
            {done && <Notice tone="success">{intl.formatMessage({ id: done })}</Notice>}
            <div className={styles.row}>
              <BusyButton type="submit" className={styles.button} isBusy={saving} busyLabel={intl.formatMessage({ id: 'adminUi.saving' })}>
                {intl.formatMessage({ id: 'mailTexts.save' })}
              </BusyButton>
              {dirty && (
                <button type="button" className={styles.buttonGhost} onClick={() => dispatch({ type: 'undo' })}>
                  {intl.formatMessage({ id: 'mailTexts.undo' })}
                </button>
              )}
              {hasOwnText(level.scope, baseSources) && (
                <button type="button" className={styles.buttonSecondary} onClick={() => setConfirmReset(true)}>
                  {intl.formatMessage({ id: 'mailTexts.reset' })}
                </button>
              )}
            </div>
            {dirty && <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>{intl.formatMessage({ id: 'mailTexts.unsaved' })}</p>}
          </Form>
          )}
          <ConfirmDialog
            isOpen={confirmReset}
            onClose={() => setConfirmReset(false)}
            title={intl.formatMessage({ id: 'mailTexts.reset.title' })}
            confirmLabel={intl.formatMessage({ id: 'mailTexts.reset' })}
            busyLabel={intl.formatMessage({ id: 'mailTexts.reset.busy' })}
            onConfirm={reset}
          >
            <p>{intl.formatMessage({ id: `mailTexts.reset.body.${level.scope}` }, { level: levelName })}</p>
          </ConfirmDialog>
        </section>
        <VariablesPanel result={variablesResult} onInsert={insert} />
      </div>

      <div className={styles.stack}>
        <MailPreview preview={preview} previewError={previewError} fieldLabel={fieldLabel} />
      </div>
    </div>
  );
}
