// Package funnel is the invitation funnel of an employer: of the access mails sent in
// each of the last weeks, how many links were opened, passed the birth-date question
// (R4), led to a registration, expired (R2) or were withdrawn (R3), and who is stuck at
// which step now, so staff can send those a new link. It reads the invitations' own
// states and timestamps (the first visit of a link is recorded by access); there is no
// tracking pixel in any mail.
package funnel

import (
	"context"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Weeks bounds the window: DefaultWeeks unless asked, never more than MaxWeeks.
const (
	DefaultWeeks = 8
	MaxWeeks     = 26
)

// MaxStuckListed is how many people a stuck step lists; its Total counts them all.
const MaxStuckListed = 50

// maxRows bounds the invitations one report reads: far above what 26 weeks of a large
// employer send, and a guard against an unbounded read.
const maxRows = 200_000

// Week counts the invitations sent in one week (Monday to Sunday, Dutch time) by how
// far each got. A link that got further counts at every step before it too: a
// registration was opened and passed the birth date.
type Week struct {
	Start      date.Date
	Sent       int
	Opened     int
	Verified   int
	Registered int
	Expired    int
	Withdrawn  int
}

// Conversion is the part of the week's links that led to a registration, 0 to 1.
func (w Week) Conversion() float64 {
	if w.Sent == 0 {
		return 0
	}
	return float64(w.Registered) / float64(w.Sent)
}

// StuckStep is where a pending invitation waits now.
type StuckStep string

// The steps at which a pending invitation can wait, in the funnel's order.
const (
	NotOpened     StuckStep = "NOT_OPENED"     // the mail's link was never opened
	NotVerified   StuckStep = "NOT_VERIFIED"   // opened, but the birth date was not given right yet
	NotRegistered StuckStep = "NOT_REGISTERED" // birth date passed, no username and password yet
	Expired       StuckStep = "EXPIRED"        // 96 hours passed unused (R2)
)

// StuckPerson is someone whose current invitation waits at a step.
type StuckPerson struct {
	Person    *ent.Person
	Email     string // where the waiting link was sent
	InvitedAt time.Time
	ExpiresAt time.Time
}

// Stuck is one step with everyone waiting there (the first MaxStuckListed of them,
// longest waiting first).
type Stuck struct {
	Step   StuckStep
	Total  int
	People []StuckPerson
}

// Report is an employer's funnel: the weeks oldest first, their total, and the stuck
// steps in funnel order.
type Report struct {
	Weeks []Week
	Total Week
	Stuck []Stuck
}

// Service reads funnels.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
}

// Funnel reports on the invitations of employerID in the last weeks (this week
// included). Staff who manage portal access and may see employees (the stuck lists
// name them) read it; an employer outside the caller's tenant is not found.
func (s *Service) Funnel(ctx context.Context, employerID string, weeks int) (*Report, error) {
	if _, err := viewer.Require(ctx, viewer.ManagePortalAccess); err != nil {
		return nil, err
	}
	if _, err := viewer.Require(ctx, viewer.ViewEmployees); err != nil {
		return nil, err
	}
	if weeks <= 0 {
		weeks = DefaultWeeks
	}
	weeks = min(weeks, MaxWeeks)
	if _, err := s.Client.Employer.Get(ctx, employerID); err != nil {
		if ent.IsNotFound(err) {
			return nil, apperr.NotFoundf("employer %s not found", employerID)
		}
		return nil, err
	}
	now := s.Clock.Now()
	first := monday(clock.Today(s.Clock)).AddDays(-7 * (weeks - 1))
	rep := &Report{Weeks: make([]Week, weeks)}
	for i := range rep.Weeks {
		rep.Weeks[i].Start = first.AddDays(7 * i)
	}
	from := time.Date(first.Year, first.Month, first.Day, 0, 0, 0, 0, clock.Amsterdam)
	rows, err := s.Client.Invitation.Query().
		Where(invitation.EmployerID(employerID), invitation.CreatedAtGTE(from)).
		Select(invitation.FieldCreatedAt, invitation.FieldState, invitation.FieldRevokeReason,
			invitation.FieldOpenedAt, invitation.FieldVerifiedAt, invitation.FieldExpiresAt).
		Limit(maxRows + 1).
		All(ctx)
	if err != nil {
		return nil, err
	}
	if len(rows) > maxRows {
		return nil, apperr.BadRequestf("more than %d invitations in %d weeks; ask for fewer weeks", maxRows, weeks)
	}
	for _, inv := range rows {
		i := int(date.Of(inv.CreatedAt.In(clock.Amsterdam)).Time().Sub(first.Time()) / (7 * 24 * time.Hour))
		if i < 0 || i >= weeks {
			continue
		}
		count(&rep.Weeks[i], inv, now)
		count(&rep.Total, inv, now)
	}
	rep.Total.Start = first
	for _, step := range Steps {
		st, err := s.stuck(ctx, employerID, step, now)
		if err != nil {
			return nil, err
		}
		rep.Stuck = append(rep.Stuck, *st)
	}
	return rep, nil
}

