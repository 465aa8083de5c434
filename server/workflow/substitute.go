package workflow

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/managersubstitute"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Substitutes (vervanging, R35): a manager names a colleague for a period; a step that
// opens for the manager within it goes to the colleague, who decides "namens" the
// manager. Steps opened before can be handed over.

// The userError codes of substitutes.
const (
	CodeNotAManager       apperr.UserCode = "NOT_A_MANAGER"
	CodeInvalidSubstitute apperr.UserCode = "INVALID_SUBSTITUTE"
)

// The audit actions of substitutes.
const (
	ActionSubstituteSet   audit.Action = "MANAGER_SUBSTITUTE_SET"
	ActionSubstituteEnded audit.Action = "MANAGER_SUBSTITUTE_ENDED"
	ActionTasksHandedOver audit.Action = "WORKFLOW_TASKS_HANDED_OVER"
)

// The limits of substitutes.
const (
	maxSubstituteDays = 366
	maxSubstitutes    = 50
	maxHandover       = 500
)

// Substitute is a named substitute of a manager for a period.
type Substitute struct {
	ID                  string
	Manager, Substitute PersonRef
	FirstDay, LastDay   date.Date
	Active              bool
}

// IsManager reports whether person manages a department of the employer.
func IsManager(sys context.Context, c *ent.Client, employerID, personID string) (bool, error) {
	ok, err := c.DepartmentManager.Query().Where(departmentmanager.EmployerID(employerID), departmentmanager.PersonID(personID)).Exist(sys)
	if err != nil {
		return false, fmt.Errorf("workflow: is %s a manager: %w", personID, err)
	}
	return ok, nil
}

// requireManager returns the signed-in employee when they manage a department and the
// employer has Management Self Service (R35).
func (s *Service) requireManager(ctx context.Context) (*viewer.Principal, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	mss, err := productActive(sys, s.Client, v.EmployerID, product.CodeManagementSelfService)
	if err != nil {
		return nil, err
	}
	ok, err := IsManager(sys, s.Client, v.EmployerID, v.PersonID)
	if err != nil {
		return nil, err
	}
	if !mss || !ok {
		return nil, apperr.User(CodeNotAManager, "only a manager with Mijn team names a substitute")
	}
	return v, nil
}

// SubstituteInput names a substitute.
type SubstituteInput struct {
	SubstituteID      string
	FirstDay, LastDay date.Date
}

// SetSubstitute names a colleague as the signed-in manager's substitute for a period
// (R35). Periods of one manager do not overlap; the colleague has an active account and
// is employed, and is not the manager.
func (s *Service) SetSubstitute(ctx context.Context, in SubstituteInput) (*Substitute, error) {
	v, err := s.requireManager(ctx)
	if err != nil {
		return nil, err
	}
	today := s.today()
	switch {
	case in.SubstituteID == v.PersonID:
		return nil, apperr.User(CodeInvalidSubstitute, "you cannot be your own substitute", "substituteId")
	case in.LastDay.Before(in.FirstDay):
		return nil, apperr.User(CodeInvalidSubstitute, "the last day is before the first", "lastDay")
	case in.LastDay.Before(today):
		return nil, apperr.User(CodeInvalidSubstitute, "the period lies in the past", "lastDay")
	case in.FirstDay.AddDays(maxSubstituteDays).Before(in.LastDay):
		return nil, apperr.User(CodeInvalidSubstitute, "a period is at most a year", "lastDay")
	}
	sys := viewer.System(ctx)
	var out *Substitute
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		avail, err := s.availablePersons(sys, c, v.EmployerID, []string{in.SubstituteID})
		if err != nil {
			return err
		}
		if len(avail) == 0 {
			return apperr.User(CodeInvalidSubstitute, "the colleague has no active account or is not employed", "substituteId")
		}
		overlap, err := c.ManagerSubstitute.Query().Where(managersubstitute.ManagerID(v.PersonID),
			managersubstitute.FirstDayLTE(in.LastDay), managersubstitute.LastDayGTE(in.FirstDay)).Exist(sys)
		if err != nil {
			return fmt.Errorf("workflow: substitutes of %s: %w", v.PersonID, err)
		}
		if overlap {
			return apperr.User(CodeInvalidSubstitute, "you named a substitute for part of this period already", "firstDay")
		}
		now := s.now()
		row, err := c.ManagerSubstitute.Create().SetProviderID(v.ProviderID).SetEmployerID(v.EmployerID).
			SetManagerID(v.PersonID).SetSubstituteID(in.SubstituteID).SetFirstDay(in.FirstDay).SetLastDay(in.LastDay).
			SetCreatedBy(v.ID).SetCreatedAt(now).SetUpdatedAt(now).Save(sys)
		if err != nil {
			return fmt.Errorf("workflow: save substitute: %w", err)
		}
		if err := record(ctx, c, substituteEvent(row, ActionSubstituteSet)); err != nil {
			return err
		}
		subs, err := s.substitutesView(sys, c, []*ent.ManagerSubstitute{row})
		out = subs[0]
		return err
	})
	return out, err
}

