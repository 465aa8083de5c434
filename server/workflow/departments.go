package workflow

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/department"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/departmentmember"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Departments and their managers: where "the employee's manager" of a route comes from
// (R34), and later Mijn team's teams (R35). Staff with MANAGE_HR_SETTINGS set them.

// The audit actions of departments.
const (
	ActionDepartmentSaved     audit.Action = "DEPARTMENT_SAVED"
	ActionDepartmentManagers  audit.Action = "DEPARTMENT_MANAGERS_SET"
	ActionPersonDepartmentSet audit.Action = "PERSON_DEPARTMENT_SET"
)

// The limits of departments.
const (
	maxDepartments = 500
	maxManagers    = 10
)

// Department is a department with its managers.
type Department struct {
	ID       string
	Name     string
	ParentID *string
	Managers []PersonRef
	Members  int
}

// Departments lists the employer's departments (MANAGE_HR_SETTINGS), by name.
func (s *Service) Departments(ctx context.Context, employerID string) ([]*Department, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	ds, err := s.Client.Department.Query().Where(department.EmployerID(e.ID)).
		Order(department.ByName(), department.ByID()).Limit(maxDepartments).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("workflow: departments of %s: %w", e.ID, err)
	}
	ms, err := s.Client.DepartmentManager.Query().Where(departmentmanager.EmployerID(e.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("workflow: managers of %s: %w", e.ID, err)
	}
	var pids []string
	for _, m := range ms {
		pids = append(pids, m.PersonID)
	}
	// As the system: managers' names only, within the employer the caller sees.
	ps, err := s.Client.Person.Query().Where(person.IDIn(pids...), person.EmployerID(e.ID)).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("workflow: managers' names: %w", err)
	}
	names := map[string]string{}
	for _, p := range ps {
		names[p.ID] = directory.FullName(p)
	}
	var counts []struct {
		DepartmentID string `json:"department_id"`
		Count        int    `json:"count"`
	}
	if err := s.Client.DepartmentMember.Query().Where(departmentmember.EmployerID(e.ID)).
		GroupBy(departmentmember.FieldDepartmentID).Aggregate(ent.Count()).Scan(ctx, &counts); err != nil {
		return nil, fmt.Errorf("workflow: members of %s: %w", e.ID, err)
	}
	out := make([]*Department, len(ds))
	for i, d := range ds {
		out[i] = &Department{ID: d.ID, Name: d.Name, ParentID: d.ParentID}
		for _, m := range ms {
			if m.DepartmentID == d.ID {
				out[i].Managers = append(out[i].Managers, PersonRef{ID: m.PersonID, Name: names[m.PersonID]})
			}
		}
		slices.SortFunc(out[i].Managers, func(a, b PersonRef) int { return strings.Compare(a.Name, b.Name) })
		for _, c := range counts {
			if c.DepartmentID == d.ID {
				out[i].Members = c.Count
			}
		}
	}
	return out, nil
}

// DepartmentInput creates (no ID) or changes a department and sets its managers.
type DepartmentInput struct {
	EmployerID string
	ID         *string
	Name       string
	ParentID   *string
	// ManagerIDs are persons of the employer (at most ten).
	ManagerIDs []string
}

