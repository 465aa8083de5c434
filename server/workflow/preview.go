package workflow

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// maxNames bounds the names a preview lists for one step.
const maxNames = 10

// PreviewStep is where one step of a route would go for one employee.
type PreviewStep struct {
	Target   spec.Target
	To       AssignedTo
	Names    []string // the managers, named users, or holders of the right (at most ten)
	More     int      // holders of the right beyond Names
	Fallback Fallback
	Stuck    bool
}

// Preview is "for Jan Jansen this request would go to …" (R34).
type Preview struct {
	PersonName string
	Steps      []PreviewStep
	// AutoApproval of the route, which may approve the request before any step.
	AutoApproval *spec.AutoApproval
}

// Preview computes where a request of kind by the person would go: on route (a draft
// the editor has not saved yet) or, when nil, on the employer's current route.
func (s *Service) Preview(ctx context.Context, employerID string, kind Kind, personID string, route *Route) (*Preview, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if !ValidKind(kind) {
		return nil, apperr.User(CodeInvalidRoute, "unknown kind of request", "kind")
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	// As the system, within the employer the caller may see: routing reads managers,
	// accounts and staff as it will when the request comes.
	sys := viewer.System(ctx)
	p, err := s.Client.Person.Query().Where(person.ID(personID), person.EmployerID(e.ID)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, apperr.User(CodePersonNotFound, "no person of this employer with this ID", "personId")
	}
	if err != nil {
		return nil, fmt.Errorf("workflow: person %s: %w", personID, err)
	}
	var r Route
	if route != nil {
		active, err := editorActive(sys, s.Client, e.ID)
		if err != nil {
			return nil, err
		}
		if !active {
			return nil, apperr.User(CodeEditorNotActive, "routes are set with the Workflow editor, which the employer does not have", "route")
		}
		if r, err = checkRoute(sys, s.Client, e, kind, *route); err != nil {
			return nil, err
		}
	} else if r, err = routeOf(sys, s.Client, e.ID, kind); err != nil {
		return nil, err
	}
	out := &Preview{PersonName: directory.FullName(p), AutoApproval: r.AutoApproval}
	sub := subjectOf{ProviderID: e.ProviderID, EmployerID: e.ID, PersonID: p.ID}
	for _, st := range r.Steps {
		a, err := s.resolve(sys, s.Client, sub, st, nil)
		if err != nil {
			return nil, err
		}
		ps := PreviewStep{Target: a.Target, To: a.To, Fallback: a.Fallback, Stuck: a.Stuck}
		switch a.To {
		case AssignedPersons:
			ps.Names, err = personNames(sys, s.Client, a.IDs)
		case AssignedUsers:
			ps.Names, err = userNames(sys, s.Client, a.IDs)
		case AssignedRight:
			var hs []*ent.User
			hs, err = rightHolders(sys, s.Client, sub)
			for i, h := range hs {
				if i == maxNames {
					ps.More = len(hs) - maxNames
					break
				}
				ps.Names = append(ps.Names, h.DisplayName)
			}
		}
		if err != nil {
			return nil, err
		}
		out.Steps = append(out.Steps, ps)
	}
	return out, nil
}

func personNames(sys context.Context, c *ent.Client, ids []string) ([]string, error) {
	ps, err := c.Person.Query().Where(person.IDIn(ids...)).Order(person.ByLastName(), person.ByFirstName()).Limit(maxNames).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: names of managers: %w", err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = directory.FullName(p)
	}
	return out, nil
}

func userNames(sys context.Context, c *ent.Client, ids []string) ([]string, error) {
	return c.User.Query().Where(user.IDIn(ids...)).Order(user.ByDisplayName()).Limit(maxNames).
		Select(user.FieldDisplayName).Strings(sys)
}

// PersonRef is a person by ID and name, for the editor's pickers.
type PersonRef struct {
	ID   string
	Name string
}

// maxPeople bounds a person search of the editor.
const maxPeople = 20

