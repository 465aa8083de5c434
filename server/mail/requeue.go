package mail

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// MailRequeued is the audit action of putting a FAILED mail back in the outbox (R27).
const MailRequeued audit.Action = "MAIL_REQUEUED"

// CodeMailNotFailed is the userError of requeueing a mail that is not FAILED (any more).
const CodeMailNotFailed apperr.UserCode = "MAIL_NOT_FAILED"

// MaxRequeueBatch bounds RequeueFailed: one transaction, and the audit events with it,
// stay small however long the outage was; the caller calls again for the rest.
const MaxRequeueBatch = 1000

// The right to see and requeue failed mails. DOMAIN.md names no right for delivery;
// MANAGE_MAIL_TEMPLATES (Beheren e-mailteksten) is the right about the tenant's mails.
const requeueRight = viewer.ManageMailTemplates

// requeueChunk keeps the IN list of one UPDATE well under the parameter limits of
// Postgres and SQLite.
const requeueChunk = 500

// authorizeFailed lets through staff users and integrators with the right (and the
// system); the ent privacy policy of OutboxMail then narrows every read and update to
// the caller's tenant.
func authorizeFailed(ctx context.Context) error {
	_, err := viewer.Require(ctx, requeueRight)
	return err
}

// checkEmployer makes an employer the caller cannot see NOT_FOUND, like one that does
// not exist.
func checkEmployer(ctx context.Context, client *ent.Client, id string) error {
	ok, err := client.Employer.Query().Where(employer.ID(id)).Exist(ctx)
	if err != nil && !errors.Is(err, privacy.Deny) {
		return fmt.Errorf("mail: load employer %s: %w", id, err)
	}
	if !ok {
		return apperr.NotFoundf("employer %s not found", id)
	}
	return nil
}

// FailedMails returns the FAILED mails the caller may see (ent privacy narrows them to
// its tenant), of one employer when employerID is not "". Order and paging are the
// caller's.
func FailedMails(ctx context.Context, client *ent.Client, employerID string) (*ent.OutboxMailQuery, error) {
	if err := authorizeFailed(ctx); err != nil {
		return nil, err
	}
	if employerID != "" {
		if err := checkEmployer(ctx, client, employerID); err != nil {
			return nil, err
		}
	}
	return failedQuery(client, employerID), nil
}

func failedQuery(client *ent.Client, employerID string) *ent.OutboxMailQuery {
	q := client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusFAILED))
	if employerID != "" {
		q.Where(outboxmail.EmployerID(employerID))
	}
	return q
}

// Requeue puts the FAILED mail id back in the outbox at now: PENDING, due at once,
// and retried for the full maximum age counted from now. Its ID, and so its
// Message-ID, stay the same. A mail the caller cannot see is NOT_FOUND; one that is not
// FAILED is the userError MAIL_NOT_FAILED. The change and its audit event land in one
// transaction.
func Requeue(ctx context.Context, client *ent.Client, id string, now time.Time) (*ent.OutboxMail, error) {
	if err := authorizeFailed(ctx); err != nil {
		return nil, err
	}
	err := store.WithTx(ctx, client, func(tx *ent.Tx) error {
		c := tx.Client()
		// Locked, so a concurrent requeue of the same mail waits and then finds it PENDING.
		m, err := c.OutboxMail.Query().Where(outboxmail.ID(id)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
			return apperr.NotFoundf("mail %s not found", id)
		}
		if err != nil {
			return fmt.Errorf("mail: load %s: %w", id, err)
		}
		if m.Status != outboxmail.StatusFAILED {
			return apperr.User(CodeMailNotFailed, "the mail is not FAILED; it was delivered or requeued already", "id")
		}
		// The status condition makes two concurrent requeues of one mail requeue it once.
		n, err := c.OutboxMail.Update().
			Where(outboxmail.ID(id), outboxmail.StatusEQ(outboxmail.StatusFAILED)).
			SetStatus(outboxmail.StatusPENDING).SetNextAttemptAt(now).SetRequeuedAt(now).ClearFailedAt().
			Save(ctx)
		if err != nil {
			return fmt.Errorf("mail: requeue %s: %w", id, err)
		}
		if n == 0 {
			return apperr.User(CodeMailNotFailed, "the mail is not FAILED; it was delivered or requeued already", "id")
		}
		return audit.Record(ctx, c, requeueEvent(m, now))
	})
	if err != nil {
		return nil, err
	}
	m, err := client.OutboxMail.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("mail: read requeued %s: %w", id, err)
	}
	return m, nil
}

