import { useEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { FieldError, Form, Input, Label, Tab, TabList, TabPanel, Tabs, Text, TextArea, TextField } from 'react-aria-components';
import { useClient, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import type { MailKind, MailLocale, MailTemplateLevelInput, MailTextSource } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { useLocale } from '../../i18n/LocaleProvider';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { useDebouncedValue } from '../../components/ui/useDebouncedValue';
import {
  mailVariablesQuery,
  previewMailTemplateMutation,
  resetMailTemplateMutation,
  setMailTemplateMutation,
} from './mailTexts.graphql';
import { errorField, hasOwnText, insertAt, isDirty, saveFields, TEXT_FIELDS, unknownVariables, type Sources, type TextField as Field, type Texts } from './template';
import editor from './MailTextEditor.module.css';

export interface TemplateData {
  kind: MailKind;
  locale: MailLocale;
  subject: string;
  subjectSource: MailTextSource;
  textBody: string;
  textBodySource: MailTextSource;
  htmlBody: string;
  htmlBodySource: MailTextSource;
}

const texts = (t: TemplateData): Texts => ({ subject: t.subject, textBody: t.textBody, htmlBody: t.htmlBody });
const sources = (t: TemplateData): Sources => ({ subject: t.subjectSource, textBody: t.textBodySource, htmlBody: t.htmlBodySource });

interface Preview {
  subject: string;
  textBody: string;
  htmlBody: string;
}

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
  const { locale: uiLocale } = useLocale();
  const [base, setBase] = useState<TemplateData>(template);
  const original = texts(base);
  const baseSources = sources(base);
  const [draft, setDraft] = useState<Texts>(original);
  const [saving, setSaving] = useState(false);
  const fields = useFieldErrors<Field>();
  const [formError, setFormError] = useState<MessageId | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<{ message: MessageId; field: Field | null } | null>(null);
  const refs = {
    subject: useRef<HTMLInputElement>(null),
    textBody: useRef<HTMLTextAreaElement>(null),
    htmlBody: useRef<HTMLTextAreaElement>(null),
  };
  const lastFocused = useRef<Field>('textBody');

  // Variable descriptions come in the language of the request: ask in the UI's language.
  const variablesContext = useMemo(() => ({ fetchOptions: { headers: { 'Accept-Language': uiLocale } } }), [uiLocale]);
  const [variablesResult] = useQuery({ query: mailVariablesQuery, variables: { kind: base.kind }, context: variablesContext });
  const variables = variablesResult.data?.mailVariables ?? [];
  const known = variables.map((v) => v.name);

  // Live preview of the draft, a moment after typing stops; stale answers are dropped.
  const debounced = useDebouncedValue(draft, 400);
  useEffect(() => {
    let current = true;
    void client
      .mutation(previewMailTemplateMutation, { input: { level, kind: base.kind, locale: base.locale, ...debounced } })
      .toPromise()
      .then(({ data, error }) => {
        if (!current) return;
        const payload = data?.previewMailTemplate;
        const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
        if (failure || !payload) {
          setPreviewError({ message: failure ?? 'error.generic', field: errorField(payload?.userErrors[0]?.field) });
          return;
        }
        setPreviewError(null);
        setPreview({ subject: payload.subject ?? '', textBody: payload.textBody ?? '', htmlBody: payload.htmlBody ?? '' });
      });
    return () => {
      current = false;
    };
  }, [client, level, base.kind, base.locale, debounced]);

  // The list refreshes (another level saved, a reset elsewhere): follow it unless the user is editing.
  const incoming = JSON.stringify(template);
  const [seen, setSeen] = useState(incoming);
  if (incoming !== seen) {
    setSeen(incoming);
    if (!isDirty(original, draft)) {
      setBase(template);
      setDraft(texts(template));
    }
  }

  const dirty = isDirty(original, draft);
  const fieldLabel = (field: Field) => intl.formatMessage({ id: `mailTexts.field.${field}` });

  const change = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    fields.clear(field);
    setSaved(null);
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
    setSaving(true);
    setFormError(null);
    fields.set({});
    setSaved(null);
    try {
      const input = { level, kind: base.kind, locale: base.locale, ...saveFields(level.scope, original, baseSources, draft) };
      const { data, error } = await client.mutation(setMailTemplateMutation, { input }).toPromise();
      const payload = data?.setMailTemplate;
      const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
      if (failure || !payload?.template) {
        const field = error ? null : errorField(payload?.userErrors[0]?.field);
        if (field) fields.set({ [field]: failure ?? 'error.generic' });
        else setFormError(failure ?? 'error.generic');
        return;
      }
      setBase(payload.template);
      setDraft(texts(payload.template));
      setSaved(intl.formatMessage({ id: 'mailTexts.saved' }));
      onChanged();
    } finally {
      setSaving(false);
    }
  };

  const reset = async (): Promise<MessageId | null> => {
    const { data, error } = await client
      .mutation(resetMailTemplateMutation, { input: { level, kind: base.kind, locale: base.locale } })
      .toPromise();
    const payload = data?.resetMailTemplate;
    const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (failure || !payload?.template) return failure ?? 'error.generic';
    setBase(payload.template);
    setDraft(texts(payload.template));
    fields.set({});
    setSaved(intl.formatMessage({ id: 'mailTexts.resetDone' }));
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
            {saved && <Notice tone="success">{saved}</Notice>}
            <div className={styles.row}>
              <BusyButton type="submit" className={styles.button} isBusy={saving} busyLabel={intl.formatMessage({ id: 'adminUi.saving' })}>
                {intl.formatMessage({ id: 'mailTexts.save' })}
              </BusyButton>
              {dirty && (
                <button type="button" className={styles.buttonGhost} onClick={() => setDraft(original)}>
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
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="mail-variables-title">
          <h2 id="mail-variables-title" className={styles.cardTitle} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'mailTexts.variables.title' })}
          </h2>
          <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'mailTexts.variables.intro' })}
          </p>
          {variablesResult.error && !variablesResult.data && (
            <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(variablesResult.error) })}</Notice>
          )}
          <ul className={editor.variables}>
            {variables.map((v) => (
              <li key={v.name}>
                <div className={editor.variableHead}>
                  <code className={styles.mono}>{`{{.${v.name}}}`}</code>
                  <button
                    type="button"
                    className={styles.buttonGhost}
                    onClick={() => insert(v.name)}
                    aria-label={intl.formatMessage({ id: 'mailTexts.variables.insertLabel' }, { name: v.name })}
                  >
                    {intl.formatMessage({ id: 'mailTexts.variables.insert' })}
                  </button>
                </div>
                <span className={styles.small}>{v.description}</span>
                <span className={`${styles.small} ${styles.muted}`}>
                  {intl.formatMessage({ id: 'mailTexts.variables.sample' }, { sample: v.sample })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <div className={styles.stack}>
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="mail-preview-title">
          <h2 id="mail-preview-title" className={styles.cardTitle} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'mailTexts.preview.title' })}
          </h2>
          <p className={`${styles.small} ${styles.muted}`} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'mailTexts.preview.intro' })}
          </p>
          {previewError && (
            <Notice tone="warning">
              {previewError.field
                ? intl.formatMessage(
                    { id: 'mailTexts.preview.failed' },
                    { field: fieldLabel(previewError.field), message: intl.formatMessage({ id: previewError.message }) },
                  )
                : intl.formatMessage({ id: 'mailTexts.preview.failedGeneral' }, { message: intl.formatMessage({ id: previewError.message }) })}
            </Notice>
          )}
          {preview ? (
            <div className={editor.preview} data-testid="mail-preview">
              <p className={editor.previewSubject}>
                <span className={styles.muted}>{intl.formatMessage({ id: 'mailTexts.field.subject' })}: </span>
                <strong data-testid="preview-subject">{preview.subject}</strong>
              </p>
              <Tabs className={styles.tabs}>
                <TabList className={styles.tabList} aria-label={intl.formatMessage({ id: 'mailTexts.preview.title' })}>
                  <Tab id="html" className={styles.tab}>
                    {intl.formatMessage({ id: 'mailTexts.preview.html' })}
                  </Tab>
                  <Tab id="text" className={styles.tab}>
                    {intl.formatMessage({ id: 'mailTexts.preview.text' })}
                  </Tab>
                </TabList>
                <TabPanel id="html" className={styles.tabPanel}>
                  <iframe
                    className={editor.frame}
                    sandbox=""
                    srcDoc={preview.htmlBody}
                    title={intl.formatMessage({ id: 'mailTexts.preview.frameTitle' })}
                  />
                </TabPanel>
                <TabPanel id="text" className={styles.tabPanel}>
                  {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- it scrolls: keyboard users focus it to scroll (axe scrollable-region-focusable) */}
                  <pre className={editor.text} data-testid="preview-text" tabIndex={0}>
                    {preview.textBody}
                  </pre>
                </TabPanel>
              </Tabs>
            </div>
          ) : (
            !previewError && <p className={styles.muted}>{intl.formatMessage({ id: 'app.loading' })}</p>
          )}
        </section>

      </div>
    </div>
  );
}
