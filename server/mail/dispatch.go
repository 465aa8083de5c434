package mail

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Dispatcher delivers the outbox. Several dispatchers, in one process or in several
// instances on one Postgres, may run at once: each claims due mails for a lease before
// sending them, so no mail is sent twice while a lease holds, and a mail whose
// dispatcher died is picked up again once its lease ran out. A failed delivery stays
// in the outbox and is retried with a capped exponential backoff for MaxAge after it
// was queued (or requeued); only a failure after that makes it FAILED, with the last
// error kept, for staff to requeue (Requeue). An SMTP outage shorter than MaxAge thus
// loses nothing: every mail goes out once the server is back.
//
// Delivery is at least once: a mail is marked SENT after the server accepted it, so a
// crash between the two sends it again after the lease, with the same Message-ID.
type Dispatcher struct {
	Client  *ent.Client
	DB      *sql.DB // the database under Client, for the claim on Postgres
	Dialect string  // dialect.Postgres or dialect.SQLite (store.Store.Dialect)
	Sender  Sender
	Clock   clock.Clock // nil means the wall clock
	// Batch is how many mails one RunOnce claims; zero means 20.
	Batch int
	// MaxAge is how long after it was queued (or requeued) a mail is retried before a
	// failed attempt makes it FAILED; zero means DefaultMaxAge.
	MaxAge time.Duration
	// Lease is how long a claimed mail is reserved for this dispatcher; it must be well
	// above the time one delivery may take (the SMTP timeout). Zero means 5 minutes.
	Lease time.Duration
	// Backoff is the wait after the n-th failed attempt (n ≥ 1); nil means DefaultBackoff.
	Backoff func(attempt int) time.Duration
	// Logger receives delivery failures; nil means slog.Default().
	Logger *slog.Logger
	// Metrics counts deliveries and failures; nil counts nothing.
	Metrics *Metrics
}

// DefaultMaxAge is MaxAge unless configured (MAIL_MAX_AGE): three days outlast a
// weekend's outage of the mail server.
const DefaultMaxAge = 72 * time.Hour

// MaxBackoff caps DefaultBackoff: once the server is back, a waiting mail goes out
// within half an hour.
const MaxBackoff = 30 * time.Minute

// DefaultBackoff waits 1 minute after the first failure and doubles up to MaxBackoff.
func DefaultBackoff(attempt int) time.Duration {
	d := time.Minute
	for i := 1; i < attempt && d < MaxBackoff; i++ {
		d *= 2
	}
	return min(d, MaxBackoff)
}

func (d *Dispatcher) now() time.Time {
	if d.Clock == nil {
		return time.Now().UTC()
	}
	return d.Clock.Now().UTC()
}

func (d *Dispatcher) batch() int {
	if d.Batch <= 0 {
		return 20
	}
	return d.Batch
}

func (d *Dispatcher) maxAge() time.Duration {
	if d.MaxAge <= 0 {
		return DefaultMaxAge
	}
	return d.MaxAge
}

func (d *Dispatcher) lease() time.Duration {
	if d.Lease <= 0 {
		return 5 * time.Minute
	}
	return d.Lease
}

func (d *Dispatcher) backoff(n int) time.Duration {
	if d.Backoff == nil {
		return DefaultBackoff(n)
	}
	return d.Backoff(n)
}

func (d *Dispatcher) log() *slog.Logger {
	if d.Logger == nil {
		return slog.Default()
	}
	return d.Logger
}

// claimed is a mail this dispatcher holds: attempts is its value after the claim and
// fences the updates, so a dispatcher whose lease ran out cannot overwrite the state
// written by the one that took the mail over.
type claimed struct {
	id       string
	attempts int
}

