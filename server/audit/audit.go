// Package audit writes the append-only trail (R27): who did what to whom, when, in
// which scope, by which request. Events are written with the same ent client (or
// transaction) as the change they record, so a change and its event land together.
package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Action names what happened. The values are stable: the SPA translates them and
// integrators filter on them.
type Action string

// Actions.
const (
	ProductActivated   Action = "PRODUCT_ACTIVATED"
	ProductDeactivated Action = "PRODUCT_DEACTIVATED"
	AddendumSigned     Action = "MIJNLOKET_ADDENDUM_SIGNED"

	// The portal-access lifecycle (R27).
	PersonEmailChanged Action = "PERSON_EMAIL_CHANGED"
	AccessGranted      Action = "ACCESS_GRANTED"
	InvitationResent   Action = "INVITATION_RESENT"
	InvitationRevoked  Action = "INVITATION_REVOKED"
	InvitationOpened   Action = "INVITATION_OPENED" // the link's first visit (the invitation funnel)
	InvitationBurned   Action = "INVITATION_BURNED" // three wrong birth dates (R4)
	AccessAccepted     Action = "ACCESS_ACCEPTED"
	AccessBlocked      Action = "ACCESS_BLOCKED"
	AccessUnblocked    Action = "ACCESS_UNBLOCKED"
	UsernameSent       Action = "USERNAME_SENT"
	AccountLocked      Action = "ACCOUNT_LOCKED"
	PasswordChanged    Action = "PASSWORD_CHANGED"
	PasswordReset      Action = "PASSWORD_RESET"
	UsernameChanged    Action = "USERNAME_CHANGED"
)

// Event is what to record.
type Event struct {
	Action     Action
	ProviderID string
	EmployerID string
	PersonID   string
	TargetType string
	TargetID   string
	Details    map[string]string
	// At is when it happened: the time of the change it records (the caller's clock);
	// zero means now.
	At time.Time
}

// Record writes e as done by the principal of ctx through client (pass the
// transaction's client to keep the event in the change's transaction).
func Record(ctx context.Context, client *ent.Client, e Event) error {
	return RecordMany(ctx, client, []Event{e})
}

// RecordMany writes events in bulk, for collective changes of thousands of persons:
// each event is made and checked as ent makes it (the privacy policy refuses an event
// outside the actor's tenant) and all of them are written by store.Insert, a few
// statements for thousands of events on Postgres.
func RecordMany(ctx context.Context, client *ent.Client, events []Event) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return fmt.Errorf("audit: no actor")
	}
	return insert(ctx, ctx, client, v, events)
}

// RecordActing writes events done by actor where the privacy rules would refuse the
// actor the rows: an employee who manages others deciding a team member's request
// (R34, R35). The caller has checked that actor may do what the events record.
func RecordActing(ctx context.Context, client *ent.Client, actor *viewer.Principal, events []Event) error {
	if actor == nil {
		return fmt.Errorf("audit: no actor")
	}
	// As the system: the event names the request's person, not the actor's own.
	return insert(ctx, viewer.System(ctx), client, actor, events)
}

// insert writes events done by v; as is the context the rows are made in (whose
// privacy policy judges them).
func insert(ctx, as context.Context, client *ent.Client, v *viewer.Principal, events []Event) error {
	if len(events) == 0 {
		return nil
	}
	builders := make([]*ent.AuditEventCreate, len(events))
	for i, e := range events {
		builders[i] = create(ctx, client, v, e)
	}
	if _, err := store.Insert(as, client, builders); err != nil {
		return fmt.Errorf("audit: record %s: %w", events[0].Action, err)
	}
	return nil
}

func create(ctx context.Context, client *ent.Client, v *viewer.Principal, e Event) *ent.AuditEventCreate {
	c := client.AuditEvent.Create().
		SetAction(string(e.Action)).
		SetActorKind(auditevent.ActorKind(v.Kind)).
		SetActorID(v.ID).
		SetActorName(v.DisplayName).
		SetTargetType(e.TargetType).
		SetTargetID(e.TargetID).
		SetRequestID(reqid.FromContext(ctx))
	if e.ProviderID != "" {
		c.SetProviderID(e.ProviderID)
	}
	if e.EmployerID != "" {
		c.SetEmployerID(e.EmployerID)
	}
	if e.PersonID != "" {
		c.SetPersonID(e.PersonID)
	}
	if len(e.Details) > 0 {
		c.SetDetails(e.Details)
	}
	if !e.At.IsZero() {
		c.SetCreatedAt(e.At)
	}
	return c
}

// Filter narrows the trail; zero fields do not filter.
type Filter struct {
	EmployerID string   // events at this employer (about it or its persons)
	PersonID   string   // events about this person
	Actions    []string // events of these actions
	// ExceptActions leaves events of these actions out (the own-data export leaves out
	// the dossier's staff events, which name documents the employee may not see, R26).
	ExceptActions []string
	From          date.Date // events on or after this calendar day (Europe/Amsterdam)
	To            date.Date // events on or before this calendar day (Europe/Amsterdam)
}

// Check refuses a range that ends before it starts (BAD_REQUEST).
func (f Filter) Check() error {
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return apperr.BadRequestf("the range ends (%s) before it starts (%s)", f.To, f.From)
	}
	return nil
}

// dayStart is midnight in the Netherlands at the start of d, the instant a calendar day
// of the trail begins, in UTC like the stored times (SQLite compares them as text).
func dayStart(d date.Date) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, clock.Amsterdam).UTC()
}

// Query returns the trail as the caller may see it (ent privacy narrows it to the
// caller's tenant), narrowed by f.
func Query(client *ent.Client, f Filter) *ent.AuditEventQuery {
	q := client.AuditEvent.Query()
	if !f.From.IsZero() {
		q.Where(auditevent.CreatedAtGTE(dayStart(f.From)))
	}
	if !f.To.IsZero() {
		q.Where(auditevent.CreatedAtLT(dayStart(f.To.AddDays(1))))
	}
	if f.EmployerID != "" {
		q.Where(auditevent.EmployerID(f.EmployerID))
	}
	if f.PersonID != "" {
		q.Where(auditevent.PersonID(f.PersonID))
	}
	if len(f.Actions) > 0 {
		q.Where(auditevent.ActionIn(f.Actions...))
	}
	if len(f.ExceptActions) > 0 {
		q.Where(auditevent.ActionNotIn(f.ExceptActions...))
	}
	return q
}
