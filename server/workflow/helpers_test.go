package workflow_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// t0 is Monday 2 March 2026 in the morning.
var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// world: employer A1 of provider A with MijnLoket, Verlofaanvragen, Verlofregeling, the
// Workflow editor and Management Self Service; A2 of the same provider without the
// Workflow editor; B1 of provider B. At A1 the department Verkoop (managed by Mia, who
// is in it herself) lies under Directie (managed by Max); Ann is in Verkoop, Bob in no
// department. Staff at A1 holding HANDLE_REQUESTS: Hanna, Nina (named on routes) and
// Ben (blocked); Olga holds no rights.
type world struct {
	t                  *testing.T
	w                  *testworld.World
	c                  *ent.Client
	clk                *clock.Fake
	sys                context.Context
	lv                 *leave.Service
	wf                 *workflow.Service
	products           *product.Service
	A1, A2, B1         *ent.Employer
	ann, bob, mia, max *ent.Employment
	annA2, carlB1      *ent.Employment
	hanna, nina, ben   *ent.User
	olga               *ent.User
	stat               *leave.Type
	verkoop, directie  *workflow.Department
	n                  int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	tw := testworld.New(t, t0)
	x := &world{t: t, w: tw, c: tw.Store.Client, clk: clock.NewFake(t0), sys: tw.Sys}
	x.lv = &leave.Service{Client: x.c, Clock: x.clk}
	x.wf = &workflow.Service{Client: x.c, Clock: x.clk}
	x.lv.Decider = workflow.LeaveRouter{Workflow: x.wf}
	gate := &feature.Gate{Client: x.c}
	x.lv.Gate = func(ctx context.Context, code string) error { return gate.Require(ctx, feature.Feature(code)) }
	x.products = &product.Service{Client: x.c, Clock: x.clk,
		OnActivate: []func(context.Context, *ent.Client, *ent.Employer, string) error{x.lv.OnProductActivated}}
	x.c.Provider.UpdateOne(tw.ProvB).SetMijnloketAddendumSignedAt(t0).ExecX(x.sys)
	base := []string{product.CodeMijnLoket, product.CodeLeaveRequests, leave.ProductLeavePolicy}
	x.A1 = x.activate(tw.EmpA1, append(base, product.CodeWorkflowEditor, product.CodeManagementSelfService)...)
	x.A2 = x.activate(tw.EmpA2, base...)
	x.B1 = x.activate(tw.EmpB1, append(base, product.CodeWorkflowEditor)...)
	x.ann = x.employee(x.A1, "Ann", true)
	x.bob = x.employee(x.A1, "Bob", true)
	x.mia = x.employee(x.A1, "Mia", true)
	x.max = x.employee(x.A1, "Max", true)
	x.annA2 = x.employee(x.A2, "Anouk", true)
	x.carlB1 = x.employee(x.B1, "Carl", true)
	x.hanna = tw.EmployerStaff(x.A1, "hanna", "x", viewer.HandleRequests)
	x.nina = tw.EmployerStaff(x.A1, "nina", "x", viewer.HandleRequests)
	x.ben = tw.EmployerStaff(x.A1, "ben", "x", viewer.HandleRequests)
	x.olga = tw.EmployerStaff(x.A1, "olga", "x")
	x.c.User.UpdateOne(x.ben).SetState(user.StateBLOCKED).ExecX(x.sys)
	tw.EmployerStaff(x.A2, "henk", "x", viewer.HandleRequests)
	tw.EmployerStaff(x.B1, "bert", "x", viewer.HandleRequests)
	x.stat = x.statutory(x.A1)
	hr := x.hr(x.A1)
	var err error
	x.directie, err = x.wf.SaveDepartment(hr, workflow.DepartmentInput{EmployerID: x.A1.ID, Name: "Directie", ManagerIDs: []string{x.max.PersonID}})
	if err != nil {
		t.Fatal(err)
	}
	x.verkoop, err = x.wf.SaveDepartment(hr, workflow.DepartmentInput{EmployerID: x.A1.ID, Name: "Verkoop",
		ParentID: &x.directie.ID, ManagerIDs: []string{x.mia.PersonID}})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []*ent.Employment{x.ann, x.mia} {
		if err := x.wf.SetPersonDepartment(hr, x.A1.ID, j.PersonID, &x.verkoop.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.wf.SetPersonDepartment(hr, x.A1.ID, x.max.PersonID, &x.directie.ID); err != nil {
		t.Fatal(err)
	}
	return x
}

func (x *world) activate(e *ent.Employer, codes ...string) *ent.Employer {
	x.t.Helper()
	for _, code := range codes {
		ctx := testworld.ProviderUser(&ent.Provider{ID: e.ProviderID}, "usr_ak_"+e.ProviderID, viewer.ManageProducts)
		if _, err := x.products.Activate(ctx, e.ID, code); err != nil {
			x.t.Fatalf("activate %s: %v", code, err)
		}
	}
	return e
}

func (x *world) statutory(e *ent.Employer) *leave.Type {
	x.t.Helper()
	sc, err := x.lv.Scheme(x.sys, e.ID)
	if err != nil || sc == nil {
		x.t.Fatalf("scheme of %s: %v", e.Name, err)
	}
	for _, t := range sc.Types {
		if t.Category == leave.Statutory {
			return t
		}
	}
	x.t.Fatal("no statutory type")
	return nil
}

// employee adds a person of e with an employment, a 40-hour week, 160 hours of 2026
// and, when withAccount, an active portal account.
func (x *world) employee(e *ent.Employer, first string, withAccount bool) *ent.Employment {
	x.t.Helper()
	x.n++
	p := x.w.Person(e, first, "Jansen", "")
	j := x.w.Employment(p, x.n, date.New(2020, 1, 1))
	if withAccount {
		x.w.Account(p, first+e.AdministrationNumber, "x")
	}
	hr := testworld.EmployerUser(e, "usr_setup", viewer.ManageHRSettings, viewer.ViewEmployees)
	eight := leave.FromHours(8)
	if _, err := x.lv.SetWorkPattern(hr, j.ID, leave.Pattern{Weeks: []leave.Week{{eight, eight, eight, eight, eight}}}, leave.SourceStaff); err != nil {
		x.t.Fatal(err)
	}
	sc, err := x.lv.Scheme(x.sys, e.ID)
	if err != nil {
		x.t.Fatal(err)
	}
	var stat string
	for _, t := range sc.Types {
		if t.Category == leave.Statutory {
			stat = t.ID
		}
	}
	res, err := x.lv.RecordEntries(testworld.APIClient(&ent.Provider{ID: e.ProviderID}, "cli_setup", viewer.ManagePayrollData), []leave.EntryInput{
		{EmploymentID: j.ID, LeaveTypeID: stat, Kind: leave.KindAccrual, Hours: 160, Date: date.New(2026, 1, 1)},
	})
	if err != nil || res[0].Error != nil {
		x.t.Fatalf("accrual: %v %v", err, res)
	}
	return j
}

// hr is a staff user of e who sets HR settings.
func (x *world) hr(e *ent.Employer) context.Context {
	return testworld.EmployerUser(e, "usr_hr_"+e.AdministrationNumber, viewer.ManageHRSettings)
}

// as acts as the staff user u with its rights.
func (x *world) as(u *ent.User) context.Context {
	rights := make([]viewer.Right, len(u.Rights))
	for i, r := range u.Rights {
		rights[i] = viewer.Right(r)
	}
	return testworld.EmployerUser(&ent.Employer{ID: *u.EmployerID, ProviderID: u.ProviderID}, u.ID, rights...)
}

// me acts as the employee of j.
func me(j *ent.Employment) context.Context {
	return testworld.Employee(&ent.Employer{ID: j.EmployerID, ProviderID: j.ProviderID}, "acc_"+j.PersonID, j.PersonID)
}

// setRoute sets the route of kind at e.
func (x *world) setRoute(e *ent.Employer, kind spec.Kind, r spec.Route) {
	x.t.Helper()
	if _, err := x.wf.SetRoute(x.hr(e), e.ID, kind, r); err != nil {
		x.t.Fatalf("set route: %v", err)
	}
}

// submit asks days first to last (working days of 8 hours) for j.
func (x *world) submit(j *ent.Employment, first, last string) *leave.Request {
	x.t.Helper()
	sc, err := x.lv.Scheme(x.sys, j.EmployerID)
	if err != nil {
		x.t.Fatal(err)
	}
	var stat string
	for _, t := range sc.Types {
		if t.Category == leave.Statutory {
			stat = t.ID
		}
	}
	r, err := x.lv.SubmitRequest(me(j), leave.RequestInput{EmploymentID: j.ID, LeaveTypeID: stat,
		FirstDay: date.MustParse(first), LastDay: date.MustParse(last)})
	if err != nil {
		x.t.Fatalf("submit: %v", err)
	}
	return r
}

// route returns the workflow request of leave request id with its steps in order.
func (x *world) route(id string) *ent.WorkflowRequest {
	x.t.Helper()
	r, err := x.c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(id)).
		WithSteps(func(q *ent.WorkflowStepQuery) {
			q.Order(ent.Asc(workflowstep.FieldPosition)).WithAssignees()
		}).Only(x.sys)
	if err != nil {
		x.t.Fatalf("route of %s: %v", id, err)
	}
	return r
}

// decide decides leave request id as ctx through the leave API; the result's error, if any.
func (x *world) decide(ctx context.Context, id string, accept bool) (*leave.Request, error) {
	x.t.Helper()
	res, err := x.lv.Decide(ctx, leave.Decision{IDs: []string{id}, Accept: accept, Comment: "ok"})
	if err != nil {
		x.t.Fatalf("decide: %v", err)
	}
	if res[0].Error != nil {
		return nil, res[0].Error
	}
	return res[0].Request, nil
}

func (x *world) blockAccount(j *ent.Employment) {
	x.c.Account.Update().Where(account.PersonID(j.PersonID)).SetState(account.StateBLOCKED).ExecX(x.sys)
}

func assignees(st *ent.WorkflowStep) []string {
	var out []string
	for _, a := range st.Edges.Assignees {
		out = append(out, a.AssigneeID)
	}
	return out
}

func ptr[T any](v T) *T { return &v }
