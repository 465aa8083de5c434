import { useIntl } from 'react-intl';
import { Switch } from 'react-aria-components';
import { Alert } from '../../components/Alert';
import { BusyButton } from '../../components/BusyButton';
import { readFragment, type FragmentType } from '../../gql';
import type { MessageId } from '../../i18n/catalogue';
import { useFormat } from '../../components/ui/format';
import { DownloadIcon } from '../../components/ui/icons';
import styles from '../../components/ui/ui.module.css';
import { documentFields } from './documents.graphql';
import { formatSize } from './files';
import list from './Documents.module.css';

export type DocumentScope = 'person' | 'employer';
export type DocumentData = ReturnType<typeof readDocument>;

export const readDocument = (masked: FragmentType<typeof documentFields>) => readFragment(documentFields, masked);

export interface DocumentListProps {
  documents: DocumentData[];
  scope: DocumentScope;
  /** Whether the viewer may switch visibility (MANAGE_PAYROLL_DATA). */
  canManage: boolean;
  /** The document whose visibility is being changed now. */
  pendingId: string | null;
  /** A failed change, shown at its document. */
  failure: { documentId: string; messageId: MessageId } | null;
  onVisibilityChange: (document: DocumentData, visible: boolean) => void;
  /** Marks a PDF for all employees as a regulation for the regulations assistant (R42); employer scope only. */
  onRegulationChange?: (document: DocumentData, regulation: boolean) => void;
  /** The download path being fetched now. */
  downloading: string | null;
  onDownload: (document: DocumentData) => void;
  /** Asks to remove the document (only offered with MANAGE_PAYROLL_DATA). */
  onDelete: (document: DocumentData) => void;
}

/**
 * Documents as a list: title, category, file name, size and date; the "visible to the employee"
 * switch (R26) and a download. Without MANAGE_PAYROLL_DATA the switch shows the state but cannot be
 * changed.
 */
export function DocumentList({
  documents,
  scope,
  canManage,
  pendingId,
  failure,
  onVisibilityChange,
  onRegulationChange,
  downloading,
  onDownload,
  onDelete,
}: DocumentListProps) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <ul className={list.list} aria-label={intl.formatMessage({ id: 'documents.listLabel' })}>
      {documents.map((doc) => {
        const busy = pendingId === doc.id;
        const errorId = `document-error-${doc.id}`;
        return (
          <li key={doc.id} className={list.item}>
            <div className={list.main}>
              <h3 className={list.title}>{doc.title}</h3>
              <p className={list.meta}>
                <span className={`${styles.badge} ${styles.badgeNeutral}`}>{intl.formatMessage({ id: `documents.category.${doc.category}` })}</span>
                <span className={list.fileName}>{doc.fileName}</span>
                <span>{formatSize(doc.sizeBytes, intl.locale)}</span>
                <span>{intl.formatMessage({ id: 'documents.meta.added' }, { date: format.moment(doc.createdAt) })}</span>
              </p>
            </div>
            <div className={list.actions}>
              <Switch
                className={styles.switch}
                isSelected={doc.visibleToEmployee}
                isDisabled={!canManage || (pendingId !== null && !busy)}
                isReadOnly={busy}
                onChange={(on) => onVisibilityChange(doc, on)}
                aria-label={intl.formatMessage({ id: `documents.visible.switchLabel.${scope}` }, { title: doc.title })}
                aria-describedby={failure?.documentId === doc.id ? errorId : undefined}
              >
                <span className={styles.switchTrack} aria-hidden="true" />
                <span className={list.switchText}>
                  {busy
                    ? intl.formatMessage({ id: 'documents.visible.busy' })
                    : intl.formatMessage({ id: `documents.visible.${scope}` })}
                </span>
              </Switch>
              {scope === 'employer' && onRegulationChange && doc.contentType === 'application/pdf' && (
                <Switch
                  className={styles.switch}
                  isSelected={doc.regulation}
                  isDisabled={!canManage || (pendingId !== null && !busy)}
                  isReadOnly={busy}
                  onChange={(on) => onRegulationChange(doc, on)}
                  aria-label={intl.formatMessage({ id: 'documents.regulation.switchLabel' }, { title: doc.title })}
                  aria-describedby={failure?.documentId === doc.id ? errorId : undefined}
                >
                  <span className={styles.switchTrack} aria-hidden="true" />
                  <span className={list.switchText}>{intl.formatMessage({ id: 'documents.regulation.label' })}</span>
                </Switch>
              )}
              <BusyButton
                className={styles.buttonSecondary}
                isBusy={downloading === doc.downloadUrl}
                busyLabel={intl.formatMessage({ id: 'documents.downloading' })}
                aria-label={intl.formatMessage({ id: 'documents.downloadLabel' }, { title: doc.title, fileName: doc.fileName })}
                onClick={() => onDownload(doc)}
              >
                <DownloadIcon />
                {intl.formatMessage({ id: 'documents.download' })}
              </BusyButton>
              {canManage && (
                <button
                  type="button"
                  className={styles.buttonSecondary}
                  disabled={pendingId !== null}
                  aria-label={intl.formatMessage({ id: 'documents.delete.label' }, { title: doc.title })}
                  onClick={() => onDelete(doc)}
                >
                  {intl.formatMessage({ id: 'documents.delete.button' })}
                </button>
              )}
            </div>
            {failure?.documentId === doc.id && (
              <Alert id={errorId} look="text" className={list.error} messageId={failure.messageId} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
