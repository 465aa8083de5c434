import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Button, Checkbox, FieldError, FileTrigger, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useClient } from 'urql';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import type { DocumentCategory } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useFieldErrors, type FieldMessage } from '../../lib/forms/useFieldErrors';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import { SelectField } from '../../components/ui/SelectField';
import styles from '../../components/ui/ui.module.css';
import type { DocumentScope } from './DocumentList';
import { addDocumentMutation } from './documents.graphql';
import { ACCEPT, DOCUMENT_CATEGORIES, fileProblem, formatSize, MAX_TITLE_LENGTH, type FileProblem } from './files';
import list from './Documents.module.css';

export interface UploadFormProps {
  scope: DocumentScope;
  employerId: string;
  personId?: string;
  /** The person's or the employer's name, for the intro. */
  name: string;
  /** After a successful upload (the list reloads). */
  onUploaded: () => void;
}

const FILE_MESSAGES: Record<FileProblem, MessageId> = {
  missing: 'documents.upload.error.missing',
  empty: 'documents.upload.error.empty',
  tooLarge: 'documents.upload.error.tooLarge',
  unsupportedType: 'documents.upload.error.unsupportedType',
};

type Outcome = { tone: 'success'; text: string } | { tone: 'error'; messageId: MessageId };

/**
 * Adds a document (R26): title, category, a PDF, PNG or JPEG of at most 10 MiB (checked here
 * first, and by the server on the bytes) and whether employees see it at once. The file goes as a
 * GraphQL multipart request (addDocument's `file: Upload`).
 */
