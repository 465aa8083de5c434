package datachange

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/datachange"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// Decide records v's decision on the open step of change id (R34): whom the route gives
// the step decides, never the employee themself (SELF_APPROVAL). When the request is
// decided as a whole, an approval whose date has come is applied at once; a later date
// is left to ApplyJob.
func (s *Service) Decide(ctx context.Context, id string, accept bool, comment string) (*Change, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	comment = strings.TrimSpace(comment)
	if utf8.RuneCountInString(comment) > maxCommentRunes {
		return nil, apperr.User(CodeInvalidChange, "the comment is too long", "comment")
	}
	now := s.now()
	var out *ent.DataChange
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		sys := viewer.System(ctx)
		r, err := c.DataChange.Query().Where(datachange.ID(id)).Modify(store.ForUpdate).Only(sys)
		if ent.IsNotFound(err) || (err == nil && !sameTenant(v, r)) {
			return apperr.User(workflow.CodeNotAssigned, "no request you may decide with this ID", "id")
		}
		if err != nil {
			return err
		}
		if r.Status != datachange.StatusSUBMITTED {
			return apperr.User(workflow.CodeRequestNotOpen, "the request was decided or withdrawn already", "id")
		}
		final, err := s.Workflow.Decide(ctx, c, v, r.ID, workflow.Decision{Accept: accept, Comment: comment})
		if err != nil || !final {
			out = r
			return err
		}
		if !accept {
			out, err = c.DataChange.UpdateOne(r).SetStatus(datachange.StatusREJECTED).SetDecidedBy(v.ID).
				SetDecidedByName(v.DisplayName).SetDecidedAt(now).SetComment(comment).SetUpdatedAt(now).Save(sys)
			if err != nil {
				return err
			}
			return record(ctx, c, event(out, now, ActionRejected, nil))
		}
		out, err = s.approved(ctx, c, r, v.ID, v.DisplayName, comment, now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return changeOf(out, ""), nil
}

// approved marks r approved and applies it when its date has come.
func (s *Service) approved(ctx context.Context, c *ent.Client, r *ent.DataChange, by, byName, comment string, now time.Time) (*ent.DataChange, error) {
	sys := viewer.System(ctx)
	r, err := c.DataChange.UpdateOne(r).SetStatus(datachange.StatusAPPROVED).SetDecidedBy(by).SetDecidedByName(byName).
		SetDecidedAt(now).SetComment(comment).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, err
	}
	if err := record(ctx, c, event(r, now, ActionApproved, nil)); err != nil {
		return nil, err
	}
	if r.EffectiveDate != nil && r.EffectiveDate.After(s.today()) {
		return r, nil
	}
	return s.apply(ctx, c, r, now)
}

// record writes audit events as the principal of ctx; a manager deciding a team
// member's change acts on another person's row (as workflow's own record does).
func record(ctx context.Context, c *ent.Client, events ...audit.Event) error {
	v := viewer.FromContext(ctx)
	if v != nil && v.Kind == viewer.KindEmployee {
		for _, e := range events {
			if e.PersonID != v.PersonID {
				return audit.RecordActing(viewer.System(ctx), c, v, events)
			}
		}
	}
	return audit.RecordMany(ctx, c, events)
}

func sameTenant(v *viewer.Principal, r *ent.DataChange) bool {
	switch v.Scope {
	case viewer.ScopeProvider:
		return v.ProviderID == r.ProviderID
	case viewer.ScopeEmployer, viewer.ScopePerson:
		return v.EmployerID == r.EmployerID
	}
	return false
}

// Queue returns the submitted changes the signed-in staff user may decide now, oldest
// first, optionally of one employer; at most first (≤ MaxPage).
func (s *Service) Queue(ctx context.Context, employerID *string, first int) ([]*Change, error) {
	v, err := viewer.RequireStaff(ctx)
	if err != nil {
		return nil, err
	}
	if first <= 0 || first > MaxPage {
		first = MaxPage
	}
	// The route decides who may take each change, filtered in the statement itself: a
	// page is the first changes the caller may decide (R34).
	q := s.Client.DataChange.Query().Where(datachange.StatusEQ(datachange.StatusSUBMITTED), predicate.DataChange(workflow.Decidable(v)))
	if employerID != nil {
		q.Where(datachange.EmployerID(*employerID))
	}
	rows, err := q.Order(ent.Asc(datachange.FieldCreatedAt), ent.Asc(datachange.FieldID)).Limit(first).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("datachange: queue: %w", err)
	}
	return s.withNames(ctx, rows)
}

// withNames turns rows into Changes with the persons' names, in one statement.
func (s *Service) withNames(ctx context.Context, rows []*ent.DataChange) ([]*Change, error) {
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.PersonID)
	}
	names := map[string]string{}
	if len(ids) > 0 {
		ps, err := s.Client.Person.Query().Where(person.IDIn(ids...)).All(viewer.System(ctx))
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			names[p.ID] = directory.FullName(p)
		}
	}
	out := make([]*Change, len(rows))
	for i, r := range rows {
		out[i] = changeOf(r, names[r.PersonID])
	}
	return out, nil
}

// History returns the changes of a person, newest first (at most MaxPage), for staff
// with VIEW_EMPLOYEES or HANDLE_REQUESTS of the person's tenant: the person page's
// history (R37).
func (s *Service) History(ctx context.Context, personID string) ([]*Change, error) {
	v, err := viewer.RequireStaff(ctx)
	if err != nil {
		return nil, err
	}
	if !v.Has(viewer.ViewEmployees) && !v.Has(viewer.HandleRequests) {
		return nil, apperr.Forbiddenf("needs VIEW_EMPLOYEES or HANDLE_REQUESTS")
	}
	if _, err := s.Client.Person.Get(ctx, personID); err != nil {
		if notFound(err) {
			return nil, apperr.NotFoundf("no such person")
		}
		return nil, err
	}
	rows, err := s.Client.DataChange.Query().Where(datachange.PersonID(personID)).
		Order(ent.Desc(datachange.FieldCreatedAt), ent.Desc(datachange.FieldID)).Limit(MaxPage).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("datachange: history: %w", err)
	}
	return s.withNames(ctx, rows)
}

// ByID returns the changes with ids by ID, read in ctx: server/team reads the changes of
// a manager's tasks as the system after checking they are the manager's (R35). One
// statement whatever the number; the person's name is left to the caller.
func (s *Service) ByID(ctx context.Context, ids []string) (map[string]*Change, error) {
	out := map[string]*Change{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.Client.DataChange.Query().Where(datachange.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("datachange: changes: %w", err)
	}
	for _, r := range rows {
		out[r.ID] = changeOf(r, "")
	}
	return out, nil
}
