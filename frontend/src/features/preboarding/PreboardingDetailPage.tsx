import type { ResultOf } from '@graphql-typed-document-node/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { EmptyState } from '../../components/ui/EmptyState';
import { useFormat } from '../../components/ui/format';
import { CloseIcon, DownloadIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import { returnPathFrom } from '../../components/ui/router';
import styles from '../../components/ui/ui.module.css';
import type { PreboardingDocumentSide, PreboardingItem } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { formatFileSize } from '../../lib/format/fileSize';
import { groupIban } from '../../lib/format/personalData';
import { messageIdForCombinedError, messageIdForMutationFailure, topLevelErrorCode } from '../../lib/graphql/errors';
import { personPath, useEmployer } from '../employers';
import { candidateName, hasPreboardingProduct, ITEMS, OPEN_STATES, preboardingPath, STATE_TONE } from './model';
import {
  completePreboardingMutation,
  endPreboardingMutation,
  preboardingDocumentQuery,
  preboardingQuery,
  preboardingTeamsQuery,
  resendPreboardingInvitationMutation,
  returnPreboardingMutation,
} from './preboarding.graphql';
import page from './Preboarding.module.css';

type Data = NonNullable<ResultOf<typeof preboardingQuery>['preboarding']>;
type Action = 'resend' | 'return' | 'complete' | 'end';

/**
 * /beheer/werkgevers/:id/nieuwe-medewerkers/:preboardingId (R38): one new hire with what they
 * submitted — the BSN in full and the ID copy, which only this page (MANAGE_PREBOARDING) shows —
 * and what staff do with it: send the invitation again, return it with a remark per item,
 * complete it (an employment from the first day, same login) or end it (everything submitted
 * is deleted). Each action asks first.
 */
export default function PreboardingDetailPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const location = useLocation();
  const { preboardingId = '' } = useParams();
  const [result, refetch] = useQuery({ query: preboardingQuery, variables: { id: preboardingId }, requestPolicy: 'cache-and-network' });
  const data = result.data?.preboarding ?? null;
  useDocumentTitle('preboarding.detail.documentTitle', { name: data ? candidateName(data) : '…' });
  const listPath = preboardingPath(employer.id);
  const closeTo = returnPathFrom(location.state, listPath) ?? listPath;

  if (!hasPreboardingProduct(employer.activeProducts ?? [])) {
    return (
      <div className={styles.page}>
        <Notice tone="info">{intl.formatMessage({ id: 'preboarding.noProduct' }, { employer: employer.name })}</Notice>
      </div>
    );
  }
  if (!data) {
    if (result.fetching || (!result.data && !result.error)) return <PageStatus />;
    const notFound = topLevelErrorCode(result.error) === 'NOT_FOUND' || !result.error;
    return (
      <div className={styles.page}>
        <div className={styles.card}>
          <EmptyState
            title={intl.formatMessage({ id: notFound ? 'preboarding.detail.notFound' : 'preboarding.detail.error' })}
            action={
              <Link to={listPath} className={styles.buttonSecondary}>
                {intl.formatMessage({ id: 'preboarding.detail.backToList' })}
              </Link>
            }
          >
            {!notFound && result.error && <p>{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</p>}
          </EmptyState>
        </div>
      </div>
    );
  }
  return <Detail data={data} closeTo={closeTo} reload={() => refetch({ requestPolicy: 'network-only' })} />;
}

function Detail({ data, closeTo, reload }: { data: Data; closeTo: string; reload: () => void }) {
  const intl = useIntl();
  const row = data;
  const format = useFormat();
  const employer = useEmployer();
  const name = candidateName(row);
  const [{ data: teamsData }] = useQuery({ query: preboardingTeamsQuery, variables: { employerId: employer.id } });
  const team = teamsData?.preboardingTeams.find((t) => t.id === row.departmentId)?.name;
  const [remarks, setRemarks] = useState<Partial<Record<PreboardingItem, string>>>({});
  const [pending, setPending] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [problem, setProblem] = useState<MessageId | null>(null);
  const [, resend] = useMutation(resendPreboardingInvitationMutation);
  const [, sendBack] = useMutation(returnPreboardingMutation);
  const [, complete] = useMutation(completePreboardingMutation);
  const [, end] = useMutation(endPreboardingMutation);
  const open = OPEN_STATES.includes(row.state);
  const submitted = row.state === 'SUBMITTED';
  const written = ITEMS.flatMap((item) => {
    const remark = remarks[item]?.trim();
    return remark ? [{ item, remark }] : [];
  });

  const act = async (): Promise<MessageId | null> => {
    if (!pending) return null;
    const input = { id: row.id };
    let failure: MessageId | null = null;
    switch (pending) {
      case 'resend': {
        const r = await resend({ input });
        failure = messageIdForMutationFailure({ error: r.error, userErrors: r.data?.resendPreboardingInvitation.userErrors });
        break;
      }
      case 'return': {
        const r = await sendBack({ input: { id: row.id, remarks: written } });
        failure = messageIdForMutationFailure({ error: r.error, userErrors: r.data?.returnPreboarding.userErrors });
        break;
      }
      case 'complete': {
        const r = await complete({ input });
        failure = messageIdForMutationFailure({ error: r.error, userErrors: r.data?.completePreboarding.userErrors });
        break;
      }
      case 'end': {
        const r = await end({ input });
        failure = messageIdForMutationFailure({ error: r.error, userErrors: r.data?.endPreboarding.userErrors });
        break;
      }
    }
    if (failure) return failure;
    if (pending === 'return') setRemarks({});
    setOutcome(intl.formatMessage({ id: `preboarding.${pending}.done` }, { name, email: row.email }));
    reload();
    return null;
  };

  const ask = (action: Action) => {
    setOutcome(null);
    setProblem(null);
    if (action === 'return' && written.length === 0) {
      setProblem('error.PREBOARDING_REMARKS_REQUIRED');
      return;
    }
    setPending(action);
  };

  return (
    <div className={styles.page}>
      <header className={page.header}>
        <div className={page.titleRow}>
          <h1 className={styles.title}>{name}</h1>
          <Link
            to={closeTo}
            className={styles.iconButton}
            aria-label={intl.formatMessage({ id: 'preboarding.detail.close' }, { name })}
            title={intl.formatMessage({ id: 'preboarding.detail.close' }, { name })}
          >
            <CloseIcon />
          </Link>
        </div>
        <p className={page.meta}>
          <span className={`${styles.badge} ${styles[STATE_TONE[row.state]]}`}>{intl.formatMessage({ id: `preboarding.state.${row.state}` })}</span>
          <span>{intl.formatMessage({ id: 'preboarding.progress' }, { done: row.done, total: ITEMS.length })}</span>
        </p>
      </header>

      {outcome && <Notice tone="success">{outcome}</Notice>}
      <StateNotice data={data} name={name} />

      <section className={styles.card} aria-labelledby="preboarding-hire">
        <h2 id="preboarding-hire" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'preboarding.detail.hire' })}
        </h2>
        <dl className={styles.details}>
          <Fact label="preboarding.field.email">{row.email}</Fact>
          <Fact label="preboarding.field.birthDate">{format.day(data.birthDate)}</Fact>
          <Fact label="preboarding.field.firstDay">{format.day(row.firstDay)}</Fact>
          <Fact label="preboarding.field.jobTitle">{row.jobTitle || '—'}</Fact>
          <Fact label="preboarding.field.team">{team ?? (row.departmentId ? '…' : intl.formatMessage({ id: 'preboarding.new.noTeam' }))}</Fact>
          <Fact label="preboarding.detail.invited">{format.moment(row.createdAt)}</Fact>
          {row.submittedAt && <Fact label="preboarding.detail.submitted">{format.moment(row.submittedAt)}</Fact>}
        </dl>
      </section>

      {row.state !== 'ENDED' && (
        <section className={styles.stack} aria-labelledby="preboarding-checklist">
          <h2 id="preboarding-checklist" className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'preboarding.detail.checklist' })}
          </h2>
          {submitted && <p className={styles.muted}>{intl.formatMessage({ id: 'preboarding.detail.remarksHint' })}</p>}
          <ol className={page.items}>
            {data.items.map((it) => (
              <li key={it.item} className={`${styles.card} ${page.item}`} aria-labelledby={`item-${it.item}`}>
                <div className={styles.spread}>
                  <h3 id={`item-${it.item}`} className={page.itemTitle}>
                    {intl.formatMessage({ id: `preboarding.item.${it.item}` })}
                  </h3>
                  <span className={`${styles.badge} ${it.done ? styles.badgeSuccess : styles.badgeNeutral}`}>
                    {intl.formatMessage({ id: it.done ? 'preboarding.item.done' : 'preboarding.item.open' })}
                  </span>
                </div>
                <ItemValues item={it.item} data={data} name={name} />
                {it.remark && !submitted && (
                  <p className={page.remark}>
                    <strong>{intl.formatMessage({ id: 'preboarding.detail.remarkSent' })}</strong> {it.remark}
                  </p>
                )}
                {submitted && (
                  <RemarkField
                    item={it.item}
                    value={remarks[it.item] ?? ''}
                    onChange={(v) => {
                      setProblem(null);
                      setRemarks((old) => ({ ...old, [it.item]: v }));
                    }}
                  />
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {open && (
        <section className={`${styles.card} ${styles.stack}`} aria-labelledby="preboarding-actions">
          <h2 id="preboarding-actions" className={styles.cardTitle}>
            {intl.formatMessage({ id: 'preboarding.detail.actions' })}
          </h2>
          {problem && <Notice tone="error">{intl.formatMessage({ id: problem })}</Notice>}
          <div className={page.actions}>
            {submitted && (
              <>
                <button type="button" className={styles.button} onClick={() => ask('complete')}>
                  {intl.formatMessage({ id: 'preboarding.complete.action' })}
                </button>
                <button type="button" className={styles.buttonSecondary} onClick={() => ask('return')}>
                  {intl.formatMessage({ id: 'preboarding.return.action' })}
                </button>
              </>
            )}
            {row.state === 'INVITED' && (
              <button type="button" className={styles.buttonSecondary} onClick={() => ask('resend')}>
                {intl.formatMessage({ id: 'preboarding.resend.action' })}
              </button>
            )}
            <button type="button" className={styles.buttonDanger} onClick={() => ask('end')}>
              {intl.formatMessage({ id: 'preboarding.end.action' })}
            </button>
          </div>
        </section>
      )}

      <ConfirmDialog
        isOpen={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? intl.formatMessage({ id: `preboarding.${pending}.title` }, { name }) : ''}
        confirmLabel={pending ? intl.formatMessage({ id: `preboarding.${pending}.confirm` }) : ''}
        busyLabel={pending ? intl.formatMessage({ id: `preboarding.${pending}.busy` }) : ''}
        tone={pending === 'end' ? 'danger' : 'primary'}
        onConfirm={act}
      >
        {pending && (
          <p>
            {intl.formatMessage(
              { id: `preboarding.${pending}.body` },
              { name, email: row.email, day: format.day(row.firstDay), count: written.length, employer: employer.name },
            )}
          </p>
        )}
        {pending === 'return' && (
          <ul>
            {written.map((w) => (
              <li key={w.item}>
                <strong>{intl.formatMessage({ id: `preboarding.item.${w.item}` })}:</strong> {w.remark}
              </li>
            ))}
          </ul>
        )}
      </ConfirmDialog>
    </div>
  );
}

function Fact({ label, children }: { label: MessageId; children: ReactNode }) {
  const intl = useIntl();
  return (
    <>
      <dt>{intl.formatMessage({ id: label })}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the state means for staff, with the person page once completed. */
function StateNotice({ data, name }: { data: Data; name: string }) {
  const intl = useIntl();
  const format = useFormat();
  const employer = useEmployer();
  switch (data.state) {
    case 'INVITED':
      return <Notice tone="info">{intl.formatMessage({ id: 'preboarding.detail.state.INVITED' }, { name })}</Notice>;
    case 'IN_PROGRESS':
      return <Notice tone="info">{intl.formatMessage({ id: 'preboarding.detail.state.IN_PROGRESS' }, { name })}</Notice>;
    case 'SUBMITTED':
      return <Notice tone="warning">{intl.formatMessage({ id: 'preboarding.detail.state.SUBMITTED' }, { name })}</Notice>;
    case 'RETURNED':
      return <Notice tone="info">{intl.formatMessage({ id: 'preboarding.detail.state.RETURNED' }, { name })}</Notice>;
    case 'COMPLETED':
      return (
        <Notice tone="info">
          <p>
            {intl.formatMessage(
              { id: 'preboarding.detail.state.COMPLETED' },
              { name, moment: data.completedAt ? format.moment(data.completedAt) : '', day: format.day(data.firstDay) },
            )}
          </p>
          <Link to={personPath(employer.id, data.personId)}>{intl.formatMessage({ id: 'preboarding.detail.openPerson' }, { name })}</Link>
        </Notice>
      );
    case 'ENDED':
      return (
        <Notice tone="info">
          {intl.formatMessage({ id: 'preboarding.detail.state.ENDED' }, { name, moment: data.endedAt ? format.moment(data.endedAt) : '' })}
        </Notice>
      );
  }
}

/** What the candidate filled in for one item; "not filled in" for what is missing. */
function ItemValues({ item, data, name }: { item: PreboardingItem; data: Data; name: string }) {
  const intl = useIntl();
  const format = useFormat();
  const none = intl.formatMessage({ id: 'preboarding.value.none' });
  const v = (s: string | null | undefined) => (s && s.trim() ? s : none);
  switch (item) {
    case 'PERSONAL':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.initials">{v(data.initials)}</Fact>
          <Fact label="preboarding.field.name">{v(candidateName(data))}</Fact>
          <Fact label="preboarding.field.phone">{v(data.phone)}</Fact>
          <Fact label="preboarding.field.nationality">{v(data.nationality)}</Fact>
        </dl>
      );
    case 'ADDRESS':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.street">{v(data.street)}</Fact>
          <Fact label="preboarding.field.postalCodeCity">{v([data.postalCode, data.city].filter(Boolean).join(' '))}</Fact>
          <Fact label="preboarding.field.country">{v(data.country)}</Fact>
        </dl>
      );
    case 'BSN':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.bsn">
            <span className={styles.mono}>{v(data.bsn)}</span>
          </Fact>
        </dl>
      );
    case 'IBAN':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.iban">
            <span className={styles.mono}>{v(groupIban(data.iban))}</span>
          </Fact>
        </dl>
      );
    case 'TAX_CREDIT':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.taxCredit">
            {data.taxCredit == null
              ? none
              : data.taxCredit
                ? intl.formatMessage({ id: 'preboarding.value.taxCreditYes' }, { day: data.taxCreditFrom ? format.day(data.taxCreditFrom) : '' })
                : intl.formatMessage({ id: 'preboarding.value.taxCreditNo' })}
          </Fact>
        </dl>
      );
    case 'EMERGENCY_CONTACT':
      return (
        <dl className={styles.details}>
          <Fact label="preboarding.field.emergencyName">{v(data.emergencyName)}</Fact>
          <Fact label="preboarding.field.emergencyRelation">{v(data.emergencyRelation)}</Fact>
          <Fact label="preboarding.field.emergencyPhone">{v(data.emergencyPhone)}</Fact>
        </dl>
      );
    case 'ID_DOCUMENT':
      if (data.documentsDeletedAt) {
        return <p className={styles.muted}>{intl.formatMessage({ id: 'preboarding.document.deleted' }, { moment: format.moment(data.documentsDeletedAt) })}</p>;
      }
      return (
        <div className={page.sides}>
          {(['FRONT', 'BACK'] as const).map((side) => (
            <DocumentSide key={side} id={data.id} side={side} file={data.files.find((f) => f.side === side) ?? null} name={name} />
          ))}
        </div>
      );
  }
}

