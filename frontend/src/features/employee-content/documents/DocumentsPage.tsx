import { useEffect, useState } from 'react';
import { Switch } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { DocumentCategory } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { useDownload } from '../../../lib/download/useDownload';
import { messageIdForMutationFailure } from '../../../lib/graphql/errors';
import { formatFileSize } from '../../../lib/format/fileSize';
import { formatMomentDay } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { documentsQuery, markDocumentsSeenMutation, setDocumentNotificationsMutation } from './documents.graphql';
import styles from '../content.module.css';
import own from './DocumentsPage.module.css';

/** How many documents the page lists; the server's maximum. */
const FIRST = 200;

const CATEGORY: Record<DocumentCategory, MessageId> = {
  CONTRACT: 'employeeDocuments.category.CONTRACT',
  CORRESPONDENCE: 'employeeDocuments.category.CORRESPONDENCE',
  PAYROLL: 'employeeDocuments.category.PAYROLL',
  ABSENCE: 'employeeDocuments.category.ABSENCE',
  POLICY: 'employeeDocuments.category.POLICY',
  OTHER: 'employeeDocuments.category.OTHER',
};

/** /werknemer/documenten: the documents the employer shares (R26), with download and the new-document mail. */
export default function DocumentsPage() {
  return <PortalPage feature="DOCUMENTS">{(context) => <Documents {...context} />}</PortalPage>;
}

function Documents({ employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeDocuments.title');
  const [{ data, fetching, error }] = useQuery({
    query: documentsQuery,
    variables: { first: FIRST },
    requestPolicy: 'cache-and-network',
  });
  const { download, busy, failure } = useDownload();
  const documents = data?.me?.documents;
  // Once the list has been shown, its documents are no longer new on the home (R26). A failure
  // only leaves them counted as new: nothing to tell the employee.
  const [, markSeen] = useMutation(markDocumentsSeenMutation);
  const shown = !!documents;
  useEffect(() => {
    if (shown) void markSeen({});
  }, [shown, markSeen]);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeDocuments.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeDocuments.intro' }, { employer })}</p>
      </header>
      {!documents ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="DOCUMENTS" employer={employer} />
        )
      ) : (
        <>
          {typeof data?.me?.documentNotifications === 'boolean' && (
            <NotificationSwitch saved={data.me.documentNotifications} />
          )}
          <Alert messageId={failure} takeFocus />
          {documents.totalCount === 0 ? (
            <p className={styles.notice}>{intl.formatMessage({ id: 'employeeDocuments.none' })}</p>
          ) : (
            <ul className={styles.list} aria-label={intl.formatMessage({ id: 'employeeDocuments.listLabel' })}>
              {(documents.edges ?? []).map((edge) => {
                const d = edge?.node;
                if (!d) return null;
                return (
                  <li key={d.id} className={styles.card}>
                    <div className={styles.row}>
                      <div className={styles.rowMain}>
                        <h2 className={`${styles.rowTitle} ${own.title}`}>{d.title}</h2>
                        <span className={styles.rowMeta}>
                          {intl.formatMessage(
                            { id: 'employeeDocuments.meta' },
                            {
                              category: intl.formatMessage({ id: CATEGORY[d.category] }),
                              date: formatMomentDay(intl, d.createdAt),
                              size: formatFileSize(d.sizeBytes, intl.locale),
                            },
                          )}
                        </span>
                      </div>
                      <BusyButton
                        className={styles.secondaryButton}
                        isBusy={busy === d.downloadUrl}
                        busyLabel={intl.formatMessage({ id: 'employeeContent.downloading' })}
                        aria-describedby={undefined}
                        onClick={() => void download(d.downloadUrl, d.fileName)}
                      >
                        {intl.formatMessage({ id: 'employeeDocuments.download' }, { title: d.title })}
                      </BusyButton>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {documents.totalCount > (documents.edges?.length ?? 0) && (
            <p className={styles.muted}>
              {intl.formatMessage({ id: 'employeeDocuments.more' }, { shown: documents.edges?.length ?? 0, count: documents.totalCount })}
            </p>
          )}
        </>
      )}
    </>
  );
}

/** R26: "Mail me bij een nieuw document", showing what is saved; a failed change flips back. */
function NotificationSwitch({ saved }: { saved: boolean }) {
  const intl = useIntl();
  const [{ fetching }, setNotifications] = useMutation(setDocumentNotificationsMutation);
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'saved'; enabled: boolean } | { kind: 'failed'; id: MessageId } | null>(null);
  const selected = wanted ?? saved;

  const change = async (enabled: boolean) => {
    setWanted(enabled);
    setOutcome(null);
    const { data, error } = await setNotifications({ input: { enabled } });
    const failed = messageIdForMutationFailure({ error, userErrors: data?.setDocumentNotifications.userErrors });
    setWanted(null);
    if (failed || !data) {
      setOutcome({ kind: 'failed', id: failed ?? 'error.generic' });
      return;
    }
    setOutcome({ kind: 'saved', enabled: data.setDocumentNotifications.enabled });
  };

  return (
    <section className={styles.card} aria-labelledby="document-mail">
      <h2 id="document-mail" className={styles.subTitle}>
        {intl.formatMessage({ id: 'employeeDocuments.mail.title' })}
      </h2>
      <Switch
        className={own.switch}
        isSelected={selected}
        isDisabled={fetching}
        onChange={(enabled) => void change(enabled)}
        aria-describedby="document-mail-help"
      >
        <span className={own.track} aria-hidden="true">
          <span className={own.thumb} />
        </span>
        {intl.formatMessage({ id: 'employeeDocuments.mail.switch' })}
      </Switch>
      <p id="document-mail-help" className={styles.muted}>
        {intl.formatMessage({ id: 'employeeDocuments.mail.help' })}
      </p>
      <div role="status" className={own.status}>
        {outcome?.kind === 'saved' && (
          <p className={styles.saved}>
            {intl.formatMessage({ id: outcome.enabled ? 'employeeDocuments.mail.savedOn' : 'employeeDocuments.mail.savedOff' })}
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <Alert messageId={outcome.id} />
      )}
    </section>
  );
}