export function UploadForm({ scope, employerId, personId, name, onUploaded }: UploadFormProps) {
  const intl = useIntl();
  const client = useClient();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<DocumentCategory>(scope === 'person' ? 'CONTRACT' : 'POLICY');
  const [file, setFile] = useState<File | null>(null);
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = useFieldErrors<'title'>();
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fileMessage = (problem: FileProblem, chosen: File | null) =>
    intl.formatMessage({ id: FILE_MESSAGES[problem] }, { size: chosen ? formatSize(chosen.size, intl.locale) : '' });

  const choose = (files: FileList | null) => {
    const chosen = files?.[0] ?? null;
    setFile(chosen);
    setOutcome(null);
    const problem = chosen ? fileProblem(chosen) : null;
    setFileError(problem ? fileMessage(problem, chosen) : null);
  };

  const validate = (): boolean => {
    const trimmed = title.trim();
    const titleProblem: FieldMessage | null =
      trimmed === ''
        ? 'documents.upload.error.titleMissing'
        : trimmed.length > MAX_TITLE_LENGTH
          ? { id: 'documents.upload.error.titleTooLong', values: { max: MAX_TITLE_LENGTH } }
          : null;
    const problem = fileProblem(file);
    fields.set(titleProblem ? { title: titleProblem } : {});
    setFileError(problem ? fileMessage(problem, file) : null);
    return !titleProblem && !problem;
  };

  const submit = async () => {
    setOutcome(null);
    if (!validate() || !file) return;
    setBusy(true);
    try {
      const result = await client
        .mutation(addDocumentMutation, {
          input: { employerId, ...(personId ? { personId } : {}), category, title: title.trim(), file, visibleToEmployee: visible },
        })
        .toPromise();
      const payload = result.data?.addDocument;
      const userErrors = payload?.userErrors ?? [];
      const code = result.error ? null : userErrors[0]?.code;
      if (code === 'FILE_TOO_LARGE' || code === 'UNSUPPORTED_FILE_TYPE') {
        setFileError(intl.formatMessage({ id: code === 'FILE_TOO_LARGE' ? 'documents.upload.error.serverTooLarge' : 'documents.upload.error.serverType' }));
        return;
      }
      if (code === 'INVALID_INPUT' && userErrors[0]?.field?.includes('title')) {
        fields.set({ title: { id: 'documents.upload.error.titleTooLong', values: { max: MAX_TITLE_LENGTH } } });
        return;
      }
      const failure = messageIdForMutationFailure({ error: result.error, userErrors }) ?? (payload?.document ? null : 'error.generic');
      if (failure) {
        setOutcome({ tone: 'error', messageId: failure });
        return;
      }
      const added = title.trim();
      setOutcome({
        tone: 'success',
        text: visible
          ? intl.formatMessage({ id: 'documents.upload.doneVisible' }, { title: added, count: payload?.notifiedCount ?? 0 })
          : intl.formatMessage({ id: 'documents.upload.done' }, { title: added }),
      });
      setTitle('');
      setFile(null);
      setVisible(false);
      onUploaded();
    } finally {
      setBusy(false);
    }
  };

  const fileHintId = `${ids}-file-hint`;
  const fileStateId = `${ids}-file-state`;
  const fileErrorId = `${ids}-file-error`;

  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`${ids}-title`}>
      <div>
        <h2 id={`${ids}-title`} className={styles.cardTitle} style={{ margin: 0 }}>
          {intl.formatMessage({ id: 'documents.upload.title' })}
        </h2>
        <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0.25rem 0 0' }}>
          {scope === 'person'
            ? intl.formatMessage({ id: 'documents.upload.intro.person' }, { name })
            : intl.formatMessage({ id: 'documents.upload.intro.employer' }, { employer: name })}
        </p>
      </div>
      <Form
        className={list.form}
        validationErrors={fields.validationErrors}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <TextField
          className={styles.field}
          name="title"
          value={title}
          onChange={(next) => {
            setTitle(next);
            fields.clear('title');
          }}
          isRequired
          validationBehavior="aria"
        >
          <Label className={styles.label}>{intl.formatMessage({ id: 'documents.upload.titleLabel' })}</Label>
          <Input className={styles.input} autoComplete="off" />
          <Text slot="description" className={styles.description}>
            {intl.formatMessage({ id: 'documents.upload.titleHint' })}
          </Text>
          <FieldError className={styles.fieldError} />
        </TextField>
        <SelectField<DocumentCategory>
          label={intl.formatMessage({ id: 'documents.upload.category' })}
          value={category}
          onChange={setCategory}
          options={DOCUMENT_CATEGORIES.map((c) => ({ id: c, label: intl.formatMessage({ id: `documents.category.${c}` }) }))}
        />
        <div className={`${list.fileGroup} ${list.wide}`} role="group" aria-labelledby={`${ids}-file-label`}>
          <span id={`${ids}-file-label`} className={styles.label}>
            {intl.formatMessage({ id: 'documents.upload.file' })}
          </span>
          <div className={list.fileRow}>
            <FileTrigger acceptedFileTypes={ACCEPT} onSelect={choose}>
              <Button
                className={styles.buttonSecondary}
                aria-describedby={[fileStateId, fileError ? fileErrorId : fileHintId].join(' ')}
              >
                {intl.formatMessage({ id: file ? 'documents.upload.chooseOther' : 'documents.upload.choose' })}
              </Button>
            </FileTrigger>
            <span id={fileStateId} className={`${list.chosen} ${file ? '' : styles.muted}`}>
              {file
                ? intl.formatMessage({ id: 'documents.upload.chosen' }, { name: file.name, size: formatSize(file.size, intl.locale) })
                : intl.formatMessage({ id: 'documents.upload.noFile' })}
            </span>
          </div>
          {fileError ? (
            <Alert id={fileErrorId} look="text" className={styles.fieldError}>
              {fileError}
            </Alert>
          ) : (
            <p id={fileHintId} className={styles.description} style={{ margin: 0 }}>
              {intl.formatMessage({ id: 'documents.upload.fileHint' })}
            </p>
          )}
        </div>
        <div className={`${styles.stack} ${list.wide}`} style={{ gap: '0.25rem' }}>
          <Checkbox className={styles.choice} isSelected={visible} onChange={setVisible} aria-describedby={`${ids}-visible-hint`}>
            {({ isSelected }) => (
              <>
                <span className={styles.box} aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                {intl.formatMessage({ id: `documents.upload.visible.${scope}` })}
              </>
            )}
          </Checkbox>
          <p id={`${ids}-visible-hint`} className={styles.description} style={{ margin: 0 }}>
            {intl.formatMessage({ id: 'documents.upload.visibleHint' })}
          </p>
        </div>
        <div className={`${list.formActions} ${list.wide}`}>
          <BusyButton type="submit" className={styles.button} isBusy={busy} busyLabel={intl.formatMessage({ id: 'documents.upload.busy' })}>
            {intl.formatMessage({ id: 'documents.upload.submit' })}
          </BusyButton>
        </div>
      </Form>
      {outcome?.tone === 'success' && <Notice tone="success">{outcome.text}</Notice>}
      {outcome?.tone === 'error' && <Notice tone="error">{intl.formatMessage({ id: outcome.messageId })}</Notice>}
    </section>
  );
}