/** An opened side: an object URL to download or open, and for a photo a data: URL to show (the CSP allows data: images, not blob:). */
type Opened = { url: string; contentType: string; image: string | null } | null;

/**
 * One side of the ID copy: its type and size, and on request the file itself (a MANAGE_PREBOARDING
 * query): an image shown here, a PDF opened in a new tab; both downloadable. The bytes stay in this
 * page's memory only (an object URL, revoked when the page closes).
 */
function DocumentSide({ id, side, file, name }: { id: string; side: PreboardingDocumentSide; file: { contentType: string; size: number } | null; name: string }) {
  const intl = useIntl();
  const client = useClient();
  const ids = useId();
  const [opened, setOpened] = useState<Opened>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageId | null>(null);
  useEffect(() => () => {
    if (opened) URL.revokeObjectURL(opened.url);
  }, [opened]);

  const sideLabel = intl.formatMessage({ id: `preboarding.document.${side}` });
  if (!file) {
    return (
      <div className={page.side}>
        <p className={page.sideTitle}>{sideLabel}</p>
        <p className={styles.muted}>{intl.formatMessage({ id: 'preboarding.document.missing' })}</p>
      </div>
    );
  }
  const kind = file.contentType === 'application/pdf' ? 'pdf' : 'image';
  const open = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await client.query(preboardingDocumentQuery, { id, side }, { requestPolicy: 'network-only' }).toPromise();
      const doc = r.data?.preboarding?.document;
      if (!doc) {
        setFailure(r.error ? messageIdForCombinedError(r.error) : 'preboarding.document.gone');
        return;
      }
      const bytes = Uint8Array.from(atob(doc.contentBase64), (c) => c.charCodeAt(0));
      setOpened({
        url: URL.createObjectURL(new Blob([bytes], { type: doc.contentType })),
        contentType: doc.contentType,
        image: doc.contentType.startsWith('image/') ? `data:${doc.contentType};base64,${doc.contentBase64}` : null,
      });
    } finally {
      setBusy(false);
    }
  };
  const fileName = `${name} - ${sideLabel}.${kind === 'pdf' ? 'pdf' : file.contentType === 'image/png' ? 'png' : 'jpg'}`;
  return (
    <div className={page.side} aria-labelledby={`${ids}-side`} role="group">
      <p id={`${ids}-side`} className={page.sideTitle}>
        {sideLabel}
      </p>
      <p className={styles.muted}>
        {intl.formatMessage({ id: `preboarding.document.kind.${kind}` })} · {formatFileSize(file.size, intl.locale, { base: 1024, wholeFrom: 10 })}
      </p>
      {failure && <Notice tone="error">{intl.formatMessage({ id: failure })}</Notice>}
      {!opened ? (
        <button type="button" className={styles.buttonSecondary} onClick={() => void open()} disabled={busy} aria-busy={busy || undefined}>
          {intl.formatMessage({ id: busy ? 'preboarding.document.opening' : 'preboarding.document.open' }, { side: sideLabel.toLowerCase() })}
        </button>
      ) : (
        <>
          {opened.image ? (
            <img className={page.preview} src={opened.image} alt={intl.formatMessage({ id: 'preboarding.document.alt' }, { side: sideLabel.toLowerCase(), name })} />
          ) : (
            <a href={opened.url} target="_blank" rel="noopener noreferrer">
              {intl.formatMessage({ id: 'preboarding.document.openPdf' }, { side: sideLabel.toLowerCase() })}
            </a>
          )}
          <a className={`${styles.buttonSecondary} ${page.download}`} href={opened.url} download={fileName}>
            <DownloadIcon />
            {intl.formatMessage({ id: 'preboarding.document.download' }, { side: sideLabel.toLowerCase() })}
          </a>
        </>
      )}
    </div>
  );
}

function RemarkField({ item, value, onChange }: { item: PreboardingItem; value: string; onChange: (v: string) => void }) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {intl.formatMessage({ id: 'preboarding.detail.remarkLabel' }, { item: intl.formatMessage({ id: `preboarding.item.${item}` }) })}
      </label>
      <textarea id={id} className={`${styles.textarea} ${page.remarkInput}`} maxLength={500} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