// EndSubstitute ends one of the signed-in manager's substitutions: one that has not
// begun is removed, a running one ends yesterday. Steps given to the substitute stay
// theirs (hand them back by HandOver).
func (s *Service) EndSubstitute(ctx context.Context, id string) error {
	v, err := s.requireManager(ctx)
	if err != nil {
		return err
	}
	sys := viewer.System(ctx)
	today := s.today()
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		row, err := c.ManagerSubstitute.Query().Where(managersubstitute.ID(id), managersubstitute.ManagerID(v.PersonID)).Only(sys)
		if notFound(err) {
			return apperr.User(CodeInvalidSubstitute, "no substitute of yours with this ID", "id")
		}
		if err != nil {
			return fmt.Errorf("workflow: substitute %s: %w", id, err)
		}
		if row.LastDay.Before(today) {
			return apperr.User(CodeInvalidSubstitute, "the period is over already", "id")
		}
		if today.After(row.FirstDay) {
			err = c.ManagerSubstitute.UpdateOne(row).SetLastDay(today.AddDays(-1)).SetUpdatedAt(s.now()).Exec(sys)
		} else {
			err = c.ManagerSubstitute.DeleteOne(row).Exec(sys)
		}
		if err != nil {
			return fmt.Errorf("workflow: end substitute %s: %w", id, err)
		}
		return record(ctx, c, substituteEvent(row, ActionSubstituteEnded))
	})
}

// MySubstitutes returns the signed-in employee's substitutions that are not over: those
// they named as a manager and those in which they stand in for one.
func (s *Service) MySubstitutes(ctx context.Context) ([]*Substitute, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	rows, err := s.Client.ManagerSubstitute.Query().Where(managersubstitute.EmployerID(v.EmployerID),
		managersubstitute.Or(managersubstitute.ManagerID(v.PersonID), managersubstitute.SubstituteID(v.PersonID)),
		managersubstitute.LastDayGTE(s.today())).
		Order(managersubstitute.ByFirstDay(), managersubstitute.ByID()).Limit(maxSubstitutes).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: substitutes of %s: %w", v.PersonID, err)
	}
	return s.substitutesView(sys, s.Client, rows)
}

func (s *Service) substitutesView(sys context.Context, c *ent.Client, rows []*ent.ManagerSubstitute) ([]*Substitute, error) {
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ManagerID, r.SubstituteID)
	}
	names, err := nameIndex(sys, c, ids)
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := make([]*Substitute, len(rows))
	for i, r := range rows {
		out[i] = &Substitute{ID: r.ID, FirstDay: r.FirstDay, LastDay: r.LastDay,
			Manager:    PersonRef{ID: r.ManagerID, Name: names[r.ManagerID]},
			Substitute: PersonRef{ID: r.SubstituteID, Name: names[r.SubstituteID]},
			Active:     !today.Before(r.FirstDay) && !today.After(r.LastDay)}
	}
	return out, nil
}

func nameIndex(sys context.Context, c *ent.Client, ids []string) (map[string]string, error) {
	ps, err := c.Person.Query().Where(person.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: names: %w", err)
	}
	out := make(map[string]string, len(ps))
	for _, p := range ps {
		out[p.ID] = directory.FullName(p)
	}
	return out, nil
}

func substituteEvent(r *ent.ManagerSubstitute, a audit.Action) audit.Event {
	return audit.Event{At: r.UpdatedAt, Action: a, ProviderID: r.ProviderID, EmployerID: r.EmployerID,
		PersonID: r.ManagerID, TargetType: "ManagerSubstitute", TargetID: r.ID,
		Details: map[string]string{"substitute": r.SubstituteID, "firstDay": r.FirstDay.String(), "lastDay": r.LastDay.String()}}
}

