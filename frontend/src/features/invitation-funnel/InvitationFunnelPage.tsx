import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { BusyButton } from '../../components/BusyButton';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { SelectField } from '../../components/ui/SelectField';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { Notice } from '../../components/ui/Notice';
import stacked from '../../components/ui/stackedTable.module.css';
import styles from '../../components/ui/ui.module.css';
import type { AdminInvitationFunnelQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { messageIdForCombinedError, messageIdForMutationFailure } from '../../lib/graphql/errors';
import { useEmployer } from '../employers';
import { funnelResendMutation, invitationFunnelQuery } from './funnel.graphql';
import page from './InvitationFunnelPage.module.css';

type Funnel = AdminInvitationFunnelQuery['invitationFunnel'];
type WeekRow = Funnel['weeks'][number];
type Stuck = Funnel['stuck'][number];

const WEEK_CHOICES = ['4', '8', '13', '26'] as const;
type WeekChoice = (typeof WEEK_CHOICES)[number];

const COUNTS = ['sent', 'opened', 'verified', 'registered', 'expired', 'withdrawn'] as const;

/**
 * Uitnodigingen: the invitation funnel of an employer (R2–R4). Per week how far the access mails
 * got, and who waits at which step now, each with a one-click new link (R3). The numbers come from
 * the invitations' own states; the page shows what the server counted.
 */
export default function InvitationFunnelPage() {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  useDocumentTitle('invitationFunnel.title');
  const [weeks, setWeeks] = useState<WeekChoice>('8');
  const [result, refetch] = useQuery({
    query: invitationFunnelQuery,
    variables: { employerId: employer.id, weeks: Number(weeks) },
    requestPolicy: 'cache-and-network',
  });
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const funnel = result.data?.invitationFunnel;
  const column = (id: (typeof COUNTS)[number] | 'week' | 'conversion') => intl.formatMessage({ id: `invitationFunnel.column.${id}` });
  const percent = (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

  const row = (w: WeekRow, label: string, isTotal = false) => (
    <tr key={isTotal ? 'total' : w.start}>
      <th scope="row" className={stacked.lead}>
        {label}
      </th>
      {COUNTS.map((c) => (
        <td key={c} data-label={column(c)} className={page.numeric}>
          {format.number(w[c])}
        </td>
      ))}
      <td data-label={column('conversion')} className={page.numeric}>
        {w.sent > 0 ? percent(w.conversion) : '–'}
      </td>
    </tr>
  );

  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'invitationFunnel.title' })}</h1>
        <p className={styles.subtitle}>{intl.formatMessage({ id: 'invitationFunnel.intro' }, { employer: employer.name })}</p>
      </header>
      <SelectField
        label={intl.formatMessage({ id: 'invitationFunnel.weeks.label' })}
        options={WEEK_CHOICES.map((n) => ({ id: n, label: intl.formatMessage({ id: 'invitationFunnel.weeks.option' }, { count: n }) }))}
        value={weeks}
        onChange={setWeeks}
      />
      {outcome && (
        <Notice tone={outcome.tone} live>
          {outcome.text}
        </Notice>
      )}
      {result.error && !funnel && <Notice tone="error">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}
      {!funnel && result.fetching && <PageStatus />}
      {funnel && (
        <>
          {funnel.total.sent === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'invitationFunnel.empty' })} />
          ) : (
            <div className={styles.tableWrap}>
              <table className={`${styles.table} ${stacked.table}`} aria-label={intl.formatMessage({ id: 'invitationFunnel.table.label' })}>
                <thead>
                  <tr>
                    <th scope="col">{column('week')}</th>
                    {COUNTS.map((c) => (
                      <th key={c} scope="col" className={page.numeric}>
                        {column(c)}
                      </th>
                    ))}
                    <th scope="col" className={page.numeric}>
                      {column('conversion')}
                    </th>
                  </tr>
                </thead>
                <tbody>{funnel.weeks.map((w) => row(w, format.dayShort(w.start)))}</tbody>
                <tfoot>{row(funnel.total, intl.formatMessage({ id: 'invitationFunnel.total' }), true)}</tfoot>
              </table>
            </div>
          )}
          <section className={styles.stack} aria-labelledby="funnel-stuck">
            <h2 id="funnel-stuck" className={styles.sectionTitle}>
              {intl.formatMessage({ id: 'invitationFunnel.stuck.title' })}
            </h2>
            {funnel.stuck.map((s) => (
              <StuckStep
                key={s.step}
                stuck={s}
                onResent={(name) => {
                  setOutcome({ tone: 'success', text: intl.formatMessage({ id: 'invitationFunnel.resent' }, { name }) });
                  refetch({ requestPolicy: 'network-only' });
                }}
                onFailed={(id) => setOutcome({ tone: 'error', text: intl.formatMessage({ id }) })}
              />
            ))}
          </section>
        </>
      )}
    </div>
  );
}

/** One step with the people waiting there and a new link for each. */
function StuckStep({ stuck, onResent, onFailed }: { stuck: Stuck; onResent: (name: string) => void; onFailed: (id: MessageId) => void }) {
  const intl = useIntl();
  const format = useFormat();
  const [, resend] = useMutation(funnelResendMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const headingId = `funnel-${stuck.step}`;

  const send = async (personId: string, name: string) => {
    setBusy(personId);
    const { data, error } = await resend({ input: { personId } });
    setBusy(null);
    const failure = messageIdForMutationFailure({ error, userErrors: data?.resendInvitation.userErrors });
    if (failure) onFailed(failure);
    else onResent(name);
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={page.step}>
        {intl.formatMessage({ id: `invitationFunnel.stuck.${stuck.step}` })}{' '}
        <span className={styles.muted}>({intl.formatMessage({ id: 'invitationFunnel.stuck.count' }, { count: stuck.total })})</span>
      </h3>
      {stuck.people.length < stuck.total && (
        <p className={styles.muted}>{intl.formatMessage({ id: 'invitationFunnel.stuck.more' }, { shown: stuck.people.length, count: stuck.total })}</p>
      )}
      {stuck.people.length > 0 && (
        <ul className={page.people}>
          {stuck.people.map((p) => (
            <li key={p.person.id} className={page.person}>
              <span>
                <strong>{p.person.fullName}</strong>
                <span className={stacked.sub}>{p.email}</span>
                <span className={stacked.sub}>
                  {stuck.step === 'EXPIRED'
                    ? intl.formatMessage({ id: 'invitationFunnel.stuck.expiredAt' }, { date: format.moment(p.expiresAt) })
                    : intl.formatMessage({ id: 'invitationFunnel.stuck.invitedAt' }, { date: format.moment(p.invitedAt) })}
                </span>
              </span>
              <BusyButton
                className={styles.buttonSecondary}
                isBusy={busy === p.person.id}
                busyLabel={intl.formatMessage({ id: 'invitationFunnel.resend.busy' })}
                aria-label={intl.formatMessage({ id: 'invitationFunnel.resend.label' }, { name: p.person.fullName })}
                onClick={() => void send(p.person.id, p.person.fullName)}
              >
                {intl.formatMessage({ id: 'invitationFunnel.resend' })}
              </BusyButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
