// Package team is *Mijn team* of Management Self Service (R35): a manager, signed in
// with their own employee account, sees the tasks routed to them (or to them as a
// substitute), the requests their team started, the team calendar and who of the team
// is sick today — dates only, never a diagnosis (R25) — and decides tasks with a
// comment. Nothing here reads the team's payslips, annual statements or documents: the
// team's rows are read as the system, field by field, only for what R35 shows.
package team

import (
	"context"
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/departmentmember"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// Service is Mijn team. Every kind of request reaches the inbox the same way — a step of
// its route given to the manager (workflow.WorkflowAssignee) — and is decided by its own
// service, which runs the step on the route: leave, claims (R36) and personal-data
// changes (R37).
type Service struct {
	Client      *ent.Client
	Gate        *feature.Gate
	Leave       *leave.Service
	Claims      *claims.Service
	DataChanges *datachange.Service
	Calendars   *calendar.Service
	Clock       clock.Clock // nil means the wall clock
}

// The limits of Mijn team's lists.
const (
	maxTasks   = 100
	maxStarted = 50
	maxTeam    = 2000
	maxSick    = 200
)

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

func (s *Service) today() date.Date { return date.Of(s.now().In(clock.Amsterdam)) }

// require returns the signed-in employee when the employer has Mijn team (R22, R35)
// and they manage a department or stand in for a manager (a substitute).
func (s *Service) require(ctx context.Context) (*viewer.Principal, error) {
	v, err := s.Gate.Employee(ctx, feature.MyTeam)
	if err != nil {
		return nil, err
	}
	ok, err := feature.Manages(viewer.System(ctx), s.Client, v.EmployerID, v.PersonID, s.today())
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.User(workflow.CodeNotAManager, "Mijn team is for managers and their substitutes")
	}
	return v, nil
}

// members are the persons of the departments v manages, without v.
func (s *Service) members(sys context.Context, v *viewer.Principal) ([]string, error) {
	deps, err := s.Client.DepartmentManager.Query().Where(departmentmanager.EmployerID(v.EmployerID), departmentmanager.PersonID(v.PersonID)).
		Select(departmentmanager.FieldDepartmentID).Strings(sys)
	if err != nil {
		return nil, fmt.Errorf("team: departments of %s: %w", v.PersonID, err)
	}
	ids, err := s.Client.DepartmentMember.Query().Where(departmentmember.EmployerID(v.EmployerID), departmentmember.DepartmentIDIn(deps...),
		departmentmember.PersonIDNEQ(v.PersonID)).Limit(maxTeam).Select(departmentmember.FieldPersonID).Strings(sys)
	if err != nil {
		return nil, fmt.Errorf("team: members of %s: %w", v.PersonID, err)
	}
	return ids, nil
}

// Task is an open step given to the signed-in employee.
type Task struct {
	RequestID  string
	Kind       workflow.Kind
	SubjectID  string
	PersonName string
	Submitted  time.Time
	Step       int // 1-based
	Steps      int
	// OnBehalfOfName: the employee takes the task as a substitute for this manager.
	OnBehalfOfName *string
	// Leave is the leave request, for the leave kinds.
	Leave *leave.Request
	// Claim is the claim, for CLAIM.
	Claim *claims.Claim
	// DataChange is the change asked, for PERSONAL_DATA_CHANGE; an IBAN is masked (a
	// manager decides that it may change, not what the account number is).
	DataChange *datachange.Change
}

