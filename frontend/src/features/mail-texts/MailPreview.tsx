import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useClient } from 'urql';
import type { MailBlockInput, MailKind, MailLocale, MailTemplateLevelInput } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForMutationFailure } from '../../lib/graphql/errors';
import { Notice } from '../../components/ui/Notice';
import { ScrollFade } from '../../components/ui/ScrollFade';
import styles from '../../components/ui/ui.module.css';
import { useDebouncedValue } from '../../components/ui/useDebouncedValue';
import { previewMailTemplateMutation } from './mailTexts.graphql';
import { errorField, type TextField as Field, type Texts } from './template';
import editor from './MailTextEditor.module.css';

interface Preview {
  subject: string;
  textBody: string;
  htmlBody: string;
}

export type PreviewError = { message: MessageId; field: Field | null };

/** A draft to preview: the three texts (advanced), or the subject and the blocks (structured). */
export type PreviewDraft = Texts | { subject: string; blocks: MailBlockInput[] };

/** The live preview of a draft, a moment after typing stops; stale answers are dropped. */
export function useMailPreview(level: MailTemplateLevelInput, kind: MailKind, locale: MailLocale, draft: PreviewDraft) {
  const client = useClient();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<PreviewError | null>(null);
  const debounced = useDebouncedValue(draft, 400);
  useEffect(() => {
    let current = true;
    void client
      .mutation(previewMailTemplateMutation, { input: { level, kind, locale, ...debounced } })
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
  }, [client, level, kind, locale, debounced]);
  return { preview, previewError };
}

/** The preview card: subject, then the HTML (sandboxed) and the plain text in tabs. */
export function MailPreview({
  preview,
  previewError,
  fieldLabel,
}: {
  preview: Preview | null;
  previewError: PreviewError | null;
  fieldLabel: (field: Field) => string;
}) {
  const intl = useIntl();
  return (
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
            <ScrollFade>
              <TabList className={styles.tabList} aria-label={intl.formatMessage({ id: 'mailTexts.preview.title' })}>
                <Tab id="html" className={styles.tab}>
                  {intl.formatMessage({ id: 'mailTexts.preview.html' })}
                </Tab>
                <Tab id="text" className={styles.tab}>
                  {intl.formatMessage({ id: 'mailTexts.preview.text' })}
                </Tab>
              </TabList>
            </ScrollFade>
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
  );
}
