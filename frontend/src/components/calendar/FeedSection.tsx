import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from '../Alert';
import { BusyButton } from '../BusyButton';
import forms from '../forms.module.css';

export interface FeedSectionProps {
  active: boolean;
  /** When the live address was made (Time); null when there is none. */
  since: string | null;
  /** Makes a new address and gives its URL, or null when that failed. */
  create: () => Promise<string | null>;
  /** Revokes the address; false when that failed. */
  revoke: () => Promise<boolean>;
  /** The look of the page it sits on. */
  classes: Partial<Record<'card' | 'title' | 'muted' | 'saved' | 'buttons' | 'button' | 'secondaryButton', string>>;
}

/**
 * The secret iCal address of a leave calendar (R32): made and shown once, replaced by a new one,
 * revoked. The server keeps only a hash; this is the only moment the address is visible.
 */
export function FeedSection({ active, since, create, revoke, classes }: FeedSectionProps) {
  const intl = useIntl();
  const [created, setCreated] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<'create' | 'revoke' | null>(null);

  const onCreate = async () => {
    setFailed(false);
    setRevoked(false);
    setBusy('create');
    const url = await create();
    setBusy(null);
    if (!url) return setFailed(true);
    setCreated(url);
  };
  const onRevoke = async () => {
    setFailed(false);
    setBusy('revoke');
    const ok = await revoke();
    setBusy(null);
    if (!ok) return setFailed(true);
    setCreated(null);
    setRevoked(true);
  };
  const live = (active && !revoked) || !!created;

  return (
    <section className={classes.card} aria-labelledby="leave-calendar-feed">
      <h2 id="leave-calendar-feed" className={classes.title}>
        {intl.formatMessage({ id: 'calendar.feed.title' })}
      </h2>
      <p>{intl.formatMessage({ id: 'calendar.feed.intro' })}</p>
      {created ? (
        <div className={forms.field}>
          <p role="status" className={classes.saved}>
            {intl.formatMessage({ id: 'calendar.feed.created' })}
          </p>
          <label htmlFor="leave-calendar-url" className={forms.label}>
            {intl.formatMessage({ id: 'calendar.feed.url' })}
          </label>
          <input id="leave-calendar-url" className={forms.input} readOnly value={created} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : (
        <p className={classes.muted}>
          {live && since
            ? intl.formatMessage(
                { id: 'calendar.feed.active' },
                { date: intl.formatDate(since, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }) },
              )
            : intl.formatMessage({ id: 'calendar.feed.none' })}
        </p>
      )}
      {revoked && (
        <p role="status" className={classes.saved}>
          {intl.formatMessage({ id: 'calendar.feed.revoked' })}
        </p>
      )}
      {failed && <Alert messageId="calendar.feed.failed" takeFocus />}
      <div className={classes.buttons}>
        <BusyButton
          className={classes.button}
          isBusy={busy === 'create'}
          busyLabel={intl.formatMessage({ id: 'calendar.feed.busy' })}
          onClick={() => void onCreate()}
        >
          {intl.formatMessage({ id: live ? 'calendar.feed.replace' : 'calendar.feed.create' })}
        </BusyButton>
        {live && (
          <BusyButton
            className={classes.secondaryButton}
            isBusy={busy === 'revoke'}
            busyLabel={intl.formatMessage({ id: 'calendar.feed.busy' })}
            onClick={() => void onRevoke()}
          >
            {intl.formatMessage({ id: 'calendar.feed.revoke' })}
          </BusyButton>
        )}
      </div>
    </section>
  );
}
