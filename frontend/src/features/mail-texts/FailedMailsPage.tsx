import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { MailFailureReason } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import { Pager } from '../../components/ui/Pager';
import { FIRST_PAGE, pageLinks, pagingVariables, parsePaging, withPaging } from '../../components/ui/paging';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import { useStaffViewer } from '../auth';
import { employerPath, personPath, useEmployer } from '../employers';
import { failedMailsQuery, requeueFailedMailsMutation, requeueMailMutation } from './failedMails.graphql';
import page from './FailedMailsPage.module.css';

const PAGE_SIZE = 25;

/** ?bereik=alle: a provider user's view of all its employers; this employer's without it. */
const ALL_PARAM = 'alle';

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/**
 * Mails die niet zijn aangekomen: the outbox retries a mail for days; what still could
 * not be delivered is listed here, newest first, with the kind of failure (never the server's error
 * text) and the recipient masked, and can be requeued one by one or all at once. A requeued mail
 * keeps its Message-ID and is retried for the full period again.
 */
export default function FailedMailsPage() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  const viewer = useStaffViewer();
  useDocumentTitle('mailTexts.failed.title');
  const [params, setParams] = useSearchParams();
  const canAll = viewer.scope === 'PROVIDER';
  const all = canAll && params.get('bereik') === ALL_PARAM;
  const paging = parsePaging(params);
  const [result] = useQuery({
    query: failedMailsQuery,
    variables: { ...(all ? {} : { employerId: employer.id }), ...pagingVariables(paging, PAGE_SIZE) },
    requestPolicy: 'cache-and-network',
  });
  const [requeueState, requeue] = useMutation(requeueMailMutation);
  const [, requeueAll] = useMutation(requeueFailedMailsMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const connection = result.data?.failedMails;
  // A requeued mail leaves the list at once; the list is fetched again behind it (staffCache).
  const mails = (connection?.edges ?? []).flatMap((edge) => (edge?.node && edge.node.status === 'FAILED' ? [edge.node] : []));
  const links = connection ? pageLinks(params, paging, connection.pageInfo, connection.totalCount, PAGE_SIZE) : null;
  const countText = connection ? intl.formatMessage({ id: 'mailTexts.failed.count' }, { count: connection.totalCount }) : '';
  const column = (id: ColumnKey) => intl.formatMessage({ id: `mailTexts.failed.column.${id}` });

  const chooseScope = (value: string) => {
    const next = withPaging(params, FIRST_PAGE);
    if (value === 'all') next.set('bereik', ALL_PARAM);
    else next.delete('bereik');
    setParams(next);
    setOutcome(null);
  };

  const requeueOne = async (id: string, recipient: string) => {
    setBusyId(id);
    setOutcome(null);
    const { data, error } = await requeue({ input: { id } });
    setBusyId(null);
    const failure = messageIdForMutationFailure({ error, userErrors: data?.requeueMail.userErrors });
    setOutcome(
      failure
        ? { tone: 'error', text: intl.formatMessage({ id: failure }) }
        : { tone: 'success', text: intl.formatMessage({ id: 'mailTexts.failed.requeued' }, { recipient }) },
    );
  };

  const requeueEverything = async (): Promise<MessageId | null> => {
    const { data, error } = await requeueAll({ input: all ? {} : { employerId: employer.id } });
    const payload = data?.requeueFailedMails;
    const failure = messageIdForMutationFailure({ error, userErrors: payload?.userErrors });
    if (failure || !payload) return failure ?? 'error.generic';
    setConfirmAll(false);
    setOutcome({
      tone: 'success',
      text: intl.formatMessage(
        { id: payload.remainingCount > 0 ? 'mailTexts.failed.requeuedAllPartly' : 'mailTexts.failed.requeuedAll' },
        { count: payload.requeuedCount, remaining: payload.remainingCount },
      ),
    });
    return null;
  };

  return (
    <div className={styles.page}>
      <header>
        <p className={page.back}>
          <Link to={employerPath(employer.id, 'e-mailteksten')}>{intl.formatMessage({ id: 'mailTexts.failed.back' })}</Link>
        </p>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'mailTexts.failed.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'mailTexts.failed.intro' })}</p>
        <p className={styles.small}>{intl.formatMessage({ id: 'mailTexts.failed.linksNote' })}</p>
      </header>

      {canAll && (
        <RadioGroup className={`${styles.choiceGroup} ${page.scope}`} value={all ? 'all' : 'employer'} onChange={chooseScope}>
          <Label className={styles.label}>{intl.formatMessage({ id: 'mailTexts.failed.scope.label' })}</Label>
          <div className={styles.choices}>
            <Radio value="employer" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'mailTexts.failed.scope.employer' }, { employer: employer.name })}
            </Radio>
            <Radio value="all" className={styles.choice}>
              <span className={styles.radioDot} aria-hidden="true" />
              {intl.formatMessage({ id: 'mailTexts.failed.scope.all' }, { provider: employer.provider.name })}
            </Radio>
          </div>
        </RadioGroup>
      )}

      <section className={styles.stack} aria-labelledby="failed-mail-count">
        <div className={page.toolbar}>
          <p id="failed-mail-count" role="status" className={styles.muted}>
            {countText}
          </p>
          {connection && connection.totalCount > 0 && (
            <button type="button" className={styles.buttonSecondary} onClick={() => setConfirmAll(true)}>
              {intl.formatMessage({ id: 'mailTexts.failed.requeueAll' })}
            </button>
          )}
        </div>
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
        {result.error && !connection && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
        {!connection && result.fetching && <PageStatus />}
        {connection &&
          (mails.length > 0 ? (
            <div className={styles.tableWrap}>
              <table className={`${styles.table} ${stacked.table}`} aria-label={intl.formatMessage({ id: 'mailTexts.failed.tableLabel' })}>
                <thead>
                  <tr>
                    <th scope="col">{column('recipient')}</th>
                    <th scope="col">{column('kind')}</th>
                    {all && <th scope="col">{column('employer')}</th>}
                    <th scope="col">{column('reason')}</th>
                    <th scope="col">{column('attempts')}</th>
                    <th scope="col">{column('failedAt')}</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>{column('actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {mails.map((mail) => {
                    const employerId = mail.employer?.id;
                    return (
                      <tr key={mail.id}>
                        <th scope="row" className={stacked.lead}>
                          <span>
                            {mail.person && employerId ? (
                              <Link to={personPath(employerId, mail.person.id)}>{mail.person.fullName}</Link>
                            ) : null}
                            <span className={mail.person ? stacked.sub : undefined}>{mail.recipient}</span>
                          </span>
                        </th>
                        <td data-label={column('kind')}>{intl.formatMessage({ id: `mailTexts.kind.${mail.kind}` })}</td>
                        {all && <td data-label={column('employer')}>{mail.employer?.name ?? '—'}</td>}
                        <td data-label={column('reason')}>
                          <span>
                            {intl.formatMessage({ id: reasonMessage(mail.failureReason) })}
                            {mail.smtpStatus && (
                              <span className={stacked.sub}>{intl.formatMessage({ id: 'mailTexts.failed.smtpStatus' }, { status: mail.smtpStatus })}</span>
                            )}
                          </span>
                        </td>
                        <td className={styles.numberCell} data-label={column('attempts')}>
                          {format.number(mail.attempts)}
                        </td>
                        <td data-label={column('failedAt')}>
                          <span>
                            {mail.failedAt ? format.moment(mail.failedAt) : '—'}
                            <span className={stacked.sub}>
                              {intl.formatMessage({ id: 'mailTexts.failed.createdAt' }, { moment: format.moment(mail.createdAt) })}
                            </span>
                          </span>
                        </td>
                        <td className={stacked.actions}>
                          <BusyButton
                            className={styles.buttonSecondary}
                            isBusy={busyId === mail.id && requeueState.fetching}
                            busyLabel={intl.formatMessage({ id: 'mailTexts.failed.requeueing' })}
                            aria-label={intl.formatMessage({ id: 'mailTexts.failed.requeueFor' }, { recipient: mail.recipient })}
                            onClick={() => void requeueOne(mail.id, mail.recipient)}
                          >
                            {intl.formatMessage({ id: 'mailTexts.failed.requeue' })}
                          </BusyButton>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <div className={styles.card}>
              <EmptyState title={intl.formatMessage({ id: 'mailTexts.failed.empty.title' })}>
                <p>{intl.formatMessage({ id: 'mailTexts.failed.empty.body' })}</p>
              </EmptyState>
            </div>
          ))}
        {connection && links && connection.totalCount > 0 && (
          <Pager
            page={paging.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            previousHref={links.previous}
            nextHref={links.next}
            summary={countText}
          />
        )}
      </section>

      <ConfirmDialog
        isOpen={confirmAll}
        onClose={() => setConfirmAll(false)}
        title={intl.formatMessage({ id: 'mailTexts.failed.confirm.title' })}
        confirmLabel={intl.formatMessage({ id: 'mailTexts.failed.confirm.action' })}
        busyLabel={intl.formatMessage({ id: 'mailTexts.failed.requeueing' })}
        onConfirm={requeueEverything}
      >
        <p>
          {intl.formatMessage(
            { id: all ? 'mailTexts.failed.confirm.bodyAll' : 'mailTexts.failed.confirm.body' },
            { count: connection?.totalCount ?? 0, employer: employer.name, provider: employer.provider.name },
          )}
        </p>
      </ConfirmDialog>
    </div>
  );
}

type ColumnKey = 'recipient' | 'kind' | 'employer' | 'reason' | 'attempts' | 'failedAt' | 'actions';

const REASONS = {
  UNREACHABLE: 'mailTexts.failed.reason.UNREACHABLE',
  TLS: 'mailTexts.failed.reason.TLS',
  AUTHENTICATION: 'mailTexts.failed.reason.AUTHENTICATION',
  TEMPORARY: 'mailTexts.failed.reason.TEMPORARY',
  REJECTED: 'mailTexts.failed.reason.REJECTED',
  OTHER: 'mailTexts.failed.reason.OTHER',
} as const satisfies Record<MailFailureReason, MessageId>;

function reasonMessage(reason: MailFailureReason | null | undefined): MessageId {
  return reason ? REASONS[reason] : 'mailTexts.failed.reason.unknown';
}