// availablePersons keeps the persons of the employer who can take a task: an active
// employee account and employed today.
func (s *Service) availablePersons(sys context.Context, c *ent.Client, employerID string, ids []string) ([]string, error) {
	active, err := c.Account.Query().Where(account.PersonIDIn(ids...), account.StateEQ(account.StateACTIVE)).
		Select(account.FieldPersonID).Strings(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: accounts: %w", err)
	}
	today := s.today()
	jobs, err := c.Employment.Query().Where(employment.PersonIDIn(active...), employment.EmployerID(employerID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: employments: %w", err)
	}
	var out []string
	for _, id := range ids {
		if !slices.Contains(out, id) && slices.ContainsFunc(jobs, func(j *ent.Employment) bool { return j.PersonID == id && employed(j, today) }) {
			out = append(out, id)
		}
	}
	return out, nil
}

// substitutes replaces each manager among ids who has a substitute today by that
// substitute (R35), when the substitute can take the task and it is not their own
// request; onBehalf maps each substitute to the manager they stand in for.
func (s *Service) substitutes(sys context.Context, c *ent.Client, sub subjectOf, ids []string) (out []string, onBehalf map[string]string, err error) {
	today := s.today()
	rows, err := c.ManagerSubstitute.Query().Where(managersubstitute.EmployerID(sub.EmployerID), managersubstitute.ManagerIDIn(ids...),
		managersubstitute.FirstDayLTE(today), managersubstitute.LastDayGTE(today), managersubstitute.SubstituteIDNEQ(sub.PersonID)).
		All(sys)
	if err != nil {
		return nil, nil, fmt.Errorf("workflow: substitutes: %w", err)
	}
	if len(rows) == 0 {
		return ids, nil, nil
	}
	var cand []string
	for _, r := range rows {
		cand = append(cand, r.SubstituteID)
	}
	avail, err := s.availablePersons(sys, c, sub.EmployerID, cand)
	if err != nil {
		return nil, nil, err
	}
	onBehalf = map[string]string{}
	for _, id := range ids {
		to := id
		for _, r := range rows {
			if r.ManagerID == id && slices.Contains(avail, r.SubstituteID) {
				to = r.SubstituteID
			}
		}
		if slices.Contains(out, to) {
			continue
		}
		out = append(out, to)
		if to != id {
			onBehalf[to] = id
		}
	}
	return out, onBehalf, nil
}

// onBehalfOf returns the manager (ID and name) for whom v takes the open step st as a
// substitute; empty when v takes it in their own name.
func onBehalfOf(sys context.Context, c *ent.Client, v *viewer.Principal, st *ent.WorkflowStep) (string, string, error) {
	if v.Kind != viewer.KindEmployee {
		return "", "", nil
	}
	for _, a := range st.Edges.Assignees {
		if a.Kind == workflowassignee.KindPERSON && a.AssigneeID == v.PersonID && a.OnBehalfOf != nil {
			names, err := nameIndex(sys, c, []string{*a.OnBehalfOf})
			if err != nil {
				return "", "", err
			}
			return *a.OnBehalfOf, names[*a.OnBehalfOf], nil
		}
	}
	return "", "", nil
}

// HandOver gives the signed-in manager's open tasks to toPersonID (R35), who takes them
// "namens" the manager; tasks of toPersonID's own requests stay where they are. It
// returns how many tasks were handed over.
func (s *Service) HandOver(ctx context.Context, toPersonID string) (int, error) {
	v, err := s.requireManager(ctx)
	if err != nil {
		return 0, err
	}
	if toPersonID == v.PersonID {
		return 0, apperr.User(CodeInvalidSubstitute, "you cannot hand tasks over to yourself", "toPersonId")
	}
	sys := viewer.System(ctx)
	n := 0
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		avail, err := s.availablePersons(sys, c, v.EmployerID, []string{toPersonID})
		if err != nil {
			return err
		}
		if len(avail) == 0 {
			return apperr.User(CodeInvalidSubstitute, "the colleague has no active account or is not employed", "toPersonId")
		}
		mine, err := c.WorkflowAssignee.Query().Where(workflowassignee.EmployerID(v.EmployerID),
			workflowassignee.KindEQ(workflowassignee.KindPERSON), workflowassignee.AssigneeID(v.PersonID),
			workflowassignee.HasStepWith(workflowstep.StateEQ(workflowstep.StateOPEN),
				workflowstep.HasRequestWith(workflowrequest.PersonIDNEQ(toPersonID)))).
			WithStep(func(q *ent.WorkflowStepQuery) { q.WithAssignees() }).Limit(maxHandover).All(sys)
		if err != nil {
			return fmt.Errorf("workflow: open tasks of %s: %w", v.PersonID, err)
		}
		var events []audit.Event
		for _, a := range mine {
			st := a.Edges.Step
			// Who stood in for the manager hands over in the manager's name still.
			forID := v.PersonID
			if a.OnBehalfOf != nil {
				forID = *a.OnBehalfOf
			}
			if err := c.WorkflowAssignee.DeleteOne(a).Exec(sys); err != nil {
				return fmt.Errorf("workflow: hand over %s: %w", st.ID, err)
			}
			has := slices.ContainsFunc(st.Edges.Assignees, func(x *ent.WorkflowAssignee) bool {
				return x.Kind == workflowassignee.KindPERSON && x.AssigneeID == toPersonID
			})
			if !has {
				cr := c.WorkflowAssignee.Create().SetProviderID(a.ProviderID).SetEmployerID(a.EmployerID).SetStepID(st.ID).
					SetKind(workflowassignee.KindPERSON).SetAssigneeID(toPersonID)
				if forID != toPersonID {
					cr.SetOnBehalfOf(forID)
				}
				if err := cr.Exec(sys); err != nil {
					return fmt.Errorf("workflow: hand over %s: %w", st.ID, err)
				}
			}
			events = append(events, audit.Event{At: s.now(), Action: ActionTasksHandedOver, ProviderID: st.ProviderID,
				EmployerID: st.EmployerID, PersonID: st.PersonID, TargetType: "WorkflowRequest", TargetID: st.RequestID,
				Details: map[string]string{"step": strconv.Itoa(st.Position + 1), "from": v.PersonID, "to": toPersonID}})
			n++
		}
		if len(events) == 0 {
			return nil
		}
		return record(ctx, c, events...)
	})
	return n, err
}
