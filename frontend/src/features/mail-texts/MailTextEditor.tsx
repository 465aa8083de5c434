import { useReducer, useRef, useState } from 'react';
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
import editor from './MailTextEditor.module.css';

export type { TemplateData } from './editorState';

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
  const known = (variablesResult.data?.mailVariables ?? []).map((v) => v.name);
  const { preview, previewError } = useMailPreview(level, base.kind, base.locale, draft);

  const incoming = JSON.stringify(template);
  if (incoming !== state.seen) dispatch({ type: 'listChanged', template, seen: incoming });

  const dirty = isDirty(original, draft);
  const fieldLabel = (field: Field) => intl.formatMessage({ id: `mailTexts.field.${field}` });

  const change = (field: Field, value: string) => {
    dispatch({ type: 'change', field, value });
    fields.clear(field);
  };

  const insert = (name: string) => {
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

  const reset = async (): Promise<MessageId | null> => {
    const { data, error } = await client
      .mutation(resetMailTemplateMutation, { input: { level, kind: base.kind, locale: base.locale } })
      .toPromise();
    const payload = data?.resetMailTemplate;
    const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (failure || !payload?.template) return failure ?? 'error.generic';
    dispatch({ type: 'stored', template: payload.template, done: 'mailTexts.resetDone' });
    fields.set({});
    onChanged();
    return null;
  };

  const sourceText = (source: MailTextSource) =>
    intl.formatMessage({ id: source === ownSource ? `mailTexts.source.own.${source}` : `mailTexts.source.${source}` });

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
                    <span className={`${styles.badge} ${baseSources[field] === ownSource ? styles.badgeInfo : styles.badgeNeutral}`}>
                      {sourceText(baseSources[field])}
                    </span>
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
