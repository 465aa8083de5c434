import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useSearchParams } from 'react-router';
import { useClient, type CombinedError } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import type { FragmentType } from '../../gql';
import type { MessageId } from '../../i18n/catalogue';
import { useDownload } from '../../lib/download/useDownload';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { FIRST_PAGE, pageLinks, parsePaging, withPaging } from '../../components/ui/paging';
import { useHasRight } from '../auth';
import styles from '../../components/ui/ui.module.css';
import { DocumentList, readDocument, type DocumentData, type DocumentScope } from './DocumentList';
import {
  deleteDocumentMutation,
  setDocumentRegulationMutation,
  setDocumentVisibilityMutation,
  type documentFields,
} from './documents.graphql';
import { UploadForm } from './UploadForm';

export const DOCUMENTS_PAGE_SIZE = 25;

interface Connection {
  totalCount: number;
  pageInfo: { startCursor?: string | null; endCursor?: string | null };
  edges?: ReadonlyArray<{ node?: FragmentType<typeof documentFields> | null } | null> | null;
}

export interface DocumentsSectionProps {
  scope: DocumentScope;
  employerId: string;
  personId?: string;
  /** The person's full name, or the employer's name. */
  name: string;
  /** Heading of the list card (an h2). */
  listTitle: string;
  intro?: string;
  connection: Connection | null | undefined;
  error: CombinedError | undefined;
  /** Loads the list again from the server (after an upload). */
  reload: () => void;
}

/**
 * A dossier (R26): the documents with the visibility switch and downloads, paged (page in the URL),
 * and the upload form. Used on the person page (documents about the person) and on the employer's
 * Documenten page (documents for all employees). Uploading and the switch need MANAGE_PAYROLL_DATA;
 * without it they are left out or disabled, with a note.
 */
