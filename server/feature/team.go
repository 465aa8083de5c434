package feature

import (
	"context"
	"fmt"
	"slices"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/managersubstitute"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Manages reports whether the person manages a department of the employer, stands in
// for a manager today, or still holds an open task (a substitute whose period ended, a
// colleague tasks were handed to): who Mijn team is for (R35). Read as the caller
// passes sys (the system: an employee may not read the substitutes).
func Manages(sys context.Context, c *ent.Client, employerID, personID string, today date.Date) (bool, error) {
	ok, err := c.DepartmentManager.Query().Where(departmentmanager.EmployerID(employerID), departmentmanager.PersonID(personID)).Exist(sys)
	if err != nil {
		return false, fmt.Errorf("feature: does %s manage: %w", personID, err)
	}
	if ok {
		return true, nil
	}
	ok, err = c.ManagerSubstitute.Query().Where(managersubstitute.EmployerID(employerID), managersubstitute.SubstituteID(personID),
		managersubstitute.FirstDayLTE(today), managersubstitute.LastDayGTE(today)).Exist(sys)
	if err != nil {
		return false, fmt.Errorf("feature: does %s stand in: %w", personID, err)
	}
	if ok {
		return true, nil
	}
	// Tasks given to a substitute stay theirs after the period: they must still reach them.
	ok, err = c.WorkflowAssignee.Query().Where(workflowassignee.EmployerID(employerID), workflowassignee.KindEQ(workflowassignee.KindPERSON),
		workflowassignee.AssigneeID(personID), workflowassignee.HasStepWith(workflowstep.StateEQ(workflowstep.StateOPEN))).Exist(sys)
	if err != nil {
		return false, fmt.Errorf("feature: has %s open tasks: %w", personID, err)
	}
	return ok, nil
}

// forPerson narrows the employer's features to the signed-in employee: Mijn team only
// for a manager or a substitute (R35).
func (g *Gate) forPerson(ctx context.Context, v *viewer.Principal, fs []Feature) ([]Feature, error) {
	if !slices.Contains(fs, MyTeam) {
		return fs, nil
	}
	ok, err := Manages(viewer.System(ctx), g.Client, v.EmployerID, v.PersonID, date.Of(g.now()))
	if err != nil || ok {
		return fs, err
	}
	return slices.DeleteFunc(slices.Clone(fs), func(f Feature) bool { return f == MyTeam }), nil
}
