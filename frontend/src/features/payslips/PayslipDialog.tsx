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
import { groupLines } from '../../lib/format/payslipLines';
import { formatCents, payslipFileName } from './lines';
import { payslipQuery } from './payslips.graphql';
import page from './PersonPayslips.module.css';

/** One payslip: gross and net, the lines grouped by category with their totals, and the PDF. */
export function PayslipDialog({ payslipId, onClose }: { payslipId: string; onClose: () => void }) {
  const intl = useIntl();
  const format = useFormat();
  const { download, busy, failure } = useDownload();
  const [result] = useQuery({ query: payslipQuery, variables: { id: payslipId } });
  const node = result.data?.node;
  const slip = node?.__typename === 'Payslip' ? node : null;
  const money = (cents: number) => formatCents(cents, intl.locale);

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
                    <dt>{intl.formatMessage({ id: 'payslips.column.gross' })}</dt>
                    <dd>{money(slip.grossCents)}</dd>
                  </div>
                  <div>
                    <dt>{intl.formatMessage({ id: 'payslips.column.net' })}</dt>
                    <dd>{money(slip.netCents)}</dd>
                  </div>
                  <div>
                    <dt>{intl.formatMessage({ id: 'payslips.column.runDate' })}</dt>
                    <dd>{format.day(slip.runDate)}</dd>
                  </div>
                  <div>
                    <dt>{intl.formatMessage({ id: 'payslips.column.visibleFrom' })}</dt>
                    <dd>{format.day(slip.visibleFrom)}</dd>
                  </div>
                  <div>
                    <dt>{intl.formatMessage({ id: 'payslips.dialog.employment' })}</dt>
                    <dd>
                      {intl.formatMessage(
                        { id: 'payslips.dialog.employmentValue' },
                        { number: slip.employment.employeeNumber, jobTitle: slip.employment.jobTitle || 'none' },
                      )}
                    </dd>
                  </div>
                </dl>
                {slip.lines.length === 0 && <p>{intl.formatMessage({ id: 'payslips.dialog.noLines' })}</p>}
                {groupLines(slip.lines, slip.totals).map((group) => (
                  <table key={group.category} className={page.lines}>
                    <caption>
                      {intl.formatMessage({ id: `payslips.category.${group.category}` })}
                      {group.category === 'EMPLOYER_CONTRIBUTIONS' && (
                        <span className={`${styles.small} ${styles.muted}`} style={{ display: 'block', fontWeight: 400 }}>
                          {intl.formatMessage({ id: 'payslips.category.EMPLOYER_CONTRIBUTIONS.note' })}
                        </span>
                      )}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={page.code}>
                          {intl.formatMessage({ id: 'payslips.dialog.code' })}
                        </th>
                        <th scope="col">{intl.formatMessage({ id: 'payslips.dialog.description' })}</th>
                        <th scope="col" className={page.amount}>
                          {intl.formatMessage({ id: 'payslips.dialog.amount' })}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.lines.map((line) => (
                        <tr key={line.id}>
                          <td className={page.code}>{line.code}</td>
                          <td>{line.description}</td>
                          <td className={page.amount}>{money(line.amountCents)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={2}>
                          {intl.formatMessage(
                            { id: 'payslips.dialog.total' },
                            { category: intl.formatMessage({ id: `payslips.category.${group.category}.lower` }) },
                          )}
                        </th>
                        <td className={page.amount}>{money(group.totalCents)}</td>
                      </tr>
                    </tfoot>
                  </table>
                ))}
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