// People finds persons of the employer by name for the preview and the manager
// pickers (MANAGE_HR_SETTINGS): names only, at most twenty.
func (s *Service) People(ctx context.Context, employerID, search string) ([]PersonRef, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if len([]rune(search)) > 100 {
		return nil, apperr.User(CodePersonNotFound, "search with at most 100 characters", "search")
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	// As the system within the employer the caller may see: names only, which the
	// route's managers and preview need without VIEW_EMPLOYEES.
	q := s.Client.Person.Query().Where(person.EmployerID(e.ID))
	if search = strings.ToLower(strings.Join(strings.Fields(search), " ")); search != "" {
		q.Where(person.SearchKeyContains(search))
	}
	ps, err := q.Order(person.ByLastName(), person.ByFirstName(), person.ByID()).Limit(maxPeople).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("workflow: people of %s: %w", e.ID, err)
	}
	out := make([]PersonRef, len(ps))
	for i, p := range ps {
		out[i] = PersonRef{ID: p.ID, Name: directory.FullName(p)}
	}
	return out, nil
}

// StaffRef is a staff user by ID and name, for the named-users picker.
type StaffRef struct {
	ID     string
	Name   string
	Active bool
	// HandlesRequests: the user holds HANDLE_REQUESTS, which a step's named user needs.
	HandlesRequests bool
}

// Staff lists the staff users who work on the employer — its own and its provider's —
// for the named-users and notify pickers (MANAGE_HR_SETTINGS).
func (s *Service) Staff(ctx context.Context, employerID string) ([]StaffRef, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	us, err := s.Client.User.Query().Where(user.ProviderID(e.ProviderID), user.Or(user.EmployerIDIsNil(), user.EmployerID(e.ID))).
		Order(user.ByDisplayName(), user.ByID()).Limit(maxStaff).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("workflow: staff of %s: %w", e.ID, err)
	}
	out := make([]StaffRef, len(us))
	for i, u := range us {
		out[i] = StaffRef{ID: u.ID, Name: u.DisplayName, Active: u.State == user.StateACTIVE, HandlesRequests: handles(u)}
	}
	return out, nil
}

// StuckRequest is a request whose open step nobody can take (vastgelopen, R34).
type StuckRequest struct {
	ID         string
	Kind       Kind
	PersonName string
	Step       int // 1-based
	Since      time.Time
}

// maxStuck bounds the list of stuck requests.
const maxStuck = 50

// Stuck lists the employer's requests that are stuck, oldest first (MANAGE_HR_SETTINGS
// or HANDLE_REQUESTS): staff are told, nothing is silently stuck (R34).
func (s *Service) Stuck(ctx context.Context, employerID string) ([]StuckRequest, error) {
	v, err := viewer.RequireStaff(ctx)
	if err != nil {
		return nil, err
	}
	if !v.Has(viewer.ManageHRSettings) && !v.Has(viewer.HandleRequests) {
		return nil, apperr.Forbiddenf("needs the right %s or %s", viewer.ManageHRSettings, viewer.HandleRequests)
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	sys := viewer.System(ctx)
	rs, err := s.Client.WorkflowRequest.Query().Where(workflowrequest.EmployerID(e.ID),
		workflowrequest.StatusEQ(workflowrequest.StatusOPEN), workflowrequest.Stuck(true)).
		WithSteps(func(q *ent.WorkflowStepQuery) { q.Where(workflowstep.StateEQ(workflowstep.StateOPEN)) }).
		Order(ent.Asc(workflowrequest.FieldUpdatedAt), ent.Asc(workflowrequest.FieldID)).Limit(maxStuck).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: stuck requests of %s: %w", e.ID, err)
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.PersonID
	}
	ps, err := s.Client.Person.Query().Where(person.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: persons of stuck requests: %w", err)
	}
	names := map[string]string{}
	for _, p := range ps {
		names[p.ID] = directory.FullName(p)
	}
	out := make([]StuckRequest, len(rs))
	for i, r := range rs {
		out[i] = StuckRequest{ID: r.ID, Kind: Kind(r.Kind), PersonName: names[r.PersonID], Step: r.CurrentStep + 1,
			Since: r.UpdatedAt}
		for _, st := range r.Edges.Steps {
			if st.OpenedAt != nil {
				out[i].Since = *st.OpenedAt
			}
		}
	}
	return out, nil
}