export function DocumentsSection({ scope, employerId, personId, name, listTitle, intro, connection, error, reload }: DocumentsSectionProps) {
  const intl = useIntl();
  const client = useClient();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const paging = parsePaging(params);
  const canManage = useHasRight('MANAGE_PAYROLL_DATA');
  const { download, busy: downloading, failure: downloadFailure } = useDownload();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ documentId: string; messageId: MessageId } | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<DocumentData | null>(null);

  const documents = (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [readDocument(edge.node)] : []));
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, DOCUMENTS_PAGE_SIZE) : null;
  const countText = connection ? intl.formatMessage({ id: 'documents.count' }, { count: connection.totalCount }) : '';

  const changeVisibility = async (doc: DocumentData, visible: boolean) => {
    setPendingId(doc.id);
    setFailure(null);
    setAnnouncement(null);
    try {
      const result = await client
        .mutation(setDocumentVisibilityMutation, { input: { documentId: doc.id, visibleToEmployee: visible } })
        .toPromise();
      const payload = result.data?.setDocumentVisibility;
      const messageId = messageIdForMutationFailure({ error: result.error, userErrors: payload?.userErrors }) ?? (payload ? null : 'error.generic');
      if (messageId) {
        setFailure({ documentId: doc.id, messageId });
        return;
      }
      setAnnouncement(
        visible
          ? intl.formatMessage({ id: 'documents.visible.shown' }, { title: doc.title, scope, count: payload?.notifiedCount ?? 0 })
          : intl.formatMessage({ id: 'documents.visible.hidden' }, { title: doc.title, scope }),
      );
    } finally {
      setPendingId(null);
    }
  };

  const changeRegulation = async (doc: DocumentData, regulation: boolean) => {
    setPendingId(doc.id);
    setFailure(null);
    setAnnouncement(null);
    try {
      const result = await client.mutation(setDocumentRegulationMutation, { input: { documentId: doc.id, regulation } }).toPromise();
      const payload = result.data?.setDocumentRegulation;
      const messageId = messageIdForMutationFailure({ error: result.error, userErrors: payload?.userErrors }) ?? (payload ? null : 'error.generic');
      if (messageId) {
        setFailure({ documentId: doc.id, messageId });
        return;
      }
      setAnnouncement(
        regulation
          ? intl.formatMessage({ id: 'documents.regulation.marked' }, { title: doc.title, count: payload?.passageCount ?? 0 })
          : intl.formatMessage({ id: 'documents.regulation.unmarked' }, { title: doc.title }),
      );
    } finally {
      setPendingId(null);
    }
  };

  /** Runs the delete asked for in the dialog; a failure keeps the dialog open with its reason. */
  const deleteDocument = async (doc: DocumentData): Promise<MessageId | null> => {
    const result = await client.mutation(deleteDocumentMutation, { input: { documentId: doc.id } }).toPromise();
    const payload = result.data?.deleteDocument;
    const messageId = messageIdForMutationFailure({ error: result.error, userErrors: payload?.userErrors }) ?? (payload ? null : 'error.generic');
    if (messageId) return messageId;
    setToDelete(null);
    setFailure(null);
    setAnnouncement(intl.formatMessage({ id: 'documents.delete.done' }, { title: doc.title }));
    reload();
    return null;
  };

  const afterUpload = () => {
    setAnnouncement(null);
    setFailure(null);
    // The new document is the newest: show the first page.
    if (paging.page > 1) setParams(withPaging(params, FIRST_PAGE), { replace: true, state: location.state as unknown });
    reload();
  };

  const emptyText =
    scope === 'person'
      ? intl.formatMessage({ id: canManage ? 'documents.empty.person' : 'documents.empty.personReadOnly' }, { name })
      : intl.formatMessage({ id: canManage ? 'documents.empty.employer' : 'documents.empty.employerReadOnly' });

  return (
    <div className={styles.stack}>
      <section className={`${styles.card} ${styles.stack}`} aria-labelledby={`documents-${scope}-title`}>
        <div>
          <h2 id={`documents-${scope}-title`} className={styles.cardTitle} style={{ margin: 0 }}>
            {listTitle}
          </h2>
          {intro && (
            <p className={`${styles.muted} ${styles.small}`} style={{ margin: '0.25rem 0 0' }}>
              {intro}
            </p>
          )}
        </div>
        {!canManage && (
          <Notice>{intl.formatMessage({ id: 'documents.noRight' }, { right: intl.formatMessage({ id: 'right.MANAGE_PAYROLL_DATA' }) })}</Notice>
        )}
        <p role="status" className={styles.muted} style={{ margin: 0 }}>
          {countText}
        </p>
        {announcement && <Notice tone="success">{announcement}</Notice>}
        {downloadFailure && <Notice tone="error">{intl.formatMessage({ id: downloadFailure })}</Notice>}
        {error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(error) })}</Notice>}
        {!connection && !error && <PageStatus />}
        {connection &&
          (documents.length > 0 ? (
            <DocumentList
              documents={documents}
              scope={scope}
              canManage={canManage}
              pendingId={pendingId}
              failure={failure}
              onVisibilityChange={(doc, visible) => void changeVisibility(doc, visible)}
              onRegulationChange={(doc, regulation) => void changeRegulation(doc, regulation)}
              downloading={downloading}
              onDownload={(doc) => void download(doc.downloadUrl, doc.fileName)}
              onDelete={(doc) => {
                setAnnouncement(null);
                setToDelete(doc);
              }}
            />
          ) : (
            <EmptyState title={intl.formatMessage({ id: 'documents.empty.title' })}>
              <p>{emptyText}</p>
            </EmptyState>
          ))}
        {connection && links && connection.totalCount > DOCUMENTS_PAGE_SIZE && (
          <Pager
            page={paging.page}
            pageSize={DOCUMENTS_PAGE_SIZE}
            totalCount={connection.totalCount}
            previousHref={links.previous}
            nextHref={links.next}
            summary={countText}
          />
        )}
      </section>
      {toDelete && (
        <ConfirmDialog
          isOpen
          onClose={() => setToDelete(null)}
          title={intl.formatMessage({ id: 'documents.delete.title' }, { title: toDelete.title })}
          confirmLabel={intl.formatMessage({ id: 'documents.delete.confirm' })}
          busyLabel={intl.formatMessage({ id: 'documents.delete.busy' })}
          tone="danger"
          onConfirm={() => deleteDocument(toDelete)}
        >
          <p>
            {intl.formatMessage(
              { id: toDelete.visibleToEmployee ? 'documents.delete.bodyVisible' : 'documents.delete.body' },
              { fileName: toDelete.fileName, scope },
            )}
          </p>
        </ConfirmDialog>
      )}
      {canManage && <UploadForm scope={scope} employerId={employerId} personId={personId} name={name} onUploaded={afterUpload} />}
    </div>
  );
}
