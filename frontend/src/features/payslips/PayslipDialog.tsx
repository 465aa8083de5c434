import { useIntl } from 'react-intl';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { useDownload } from '../../lib/download/useDownload';
import { useFormat } from '../../components/ui/format';
import { DownloadIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import styles from '../../components/ui/ui.module.css';
import { PayslipView } from '../payslip-view';
import { payslipFileName } from './lines';
import { payslipQuery } from './payslips.graphql';
import page from './PersonPayslips.module.css';

/** One payslip as the employee sees it (the shared loonstrook, R23), when the employee sees it, and the PDF. */
export function PayslipDialog({ payslipId, onClose }: { payslipId: string; onClose: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const { download, busy, failure } = useDownload();
  const [result] = useQuery({ query: payslipQuery, variables: { id: payslipId } });
  const node = result.data?.node;
  const slip = node?.__typename === 'Payslip' ? node : null;

  return (
    <ModalOverlay className={styles.overlay} isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={styles.modalWide}>
        <Dialog className={styles.dialog}>
          <Heading slot="title" className={styles.dialogTitle}>
            {slip
              ? intl.formatMessage({ id: 'payslips.dialog.title' }, { period: slip.periodLabel })
              : intl.formatMessage({ id: 'payslips.dialog.loading' })}
          </Heading>
          <div className={`${styles.dialogBody} ${page.dialogScroll}`}>
            {!slip && result.error && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
            {!slip && !result.error && result.data && <Notice tone="error">{intl.formatMessage({ id: 'error.NOT_FOUND' })}</Notice>}
            {!slip && !result.error && !result.data && <PageStatus />}
            {slip && (
              <>
                <dl className={page.summary}>
                  <div>
                    <dt>{intl.formatMessage({ id: 'payslips.column.visibleFrom' })}</dt>
                    <dd>{format.day(slip.visibleFrom)}</dd>
                  </div>
                </dl>
                <PayslipView payslip={slip} period={slip.periodLabel} level={3} />
                {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
              </>
            )}
          </div>
          <div className={styles.dialogActions}>
            <Button className={styles.buttonSecondary} slot="close">
              {intl.formatMessage({ id: 'payslips.dialog.close' })}
            </Button>
            {slip && (
              <BusyButton
                className={styles.button}
                isBusy={busy === slip.pdfUrl}
                busyLabel={intl.formatMessage({ id: 'payslips.downloading' })}
                onClick={() => void download(slip.pdfUrl, payslipFileName(slip.periodLabel))}
              >
                <DownloadIcon />
                {intl.formatMessage({ id: 'payslips.dialog.download' })}
              </BusyButton>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
