package workflow

import (
	"context"
	"fmt"
	"slices"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/department"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/departmentmember"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// AssignedTo is whom an open step was given.
type AssignedTo string

// Whom a step goes to.
const (
	// AssignedRight: every user holding HANDLE_REQUESTS for the employer.
	AssignedRight AssignedTo = "RIGHT"
	// AssignedPersons: managers, persons with an employee account (R35).
	AssignedPersons AssignedTo = "PERSONS"
	// AssignedUsers: named staff users.
	AssignedUsers AssignedTo = "USERS"
)

// Fallback is why a step went elsewhere than its route says.
type Fallback string

// The fallbacks of R34.
const (
	FallbackNone Fallback = ""
	// FallbackEscalated: the employee manages their own department, so the step went to
	// the managers above them.
	FallbackEscalated Fallback = "ESCALATED"
	// FallbackNoManager: the employee has no manager; the step went to HANDLE_REQUESTS.
	FallbackNoManager Fallback = "NO_MANAGER"
	// FallbackUnavailable: every assignee is blocked or gone; the step went to
	// HANDLE_REQUESTS.
	FallbackUnavailable Fallback = "ASSIGNEES_UNAVAILABLE"
)

// maxDepartmentDepth bounds the walk up the departments.
const maxDepartmentDepth = 10

// subjectOf is who a request is of, as routing needs it.
type subjectOf struct {
	ProviderID, EmployerID, PersonID string
}

// Assignment is the outcome of routing one step for one employee.
type Assignment struct {
	Target   spec.Target
	To       AssignedTo
	IDs      []string // persons or users; empty for the right
	Fallback Fallback
	// Stuck: nobody can take the step (R34: reported to staff, never silently stuck).
	Stuck bool
	// OnBehalf maps a substitute among IDs to the manager they stand in for (R35).
	OnBehalf map[string]string
}

// resolve routes step st for the employee of sub (as the system): the managers or named
// users who can take it, else the holders of HANDLE_REQUESTS; stuck when not even they
// exist.
//
// decided are the users who decided an earlier step of the request: two steps are two
// pairs of eyes, so they are not given a later one.
func (s *Service) resolve(sys context.Context, c *ent.Client, sub subjectOf, st spec.Step, decided []string) (Assignment, error) {
	a := Assignment{Target: st.Target, To: AssignedRight}
	switch st.Target {
	case spec.TargetManager:
		managers, escalated, err := managersOf(sys, c, sub)
		if err != nil {
			return a, err
		}
		if len(managers) == 0 {
			a.Fallback = FallbackNoManager
			break
		}
		avail, err := s.availableManagers(sys, c, sub.EmployerID, managers)
		if err != nil {
			return a, err
		}
		if len(avail) == 0 {
			a.Fallback = FallbackUnavailable
			break
		}
		a.To = AssignedPersons
		if a.IDs, a.OnBehalf, err = s.substitutes(sys, c, sub, avail); err != nil {
			return a, err
		}
		if escalated {
			a.Fallback = FallbackEscalated
		}
	case spec.TargetUsers:
		avail, err := availableUsers(sys, c, sub, st.UserIDs)
		if err != nil {
			return a, err
		}
		avail = slices.DeleteFunc(avail, func(id string) bool { return slices.Contains(decided, id) })
		if len(avail) == 0 {
			a.Fallback = FallbackUnavailable
			break
		}
		a.To, a.IDs = AssignedUsers, avail
	}
	if a.To == AssignedRight {
		holders, err := rightHolders(sys, c, sub)
		if err != nil {
			return a, err
		}
		holders = slices.DeleteFunc(holders, func(u *ent.User) bool { return slices.Contains(decided, u.ID) })
		a.Stuck = len(holders) == 0
	}
	return a, nil
}

// managersOf returns the managers of the employee's department, without the employee;
// when the employee is the department's only manager (or it has none), those of the
// departments above it (R34: a manager's request goes to their own manager).
func managersOf(sys context.Context, c *ent.Client, sub subjectOf) (ids []string, escalated bool, err error) {
	m, err := c.DepartmentMember.Query().Where(departmentmember.PersonID(sub.PersonID), departmentmember.EmployerID(sub.EmployerID)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("workflow: department of %s: %w", sub.PersonID, err)
	}
	depID := &m.DepartmentID
	for i := 0; depID != nil && i < maxDepartmentDepth; i++ {
		ms, err := c.DepartmentManager.Query().Where(departmentmanager.DepartmentID(*depID)).
			Order(departmentmanager.ByPersonID()).All(sys)
		if err != nil {
			return nil, false, fmt.Errorf("workflow: managers of %s: %w", *depID, err)
		}
		var out []string
		self := false
		for _, dm := range ms {
			if dm.PersonID == sub.PersonID {
				self = true
				continue
			}
			out = append(out, dm.PersonID)
		}
		if len(out) > 0 {
			return out, escalated || self, nil
		}
		escalated = escalated || self
		d, err := c.Department.Query().Where(department.ID(*depID), department.EmployerID(sub.EmployerID)).Only(sys)
		if ent.IsNotFound(err) {
			break
		}
		if err != nil {
			return nil, false, fmt.Errorf("workflow: department %s: %w", *depID, err)
		}
		depID = d.ParentID
	}
	return nil, escalated, nil
}

// availableManagers keeps the managers who can take a task: the employer has Management
// Self Service (their Mijn team, R35), their employee account is active and they are
// still employed. The others are "blocked or gone" (R34).
func (s *Service) availableManagers(sys context.Context, c *ent.Client, employerID string, ids []string) ([]string, error) {
	mss, err := productActive(sys, c, employerID, product.CodeManagementSelfService)
	if err != nil || !mss {
		return nil, err
	}
	active, err := c.Account.Query().Where(account.PersonIDIn(ids...), account.StateEQ(account.StateACTIVE)).
		Select(account.FieldPersonID).Strings(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: accounts of managers: %w", err)
	}
	today := s.today()
	jobs, err := c.Employment.Query().Where(employment.PersonIDIn(active...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: employments of managers: %w", err)
	}
	var out []string
	for _, id := range ids {
		if slices.Contains(out, id) {
			continue
		}
		if slices.ContainsFunc(jobs, func(j *ent.Employment) bool { return j.PersonID == id && employed(j, today) }) {
			out = append(out, id)
		}
	}
	return out, nil
}

func employed(j *ent.Employment, today date.Date) bool {
	return !j.StartDate.After(today) && (j.EndDate == nil || !j.EndDate.Before(today))
}

// availableUsers keeps the named users who still work on the employer, are not blocked
// and still hold HANDLE_REQUESTS, with which staff decide requests.
func availableUsers(sys context.Context, c *ent.Client, sub subjectOf, ids []string) ([]string, error) {
	us, err := c.User.Query().Where(user.IDIn(ids...), user.ProviderID(sub.ProviderID),
		user.Or(user.EmployerIDIsNil(), user.EmployerID(sub.EmployerID)), user.StateEQ(user.StateACTIVE)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: named users: %w", err)
	}
	var out []string
	for _, id := range ids {
		if slices.ContainsFunc(us, func(u *ent.User) bool { return u.ID == id && handles(u) }) {
			out = append(out, id)
		}
	}
	return out, nil
}

// handles reports whether u holds HANDLE_REQUESTS.
func handles(u *ent.User) bool { return slices.Contains(u.Rights, string(viewer.HandleRequests)) }

// maxStaff bounds the staff read to find the holders of a right: an employer and its
// provider have tens of users, not thousands.
const maxStaff = 2000

// rightHolders returns the active users holding HANDLE_REQUESTS for the employer.
func rightHolders(sys context.Context, c *ent.Client, sub subjectOf) ([]*ent.User, error) {
	us, err := c.User.Query().Where(user.ProviderID(sub.ProviderID),
		user.Or(user.EmployerIDIsNil(), user.EmployerID(sub.EmployerID)), user.StateEQ(user.StateACTIVE)).
		Order(user.ByDisplayName(), user.ByID()).Limit(maxStaff).All(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: staff of %s: %w", sub.EmployerID, err)
	}
	return slices.DeleteFunc(us, func(u *ent.User) bool { return !handles(u) }), nil
}