// Inbox returns the open tasks given to the signed-in manager or substitute, oldest
// first (at most 100).
func (s *Service) Inbox(ctx context.Context) ([]*Task, error) {
	v, err := s.require(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	as, err := s.Client.WorkflowAssignee.Query().Where(workflowassignee.EmployerID(v.EmployerID),
		workflowassignee.KindEQ(workflowassignee.KindPERSON), workflowassignee.AssigneeID(v.PersonID),
		workflowassignee.HasStepWith(workflowstep.StateEQ(workflowstep.StateOPEN))).
		WithStep(func(q *ent.WorkflowStepQuery) { q.WithRequest() }).
		// The oldest first in SQL: with more open tasks than a page holds, the page is
		// the oldest ones, not any (a step is made when its request is submitted).
		Order(workflowassignee.ByStepField(workflowstep.FieldCreatedAt), workflowassignee.ByID()).
		Limit(maxTasks).All(sys)
	if err != nil {
		return nil, fmt.Errorf("team: tasks of %s: %w", v.PersonID, err)
	}
	var pids, forIDs []string
	bySubject := map[workflowrequest.Kind][]string{}
	for _, a := range as {
		r := a.Edges.Step.Edges.Request
		pids = append(pids, r.PersonID)
		if a.OnBehalfOf != nil {
			forIDs = append(forIDs, *a.OnBehalfOf)
		}
		bySubject[r.Kind] = append(bySubject[r.Kind], r.SubjectID)
	}
	names, err := s.names(sys, append(pids, forIDs...))
	if err != nil {
		return nil, err
	}
	leaves, err := s.Leave.RequestsByID(sys, append(bySubject[workflowrequest.KindLEAVE], bySubject[workflowrequest.KindLEAVE_CANCELLATION]...))
	if err != nil {
		return nil, err
	}
	cs, changes := map[string]*claims.Claim{}, map[string]*datachange.Change{}
	if ids := bySubject[workflowrequest.KindCLAIM]; len(ids) > 0 && s.Claims != nil {
		if cs, err = s.Claims.ByID(sys, ids); err != nil {
			return nil, err
		}
	}
	if ids := bySubject[workflowrequest.KindPERSONAL_DATA_CHANGE]; len(ids) > 0 && s.DataChanges != nil {
		if changes, err = s.DataChanges.ByID(sys, ids); err != nil {
			return nil, err
		}
	}
	out := make([]*Task, 0, len(as))
	for _, a := range as {
		st := a.Edges.Step
		r := st.Edges.Request
		t := &Task{RequestID: r.ID, Kind: workflow.Kind(r.Kind), SubjectID: r.SubjectID, PersonName: names[r.PersonID],
			Submitted: r.CreatedAt, Step: st.Position + 1, Steps: len(r.Route.Steps), Leave: leaves[r.SubjectID],
			Claim: cs[r.SubjectID], DataChange: masked(changes[r.SubjectID], names[r.PersonID])}
		if a.OnBehalfOf != nil {
			n := names[*a.OnBehalfOf]
			t.OnBehalfOfName = &n
		}
		out = append(out, t)
	}
	sortTasks(out)
	return out, nil
}

// masked is c as a manager sees it: with the employee's name, an IBAN only by its last
// four characters.
func masked(c *datachange.Change, name string) *datachange.Change {
	if c == nil {
		return nil
	}
	out := *c
	out.PersonName = name
	if out.Field == datachange.FieldIBAN {
		out.Old.IBAN = datachange.MaskIBAN(out.Old.IBAN)
		out.New.IBAN = datachange.MaskIBAN(out.New.IBAN)
	}
	return &out
}

func sortTasks(ts []*Task) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Submitted.Before(ts[j-1].Submitted); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func (s *Service) names(sys context.Context, ids []string) (map[string]string, error) {
	ps, err := s.Client.Person.Query().Where(person.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("team: names: %w", err)
	}
	out := make(map[string]string, len(ps))
	for _, p := range ps {
		out[p.ID] = directory.FullName(p)
	}
	return out, nil
}

// Decide decides the open task of request requestID (a workflow request) as the
// signed-in manager or substitute, with a comment; a rejection needs one (R30).
func (s *Service) Decide(ctx context.Context, requestID string, accept bool, comment string) error {
	v, err := s.require(ctx)
	if err != nil {
		return err
	}
	r, err := s.Client.WorkflowRequest.Query().Where(workflowrequest.ID(requestID), workflowrequest.EmployerID(v.EmployerID)).
		Only(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return apperr.User(workflow.CodeNotAssigned, "no task of yours with this ID", "requestId")
	}
	if err != nil {
		return fmt.Errorf("team: request %s: %w", requestID, err)
	}
	// Each kind decides in its own service, which checks on the route that the step is
	// the caller's (WORKFLOW_STEP_NOT_ASSIGNED otherwise).
	switch {
	case r.Kind == workflowrequest.KindLEAVE || r.Kind == workflowrequest.KindLEAVE_CANCELLATION:
		res, err := s.Leave.Decide(ctx, leave.Decision{IDs: []string{r.SubjectID}, Accept: accept, Comment: comment})
		if err != nil {
			return err
		}
		if res[0].Error != nil {
			return res[0].Error
		}
		return nil
	case r.Kind == workflowrequest.KindCLAIM && s.Claims != nil:
		res, err := s.Claims.Decide(ctx, []string{r.SubjectID}, accept, comment)
		if err != nil {
			return err
		}
		return res[0].Err
	case r.Kind == workflowrequest.KindPERSONAL_DATA_CHANGE && s.DataChanges != nil:
		_, err := s.DataChanges.Decide(ctx, r.SubjectID, accept, comment)
		return err
	}
	return apperr.User(workflow.CodeNotAssigned, "this kind of task is decided by staff", "requestId")
}

// TrailStep is one step of a request's trail.
type TrailStep struct {
	Step           int
	State          string
	DecidedByName  *string
	OnBehalfOfName *string
	DecidedAt      *time.Time
	Comment        string
}

// Started is a request a team member started, with its trail.
type Started struct {
	RequestID  string
	Kind       workflow.Kind
	PersonName string
	Status     string
	Submitted  time.Time
	ClosedAt   *time.Time
	Trail      []TrailStep
}

// StartedByTeam returns the requests the manager's team started, newest first (at
// most 50), with who decided each step ("X namens Y").
func (s *Service) StartedByTeam(ctx context.Context) ([]*Started, error) {
	v, err := s.require(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	team, err := s.members(sys, v)
	if err != nil {
		return nil, err
	}
	rs, err := s.Client.WorkflowRequest.Query().Where(workflowrequest.EmployerID(v.EmployerID), workflowrequest.PersonIDIn(team...)).
		Order(ent.Desc(workflowrequest.FieldCreatedAt), ent.Desc(workflowrequest.FieldID)).Limit(maxStarted).
		WithSteps(func(q *ent.WorkflowStepQuery) { q.Order(ent.Asc(workflowstep.FieldPosition)) }).All(sys)
	if err != nil {
		return nil, fmt.Errorf("team: requests of the team of %s: %w", v.PersonID, err)
	}
	var pids []string
	for _, r := range rs {
		pids = append(pids, r.PersonID)
	}
	names, err := s.names(sys, pids)
	if err != nil {
		return nil, err
	}
	out := make([]*Started, len(rs))
	for i, r := range rs {
		st := &Started{RequestID: r.ID, Kind: workflow.Kind(r.Kind), PersonName: names[r.PersonID], Status: string(r.Status),
			Submitted: r.CreatedAt, ClosedAt: r.ClosedAt}
		for _, x := range r.Edges.Steps {
			st.Trail = append(st.Trail, TrailStep{Step: x.Position + 1, State: string(x.State), DecidedByName: x.DecidedByName,
				OnBehalfOfName: x.OnBehalfOfName, DecidedAt: x.DecidedAt, Comment: x.Comment})
		}
		out[i] = st
	}
	return out, nil
}

// Sick is a team member who is sick today: the name and first sick day only (R25).
type Sick struct {
	PersonName   string
	FirstSickDay date.Date
}

// SickToday returns who of the manager's team is sick today.
func (s *Service) SickToday(ctx context.Context) ([]*Sick, error) {
	v, err := s.require(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	team, err := s.members(sys, v)
	if err != nil {
		return nil, err
	}
	today := s.today()
	rs, err := s.Client.SickReport.Query().Where(sickreport.EmployerID(v.EmployerID), sickreport.PersonIDIn(team...),
		sickreport.FirstSickDayLTE(today), sickreport.Or(sickreport.RecoveryDateIsNil(), sickreport.RecoveryDateGT(today))).
		Order(sickreport.ByFirstSickDay()).Limit(maxSick).
		Select(sickreport.FieldPersonID, sickreport.FieldFirstSickDay).All(sys)
	if err != nil {
		return nil, fmt.Errorf("team: sick of the team of %s: %w", v.PersonID, err)
	}
	var pids []string
	for _, r := range rs {
		pids = append(pids, r.PersonID)
	}
	names, err := s.names(sys, pids)
	if err != nil {
		return nil, err
	}
	out := make([]*Sick, len(rs))
	for i, r := range rs {
		out[i] = &Sick{PersonName: names[r.PersonID], FirstSickDay: r.FirstSickDay}
	}
	return out, nil
}

// Calendar is the team calendar of a month (R32 with types, R35).
func (s *Service) Calendar(ctx context.Context, month string, page, size int) (*calendar.Month, error) {
	v, err := s.require(ctx)
	if err != nil {
		return nil, err
	}
	team, err := s.members(viewer.System(ctx), v)
	if err != nil {
		return nil, err
	}
	return s.Calendars.TeamMonth(ctx, v.EmployerID, team, month, page, size)
}

// Colleagues are the persons of the employer with an employee account a manager can
// name as substitute or hand tasks to, by name (at most 20).
func (s *Service) Colleagues(ctx context.Context, search string) ([]workflow.PersonRef, error) {
	v, err := s.require(ctx)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	q := s.Client.Person.Query().Where(person.EmployerID(v.EmployerID), person.IDNEQ(v.PersonID), person.HasAccount())
	if search != "" {
		q = q.Where(person.Or(person.FirstNameContainsFold(search), person.LastNameContainsFold(search)))
	}
	ps, err := q.Order(person.ByLastName(), person.ByFirstName(), person.ByID()).Limit(20).All(sys)
	if err != nil {
		return nil, fmt.Errorf("team: colleagues: %w", err)
	}
	out := make([]workflow.PersonRef, len(ps))
	for i, p := range ps {
		out[i] = workflow.PersonRef{ID: p.ID, Name: directory.FullName(p)}
	}
	return out, nil
}

// IsManager reports whether the signed-in employee manages a department (a substitute
// only decides the tasks given to them).
func (s *Service) IsManager(ctx context.Context) (bool, error) {
	v, err := s.require(ctx)
	if err != nil {
		return false, err
	}
	return workflow.IsManager(viewer.System(ctx), s.Client, v.EmployerID, v.PersonID)
}