// RunOnce claims up to Batch due mails, delivers them one by one and records each
// result. It returns how many were sent and how many failed this round (and will be
// retried or are now FAILED).
func (d *Dispatcher) RunOnce(ctx context.Context) (sent, failed int, err error) {
	if d.Client == nil || d.Sender == nil {
		return 0, 0, errors.New("mail: dispatcher needs a Client and a Sender")
	}
	// System: the dispatcher serves every tenant and nobody asks it to.
	sys := viewer.System(ctx)
	start := d.now()
	claims, err := d.claim(sys, start)
	if err != nil || len(claims) == 0 {
		return 0, 0, err
	}
	ids := make([]string, len(claims))
	for i, c := range claims {
		ids[i] = c.id
	}
	rows, err := d.Client.OutboxMail.Query().Where(outboxmail.IDIn(ids...)).All(sys)
	if err != nil {
		// The claims lapse with their lease; nothing is lost.
		return 0, 0, fmt.Errorf("mail: read claimed mails: %w", err)
	}
	byID := make(map[string]*ent.OutboxMail, len(rows))
	for _, r := range rows {
		byID[r.ID] = r
	}
	// Results are written even when ctx ends mid-batch (shutdown): a sent mail must
	// be marked SENT, or it would be sent again after the lease.
	record := context.WithoutCancel(sys)
	// Sent mails are marked SENT together, in one statement per flush rather than one
	// commit per mail: on Postgres each commit waits for the WAL to reach the disk, which
	// cost more than the SMTP conversation on loopback. The price is a wider window for
	// the at-least-once case above: a crash before the flush sends up to sentFlush mails
	// again, with the same Message-ID.
	var done []claimed
	flush := func() {
		if len(done) == 0 {
			return
		}
		if err := d.markSent(record, done); err != nil {
			d.log().Error("mail: sent but not marked SENT; they may be sent again", "mails", len(done), "error", err)
		}
		done = done[:0]
	}
	defer flush()
	held := make([]claimed, 0, len(claims))
	mails := make([]*ent.OutboxMail, 0, len(claims))
	for _, c := range claims {
		if m := byID[c.id]; m != nil {
			held, mails = append(held, c), append(mails, m)
		}
	}
	stopped := len(mails)
	// Stop early when half the lease is used up, or on shutdown, and hand the rest
	// back, so that no mail is sent after its lease could have passed to another
	// dispatcher.
	next := func(i int) bool {
		if ctx.Err() != nil || d.now().Sub(start) > d.lease()/2 {
			stopped = i
			return false
		}
		return true
	}
	result := func(i int, sendErr error) {
		c, m := held[i], mails[i]
		if sendErr == nil {
			done = append(done, c)
			if len(done) == sentFlush {
				flush()
			}
			d.Metrics.sent()
			sent++
			return
		}
		failed++
		if err := d.markFailed(record, c, m, sendErr); err != nil {
			d.log().Error("mail: could not record a failed delivery", "mail", c.id, "error", err)
		}
	}
	if b, ok := d.Sender.(BatchSender); ok {
		b.SendBatch(ctx, mails, next, result)
	} else {
		for i, m := range mails {
			if !next(i) {
				break
			}
			result(i, d.Sender.Send(ctx, m))
		}
	}
	if stopped < len(mails) {
		d.release(record, held[stopped:])
	}
	return sent, failed, nil
}

// BatchSender is a Sender that delivers several mails in one conversation, the next
// one on its way while the server still answers for the one before (SMTP pipelining).
type BatchSender interface {
	Sender
	// SendBatch delivers ms in order. Before a mail goes out it asks next with the
	// mail's index, and sends nothing more once that says no; it calls result once for
	// every mail it sent (or failed to), in order, as soon as the outcome is known.
	SendBatch(ctx context.Context, ms []*ent.OutboxMail, next func(i int) bool, result func(i int, err error))
}

// sentFlush is how many sent mails RunOnce marks SENT in one statement at most.
const sentFlush = 25