// RequeueFailed requeues, like Requeue, up to MaxRequeueBatch FAILED mails of the
// caller's scope (of one employer when employerID is not ""), those that failed first
// first. It returns how many it requeued and how many FAILED mails of the selection
// are left.
func RequeueFailed(ctx context.Context, client *ent.Client, employerID string, now time.Time) (requeued, remaining int, err error) {
	q, err := FailedMails(ctx, client, employerID)
	if err != nil {
		return 0, 0, err
	}
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		c := tx.Client()
		// Locked (Postgres), so a concurrent call waits and then skips these mails.
		ms, err := failedQuery(c, employerID).
			Order(ent.Asc(outboxmail.FieldFailedAt), ent.Asc(outboxmail.FieldID)).
			Limit(MaxRequeueBatch).
			Select(outboxmail.FieldID, outboxmail.FieldProviderID, outboxmail.FieldEmployerID,
				outboxmail.FieldPersonID, outboxmail.FieldKind).
			Modify(store.ForUpdate).
			All(ctx)
		if err != nil {
			return fmt.Errorf("mail: read failed mails: %w", err)
		}
		if len(ms) == 0 {
			return nil
		}
		ids := make([]string, len(ms))
		events := make([]audit.Event, len(ms))
		for i, m := range ms {
			ids[i] = m.ID
			events[i] = requeueEvent(m, now)
		}
		for chunk := range slices.Chunk(ids, requeueChunk) {
			n, err := c.OutboxMail.Update().
				Where(outboxmail.IDIn(chunk...), outboxmail.StatusEQ(outboxmail.StatusFAILED)).
				SetStatus(outboxmail.StatusPENDING).SetNextAttemptAt(now).SetRequeuedAt(now).ClearFailedAt().
				Save(ctx)
			if err != nil {
				return fmt.Errorf("mail: requeue failed mails: %w", err)
			}
			if n != len(chunk) {
				// The rows are locked, so this cannot happen; if it did, the events would
				// name mails this call did not change.
				return fmt.Errorf("mail: requeue failed mails: %d of %d changed concurrently", len(chunk)-n, len(chunk))
			}
		}
		requeued = len(ms)
		return audit.RecordMany(ctx, c, events)
	})
	if err != nil {
		return 0, 0, err
	}
	if remaining, err = q.Count(ctx); err != nil {
		return requeued, 0, fmt.Errorf("mail: count failed mails: %w", err)
	}
	return requeued, remaining, nil
}

func requeueEvent(m *ent.OutboxMail, now time.Time) audit.Event {
	e := audit.Event{
		Action:     MailRequeued,
		ProviderID: m.ProviderID,
		TargetType: "OutboxMail",
		TargetID:   m.ID,
		Details:    map[string]string{"kind": string(m.Kind)},
		At:         now,
	}
	if m.EmployerID != nil {
		e.EmployerID = *m.EmployerID
	}
	if m.PersonID != nil {
		e.PersonID = *m.PersonID
	}
	return e
}

// MaskAddress shows of an address the first character of the name and the domain,
// "s•••@example.nl": enough to recognise the person or a typo in the domain, without
// handing out the address.
func MaskAddress(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return "•••"
	}
	r, _ := utf8.DecodeRuneInString(addr)
	return string(r) + "•••" + addr[at:]
}