// SaveDepartment creates or changes a department with its managers (MANAGE_HR_SETTINGS).
func (s *Service) SaveDepartment(ctx context.Context, in DepartmentInput) (*Department, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, err
	}
	name := strings.Join(strings.Fields(in.Name), " ")
	if name == "" || len([]rune(name)) > 100 {
		return nil, apperr.User(CodeDepartmentInvalid, "a department has a name of 1 to 100 characters", "name")
	}
	mgrs := dedupe(in.ManagerIDs)
	if len(mgrs) > maxManagers {
		return nil, apperr.User(CodeDepartmentInvalid, "a department has at most 10 managers", "managerIds")
	}
	var id string
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, in.EmployerID)
		if err != nil {
			return err
		}
		sys := viewer.System(ctx)
		if n, err := c.Person.Query().Where(person.IDIn(mgrs...), person.EmployerID(e.ID)).Count(sys); err != nil {
			return fmt.Errorf("workflow: managers: %w", err)
		} else if n != len(mgrs) {
			return apperr.User(CodeDepartmentInvalid, "a manager is a person of the employer", "managerIds")
		}
		if in.ParentID != nil {
			if err := checkParent(ctx, c, e.ID, in.ID, *in.ParentID); err != nil {
				return err
			}
		}
		dup := c.Department.Query().Where(department.EmployerID(e.ID), department.Name(name))
		if in.ID != nil {
			dup.Where(department.IDNEQ(*in.ID))
		}
		if exists, err := dup.Exist(ctx); err != nil {
			return fmt.Errorf("workflow: department name: %w", err)
		} else if exists {
			return apperr.User(CodeDepartmentInvalid, "the employer has a department of this name", "name")
		}
		now := s.now()
		var d *ent.Department
		if in.ID == nil {
			d, err = c.Department.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetName(name).
				SetNillableParentID(in.ParentID).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		} else {
			d, err = c.Department.Query().Where(department.ID(*in.ID), department.EmployerID(e.ID)).Only(ctx)
			if notFound(err) {
				return apperr.User(CodeDepartmentInvalid, "no department of this employer with this ID", "id")
			}
			if err == nil {
				upd := c.Department.UpdateOne(d).SetName(name).SetUpdatedAt(now)
				if in.ParentID == nil {
					upd.ClearParentID()
				} else {
					upd.SetParentID(*in.ParentID)
				}
				d, err = upd.Save(ctx)
			}
		}
		if err != nil {
			return fmt.Errorf("workflow: save department: %w", err)
		}
		id = d.ID
		if _, err := c.DepartmentManager.Delete().Where(departmentmanager.DepartmentID(d.ID)).Exec(ctx); err != nil {
			return fmt.Errorf("workflow: managers of %s: %w", d.ID, err)
		}
		rows := make([]*ent.DepartmentManagerCreate, len(mgrs))
		for i, pid := range mgrs {
			rows[i] = c.DepartmentManager.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
				SetDepartmentID(d.ID).SetPersonID(pid).SetCreatedAt(now).SetUpdatedAt(now)
		}
		if err := c.DepartmentManager.CreateBulk(rows...).Exec(ctx); err != nil {
			return fmt.Errorf("workflow: managers of %s: %w", d.ID, err)
		}
		return audit.RecordMany(ctx, c, []audit.Event{
			{At: now, Action: ActionDepartmentSaved, ProviderID: e.ProviderID, EmployerID: e.ID, TargetType: "Department", TargetID: d.ID,
				Details: map[string]string{"name": name, "by": v.ID}},
			{At: now, Action: ActionDepartmentManagers, ProviderID: e.ProviderID, EmployerID: e.ID, TargetType: "Department", TargetID: d.ID,
				Details: map[string]string{"managers": strings.Join(mgrs, ",")}},
		})
	})
	if err != nil {
		return nil, err
	}
	ds, err := s.Departments(ctx, in.EmployerID)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		if d.ID == id {
			return d, nil
		}
	}
	return nil, fmt.Errorf("workflow: department %s not read back", id)
}

// checkParent refuses a parent of another employer and a loop.
func checkParent(ctx context.Context, c *ent.Client, employerID string, self *string, parentID string) error {
	cur := &parentID
	for i := 0; cur != nil; i++ {
		if (self != nil && *cur == *self) || i >= maxDepartmentDepth {
			return apperr.User(CodeDepartmentInvalid, "a department cannot be above itself", "parentId")
		}
		d, err := c.Department.Query().Where(department.ID(*cur), department.EmployerID(employerID)).Only(ctx)
		if notFound(err) {
			return apperr.User(CodeDepartmentInvalid, "no department of this employer with this ID", "parentId")
		}
		if err != nil {
			return fmt.Errorf("workflow: department %s: %w", *cur, err)
		}
		cur = d.ParentID
	}
	return nil
}

// SetPersonDepartment places a person in a department, or in none (nil).
func (s *Service) SetPersonDepartment(ctx context.Context, employerID, personID string, departmentID *string) error {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return err
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, employerID)
		if err != nil {
			return err
		}
		if ok, err := c.Person.Query().Where(person.ID(personID), person.EmployerID(e.ID)).Exist(viewer.System(ctx)); err != nil {
			return fmt.Errorf("workflow: person %s: %w", personID, err)
		} else if !ok {
			return apperr.User(CodePersonNotFound, "no person of this employer with this ID", "personId")
		}
		if departmentID != nil {
			if ok, err := c.Department.Query().Where(department.ID(*departmentID), department.EmployerID(e.ID)).Exist(ctx); err != nil {
				return fmt.Errorf("workflow: department %s: %w", *departmentID, err)
			} else if !ok {
				return apperr.User(CodeDepartmentInvalid, "no department of this employer with this ID", "departmentId")
			}
		}
		if _, err := c.DepartmentMember.Delete().Where(departmentmember.PersonID(personID), departmentmember.EmployerID(e.ID)).Exec(ctx); err != nil {
			return fmt.Errorf("workflow: department of %s: %w", personID, err)
		}
		now := s.now()
		d := map[string]string{}
		if departmentID != nil {
			if _, err := c.DepartmentMember.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetPersonID(personID).
				SetDepartmentID(*departmentID).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx); err != nil {
				return fmt.Errorf("workflow: department of %s: %w", personID, err)
			}
			d["department"] = *departmentID
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionPersonDepartmentSet, ProviderID: e.ProviderID, EmployerID: e.ID,
			PersonID: personID, TargetType: "Person", TargetID: personID, Details: d})
	})
}