// claim reserves up to Batch due mails: their next attempt moves out by the lease and
// their attempt count goes up, in one transaction. On Postgres the due rows are
// selected FOR UPDATE SKIP LOCKED, so concurrent dispatchers take disjoint sets
// without waiting for each other; on SQLite the transaction holds the database's
// write lock from its first statement (_txlock=immediate), which serialises claims.
func (d *Dispatcher) claim(ctx context.Context, now time.Time) ([]claimed, error) {
	until := now.Add(d.lease())
	if d.Dialect == dialect.Postgres {
		if d.DB == nil {
			return nil, errors.New("mail: dispatcher on Postgres needs DB")
		}
		rows, err := d.DB.QueryContext(ctx, `
WITH due AS (
	SELECT id FROM outbox_mails
	WHERE status = 'PENDING' AND next_attempt_at <= $1
	ORDER BY next_attempt_at, id
	LIMIT $2
	FOR UPDATE SKIP LOCKED
)
UPDATE outbox_mails AS o
SET next_attempt_at = $3, attempts = o.attempts + 1
FROM due
WHERE o.id = due.id
RETURNING o.id, o.attempts`, now, d.batch(), until)
		if err != nil {
			return nil, fmt.Errorf("mail: claim: %w", err)
		}
		var out []claimed
		for rows.Next() {
			var c claimed
			if err := rows.Scan(&c.id, &c.attempts); err != nil {
				return nil, fmt.Errorf("mail: claim: %w", errors.Join(err, rows.Close()))
			}
			out = append(out, c)
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, fmt.Errorf("mail: claim: %w", err)
		}
		return out, nil
	}
	var out []claimed
	err := store.WithTx(ctx, d.Client, func(tx *ent.Tx) error {
		due, err := tx.OutboxMail.Query().
			Where(outboxmail.StatusEQ(outboxmail.StatusPENDING), outboxmail.NextAttemptAtLTE(now)).
			Order(ent.Asc(outboxmail.FieldNextAttemptAt), ent.Asc(outboxmail.FieldID)).
			Limit(d.batch()).
			All(ctx)
		if err != nil || len(due) == 0 {
			return err
		}
		ids := make([]string, len(due))
		for i, m := range due {
			ids[i] = m.ID
			out = append(out, claimed{id: m.ID, attempts: m.Attempts + 1})
		}
		return tx.OutboxMail.Update().
			Where(outboxmail.IDIn(ids...)).
			SetNextAttemptAt(until).
			AddAttempts(1).
			Exec(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("mail: claim: %w", err)
	}
	return out, nil
}

// held narrows an update to a mail this dispatcher still holds.
func (d *Dispatcher) held(c claimed) *ent.OutboxMailUpdate {
	return d.Client.OutboxMail.Update().Where(
		outboxmail.ID(c.id),
		outboxmail.StatusEQ(outboxmail.StatusPENDING),
		outboxmail.Attempts(c.attempts),
	)
}

// markSent marks the mails SENT that this dispatcher still holds. The attempt count
// fences each one (see claimed); the claims of one round nearly always share it, so
// the update groups by it rather than matching pairs.
func (d *Dispatcher) markSent(ctx context.Context, cs []claimed) error {
	byAttempts := map[int][]string{}
	for _, c := range cs {
		byAttempts[c.attempts] = append(byAttempts[c.attempts], c.id)
	}
	now := d.now()
	lost := 0
	for attempts, ids := range byAttempts {
		n, err := d.Client.OutboxMail.Update().
			Where(
				outboxmail.IDIn(ids...),
				outboxmail.StatusEQ(outboxmail.StatusPENDING),
				outboxmail.Attempts(attempts),
			).
			SetStatus(outboxmail.StatusSENT).
			SetSentAt(now).
			SetLastError("").
			Save(ctx)
		if err != nil {
			return err
		}
		lost += len(ids) - n
	}
	if lost > 0 {
		return fmt.Errorf("%d of %d: the lease ran out and another dispatcher took them over", lost, len(cs))
	}
	return nil
}

// markFailed records a failed attempt: due again after the backoff, but never later
// than the end of the mail's retry window, so the last attempt falls on it; a failure
// at or after that end makes the mail FAILED.
func (d *Dispatcher) markFailed(ctx context.Context, c claimed, m *ent.OutboxMail, sendErr error) error {
	msg := clipError(sendErr.Error())
	reason, status := Classify(sendErr)
	now := d.now()
	since := m.CreatedAt
	if m.RequeuedAt != nil {
		since = *m.RequeuedAt
	}
	deadline := since.Add(d.maxAge())
	u := d.held(c).SetLastError(msg).SetLastFailure(reason).SetLastSMTPStatus(status)
	// The log names the mail and the kind of failure, not the error text: an SMTP
	// reply may quote the recipient's address. The text stays in last_error.
	if !now.Before(deadline) {
		u.SetStatus(outboxmail.StatusFAILED).SetFailedAt(now)
		d.log().Error("mail: not delivered within its maximum age; FAILED until staff requeue it",
			"mail", c.id, "attempts", c.attempts, "queued", since, "reason", reason, "smtp_status", status)
	} else {
		next := now.Add(d.backoff(c.attempts))
		if next.After(deadline) {
			next = deadline
		}
		u.SetNextAttemptAt(next)
		d.log().Warn("mail: delivery failed; will retry", "mail", c.id, "attempts", c.attempts, "next", next,
			"reason", reason, "smtp_status", status)
	}
	n, err := u.Save(ctx)
	if err == nil && n == 1 {
		d.Metrics.failedAttempt(reason, !now.Before(deadline))
	}
	return err
}

// release hands claimed mails back unsent: due now, and the claim's attempt undone.
func (d *Dispatcher) release(ctx context.Context, cs []claimed) {
	for _, c := range cs {
		if _, err := d.held(c).SetNextAttemptAt(d.now()).AddAttempts(-1).Save(ctx); err != nil {
			d.log().Warn("mail: could not release a claimed mail; it is due after its lease", "mail", c.id, "error", err)
		}
	}
}

func clipError(s string) string {
	const max = 1000
	if len(s) <= max {
		return s
	}
	for i := max; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return s[:max]
}

// Run calls RunOnce every interval until ctx ends; a full batch is followed at once
// by the next, so a backlog drains without waiting.
func (d *Dispatcher) Run(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = 5 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		sent, failed, err := d.RunOnce(ctx)
		if err != nil && ctx.Err() == nil {
			d.log().Error("mail: dispatch", "error", err)
		}
		if err == nil && sent+failed >= d.batch() && ctx.Err() == nil {
			continue
		}
		// The backlog is drained: a sender that keeps a connection open (SMTP) lets it
		// go rather than hold it idle until the server times it out.
		if c, ok := d.Sender.(io.Closer); ok {
			_ = c.Close()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