// count adds one invitation to w by how far it got.
func count(w *Week, inv *ent.Invitation, now time.Time) {
	w.Sent++
	used := inv.State == invitation.StateUSED
	verified := used || inv.VerifiedAt != nil
	// Links from before the first visit was recorded count as opened once a birth date passed.
	if verified || inv.OpenedAt != nil {
		w.Opened++
	}
	if verified {
		w.Verified++
	}
	switch {
	case used:
		w.Registered++
	case inv.State == invitation.StateEXPIRED,
		inv.State == invitation.StatePENDING && !inv.ExpiresAt.After(now):
		w.Expired++
	case inv.State == invitation.StateREVOKED && inv.RevokeReason != nil &&
		(*inv.RevokeReason == invitation.RevokeReasonWITHDRAWN || *inv.RevokeReason == invitation.RevokeReasonBLOCKED):
		w.Withdrawn++
	}
}

// stuck lists the pending invitations that wait at step now.
func (s *Service) stuck(ctx context.Context, employerID string, step StuckStep, now time.Time) (*Stuck, error) {
	where := []predicate.Invitation{invitation.EmployerID(employerID), invitation.StateEQ(invitation.StatePENDING)}
	switch step {
	case NotOpened:
		where = append(where, invitation.ExpiresAtGT(now), invitation.OpenedAtIsNil(), invitation.VerifiedAtIsNil())
	case NotVerified:
		where = append(where, invitation.ExpiresAtGT(now), invitation.OpenedAtNotNil(), invitation.VerifiedAtIsNil())
	case NotRegistered:
		where = append(where, invitation.ExpiresAtGT(now), invitation.VerifiedAtNotNil())
	case Expired:
		where = append(where, invitation.ExpiresAtLTE(now))
	}
	total, err := s.Client.Invitation.Query().Where(where...).Count(ctx)
	if err != nil {
		return nil, err
	}
	out := &Stuck{Step: step, Total: total, People: []StuckPerson{}}
	if total == 0 {
		return out, nil
	}
	invs, err := s.Client.Invitation.Query().Where(where...).
		WithPerson().
		Order(ent.Asc(invitation.FieldCreatedAt), ent.Asc(invitation.FieldID)).
		Limit(MaxStuckListed).
		All(ctx)
	if err != nil {
		return nil, err
	}
	for _, inv := range invs {
		p := inv.Edges.Person
		if p == nil {
			continue
		}
		out.People = append(out.People, StuckPerson{
			Person: p, Email: inv.Email, InvitedAt: inv.CreatedAt, ExpiresAt: inv.ExpiresAt,
		})
	}
	return out, nil
}

// monday is the Monday of d's week (ISO weeks start on Monday).
func monday(d date.Date) date.Date {
	wd := int(d.Time().Weekday()+6) % 7 // Monday 0 … Sunday 6
	return d.AddDays(-wd)
}
