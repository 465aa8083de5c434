package workflow_test

import (
	"context"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// decideStep decides the open step of leave request id as ctx through the workflow
// directly (a manager's Mijn team will, R35).
func (x *world) decideStep(ctx context.Context, id string, accept bool) (final bool, err error) {
	x.t.Helper()
	v := viewer.FromContext(ctx)
	err = store.WithTx(ctx, x.c, func(tx *ent.Tx) error {
		var err error
		final, err = x.wf.Decide(ctx, tx.Client(), v, id, workflow.Decision{Accept: accept})
		return err
	})
	return final, err
}

// R34: a request keeps the route it started with; changing the route changes only
// the requests that come after. Two steps: the second opens when the first approves,
// and its assignee cannot decide before.
func TestRouteSnapshotAndTwoStepOrderR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}, {Target: spec.TargetRight}}})
	r := x.submit(x.ann, "2026-06-08", "2026-06-09")
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}}})

	wr := x.route(r.ID)
	if len(wr.Route.Steps) != 2 || len(wr.Edges.Steps) != 2 {
		t.Fatalf("the running request lost its two-step route: %+v", wr.Route)
	}
	first, second := wr.Edges.Steps[0], wr.Edges.Steps[1]
	if first.State != workflowstep.StateOPEN || *first.AssignedTo != workflowstep.AssignedToUSERS || !slices.Equal(assignees(first), []string{x.nina.ID}) {
		t.Fatalf("first step: %+v", first)
	}
	if second.State != workflowstep.StateWAITING {
		t.Fatalf("second step opened early: %s", second.State)
	}
	// Hanna holds HANDLE_REQUESTS, but the first step is Nina's.
	if _, err := x.decide(x.as(x.hanna), r.ID, true); testworld.UserCode(t, err) != leave.CodeRequestNotFound {
		t.Fatalf("the second step's assignee decided the first: %v", err)
	}
	got, err := x.decide(x.as(x.nina), r.ID, true)
	if err != nil || got.Status != leave.StatusSubmitted {
		t.Fatalf("after the first approval the leave is %v, %v; want still submitted", got, err)
	}
	// Nina holds the right of the second step too, but approved the first: two pairs of eyes.
	if _, err := x.decide(x.as(x.nina), r.ID, true); err == nil {
		t.Fatal("Nina decided the second step too")
	}
	got, err = x.decide(x.as(x.hanna), r.ID, true)
	if err != nil || got.Status != leave.StatusAccepted {
		t.Fatalf("after the second approval: %v, %v", got, err)
	}
	wr = x.route(r.ID)
	if wr.Status != workflowrequest.StatusAPPROVED || wr.Edges.Steps[1].State != workflowstep.StateAPPROVED ||
		*wr.Edges.Steps[0].DecidedBy != x.nina.ID || *wr.Edges.Steps[1].DecidedBy != x.hanna.ID || wr.Edges.Steps[1].DecidedAt == nil {
		t.Fatalf("trail: %+v", wr)
	}
	// A new request takes the changed route.
	r2 := x.submit(x.ann, "2026-06-15", "2026-06-15")
	if wr := x.route(r2.ID); len(wr.Edges.Steps) != 1 || *wr.Edges.Steps[0].AssignedTo != workflowstep.AssignedToRIGHT {
		t.Fatalf("new request: %+v", wr.Route)
	}
	n := x.c.AuditEvent.Query().Where(auditevent.TargetID(wr.ID)).CountX(x.sys)
	// started, step 1 opened, decided, step 2 opened, decided, finished.
	if n != 6 {
		t.Fatalf("%d audit events for the request's transitions, want 6", n)
	}
}

// R34: a rejection on the first step ends the request; the second step never opens.
func TestRejectionOnFirstStepEndsTheRouteR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}, {Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}})
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	res, err := x.lv.Decide(x.as(x.hanna), leave.Decision{IDs: []string{r.ID}, Accept: false, Comment: "te druk"})
	if err != nil || res[0].Error != nil || res[0].Request.Status != leave.StatusRejected {
		t.Fatalf("reject: %v %+v", err, res)
	}
	wr := x.route(r.ID)
	if wr.Status != workflowrequest.StatusREJECTED || wr.Edges.Steps[1].State != workflowstep.StateCLOSED {
		t.Fatalf("route after rejection: %s, %s", wr.Status, wr.Edges.Steps[1].State)
	}
}

// R34: nobody decides their own request, not even a manager who is assigned the step.
func TestSelfApprovalRefusedR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	if _, err := x.decideStep(me(x.ann), r.ID, true); testworld.UserCode(t, err) != workflow.CodeSelfApproval {
		t.Fatalf("Ann decided her own request: %v", err)
	}
	// Mia is Ann's manager: she may.
	if final, err := x.decideStep(me(x.mia), r.ID, true); err != nil || !final {
		t.Fatalf("manager decides: %v %v", final, err)
	}
	// Routing never gives Mia her own request, and she cannot take it.
	rm := x.submit(x.mia, "2026-06-08", "2026-06-08")
	if slices.Contains(assignees(x.route(rm.ID).Edges.Steps[0]), x.mia.PersonID) {
		t.Fatal("Mia's own request was given to her")
	}
	if _, err := x.decideStep(me(x.mia), rm.ID, true); testworld.UserCode(t, err) != workflow.CodeSelfApproval {
		t.Fatalf("Mia decided her own request: %v", err)
	}
}

// R34: a manager's own request goes to their own manager, else to HANDLE_REQUESTS.
func TestManagersOwnRequestEscalatedR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	cases := []struct {
		name     string
		job      *ent.Employment
		to       workflowstep.AssignedTo
		who      []string
		fallback workflow.Fallback
	}{
		{"employee → manager", x.ann, workflowstep.AssignedToPERSONS, []string{x.mia.PersonID}, workflow.FallbackNone},
		{"manager → the manager above", x.mia, workflowstep.AssignedToPERSONS, []string{x.max.PersonID}, workflow.FallbackEscalated},
		{"top manager → HANDLE_REQUESTS", x.max, workflowstep.AssignedToRIGHT, nil, workflow.FallbackNoManager},
		{"no department → HANDLE_REQUESTS", x.bob, workflowstep.AssignedToRIGHT, nil, workflow.FallbackNoManager},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			day := []string{"2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11"}[i]
			st := x.route(x.submit(c.job, day, day).ID).Edges.Steps[0]
			if *st.AssignedTo != c.to || !slices.Equal(assignees(st), c.who) || workflow.Fallback(st.Fallback) != c.fallback || st.Stuck {
				t.Fatalf("step: to %s %v fallback %q stuck %v", *st.AssignedTo, assignees(st), st.Fallback, st.Stuck)
			}
		})
	}
	// Max, Mia's manager, decides Mia's request.
	rm := x.c.WorkflowRequest.Query().Where(workflowrequest.PersonID(x.mia.PersonID)).OnlyX(x.sys)
	if final, err := x.decideStep(me(x.max), rm.SubjectID, true); err != nil || !final {
		t.Fatalf("Max decides: %v %v", final, err)
	}
}

// R34: an assignee who is blocked or gone falls back to HANDLE_REQUESTS; without
// Management Self Service managers have no Mijn team to take a task in.
func TestBlockedAssigneeFallsBackR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}})
	x.c.User.UpdateOne(x.nina).SetState(user.StateBLOCKED).ExecX(x.sys)
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	st := x.route(r.ID).Edges.Steps[0]
	if *st.AssignedTo != workflowstep.AssignedToRIGHT || st.Fallback != string(workflow.FallbackUnavailable) {
		t.Fatalf("blocked named user: to %s fallback %q", *st.AssignedTo, st.Fallback)
	}
	if got, err := x.decide(x.as(x.hanna), r.ID, true); err != nil || got.Status != leave.StatusAccepted {
		t.Fatalf("HANDLE_REQUESTS decides the fallback: %v %v", got, err)
	}

	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	x.blockAccount(x.mia)
	st = x.route(x.submit(x.ann, "2026-06-09", "2026-06-09").ID).Edges.Steps[0]
	if *st.AssignedTo != workflowstep.AssignedToRIGHT || st.Fallback != string(workflow.FallbackUnavailable) {
		t.Fatalf("blocked manager: to %s fallback %q", *st.AssignedTo, st.Fallback)
	}
}

// R34: a step nobody can take is reported to staff (an audit event, the request shown
// as stuck), and whoever holds HANDLE_REQUESTS later can take it.
func TestStuckStepIsReportedR34(t *testing.T) {
	x := newWorld(t)
	x.c.User.Update().Where(user.IDIn(x.hanna.ID, x.nina.ID)).SetState(user.StateBLOCKED).ExecX(x.sys)
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	wr := x.route(r.ID)
	if !wr.Stuck || !wr.Edges.Steps[0].Stuck {
		t.Fatal("a step nobody can take is not marked stuck")
	}
	if n := x.c.AuditEvent.Query().Where(auditevent.Action(string(workflow.ActionStepStuck)), auditevent.TargetID(wr.ID)).CountX(x.sys); n != 1 {
		t.Fatalf("%d stuck events", n)
	}
	stuck, err := x.wf.Stuck(x.hr(x.A1), x.A1.ID)
	if err != nil || len(stuck) != 1 || stuck[0].ID != wr.ID || stuck[0].PersonName != "Ann Jansen" {
		t.Fatalf("stuck list: %+v %v", stuck, err)
	}
	if other, err := x.wf.Stuck(x.hr(x.A2), x.A2.ID); err != nil || len(other) != 0 {
		t.Fatalf("A2 sees stuck requests: %+v %v", other, err)
	}
	newcomer := x.w.EmployerStaff(x.A1, "nora", "x", viewer.HandleRequests)
	if got, err := x.decide(x.as(newcomer), r.ID, true); err != nil || got.Status != leave.StatusAccepted {
		t.Fatalf("a new holder of the right takes the stuck step: %v %v", got, err)
	}
	if stuck, _ := x.wf.Stuck(x.hr(x.A1), x.A1.ID); len(stuck) != 0 {
		t.Fatalf("still stuck after the decision: %+v", stuck)
	}
}

// R34: leave up to the route's hours is approved at once; more waits for the step.
func TestAutoApprovalLeaveHoursR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}},
		AutoApproval: &spec.AutoApproval{MaxLeaveMinutes: ptr(int64(8 * 60))}})
	small := x.submit(x.ann, "2026-06-08", "2026-06-08") // 8 hours
	if small.Status != leave.StatusAccepted || small.DecidedByName == nil || *small.DecidedByName != "Werkportaal" {
		t.Fatalf("8 hours: %s", small.Status)
	}
	if wr := x.route(small.ID); !wr.AutoApproved || wr.Status != workflowrequest.StatusAPPROVED || len(wr.Edges.Steps) != 0 {
		t.Fatalf("auto-approved route: %+v", wr)
	}
	big := x.submit(x.ann, "2026-06-09", "2026-06-10") // 16 hours
	if big.Status != leave.StatusSubmitted || x.route(big.ID).AutoApproved {
		t.Fatalf("16 hours: %s", big.Status)
	}
	// Automatic approval is for the leave kinds in hours, for claims in euros.
	_, err := x.wf.SetRoute(x.hr(x.A1), x.A1.ID, spec.KindClaim, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}},
		AutoApproval: &spec.AutoApproval{MaxLeaveMinutes: ptr(int64(60))}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "autoApproval", "maxLeaveHours")
}

// R34: without the Workflow editor the default route (one step to HANDLE_REQUESTS)
// applies, and routes cannot be set; a route set before the product was switched off
// no longer applies to new requests.
func TestDefaultRouteWithoutTheProductR34(t *testing.T) {
	x := newWorld(t)
	_, err := x.wf.SetRoute(x.hr(x.A2), x.A2.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	testworld.WantUserError(t, err, workflow.CodeEditorNotActive, "employerId")
	rs, err := x.wf.Routes(x.hr(x.A2), x.A2.ID)
	if err != nil || rs.EditorActive || len(rs.Routes) != 4 {
		t.Fatalf("routes of A2: %+v %v", rs, err)
	}
	for _, rv := range rs.Routes {
		if rv.Custom || len(rv.Route.Steps) != 1 || rv.Route.Steps[0].Target != spec.TargetRight {
			t.Fatalf("%s: not the default route: %+v", rv.Kind, rv.Route)
		}
	}
	r := x.submit(x.annA2, "2026-06-08", "2026-06-08")
	if st := x.route(r.ID).Edges.Steps[0]; *st.AssignedTo != workflowstep.AssignedToRIGHT || st.Stuck {
		t.Fatalf("A2's request: %+v", st)
	}

	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	if _, err := x.products.Deactivate(testworld.ProviderUser(&ent.Provider{ID: x.A1.ProviderID}, "usr_ak", viewer.ManageProducts),
		x.A1.ID, product.CodeWorkflowEditor); err != nil {
		t.Fatal(err)
	}
	if st := x.route(x.submit(x.ann, "2026-06-08", "2026-06-08").ID).Edges.Steps[0]; st.Target != workflowstep.TargetRIGHT {
		t.Fatalf("after switching the editor off: %s", st.Target)
	}
}

// R34: the preview says where a request of a person would go, on a draft route too.
func TestPreviewR34(t *testing.T) {
	x := newWorld(t)
	draft := spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}, {Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}}
	p, err := x.wf.Preview(x.hr(x.A1), x.A1.ID, spec.KindLeave, x.ann.PersonID, &draft)
	if err != nil {
		t.Fatal(err)
	}
	if p.PersonName != "Ann Jansen" || len(p.Steps) != 2 || !slices.Equal(p.Steps[0].Names, []string{"Mia Jansen"}) ||
		!slices.Equal(p.Steps[1].Names, []string{"nina"}) {
		t.Fatalf("preview: %+v", p)
	}
	// The current route is the default: the holders of the right (Ben is blocked).
	p, err = x.wf.Preview(x.hr(x.A1), x.A1.ID, spec.KindClaim, x.bob.PersonID, nil)
	if err != nil || len(p.Steps) != 1 || p.Steps[0].To != workflow.AssignedRight || !slices.Equal(p.Steps[0].Names, []string{"hanna", "nina"}) {
		t.Fatalf("default preview: %+v %v", p, err)
	}
}

// Tenant isolation: another tenant's employer, person, user or request is not found,
// the same as a missing one.
func TestTenantIsolationR34(t *testing.T) {
	x := newWorld(t)
	hrB := x.hr(x.B1)
	_, err := x.wf.Routes(hrB, x.A1.ID)
	testworld.WantCode(t, err, apperr.NotFound)
	_, err = x.wf.SetRoute(hrB, x.A1.ID, spec.KindLeave, spec.Default())
	testworld.WantCode(t, err, apperr.NotFound)
	_, err = x.wf.Preview(hrB, x.B1.ID, spec.KindLeave, x.ann.PersonID, nil)
	testworld.WantUserError(t, err, workflow.CodePersonNotFound, "personId")
	_, err = x.wf.SetRoute(hrB, x.B1.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route")
	_, err = x.wf.Departments(hrB, x.A1.ID)
	testworld.WantCode(t, err, apperr.NotFound)
	_, err = x.wf.SaveDepartment(hrB, workflow.DepartmentInput{EmployerID: x.B1.ID, Name: "X", ManagerIDs: []string{x.mia.PersonID}})
	testworld.WantUserError(t, err, workflow.CodeDepartmentInvalid, "managerIds")
	people, err := x.wf.People(hrB, x.B1.ID, "jansen")
	if err != nil || len(people) != 1 || people[0].Name != "Carl Jansen" {
		t.Fatalf("B1's people: %+v %v", people, err)
	}
	// A handler of B1 neither sees nor decides A1's request.
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	bert := testworld.EmployerUser(x.B1, "usr_bert", viewer.HandleRequests)
	if (workflow.LeaveRouter{Workflow: x.wf}).MayDecide(bert, viewer.FromContext(bert), x.c.LeaveRequest.GetX(x.sys, r.ID)) {
		t.Fatal("B1's handler may decide A1's request")
	}
	if _, err := x.decideStep(bert, r.ID, true); testworld.UserCode(t, err) != workflow.CodeNotAssigned {
		t.Fatalf("B1's handler: %v", err)
	}
}

// Rights: the editor and departments need MANAGE_HR_SETTINGS; employees get nothing.
func TestRightsR34(t *testing.T) {
	x := newWorld(t)
	noRight := testworld.EmployerUser(x.A1, "usr_x", testworld.Without(viewer.ManageHRSettings)...)
	for name, call := range map[string]func(ctx context.Context) error{
		"routes": func(ctx context.Context) error { _, err := x.wf.Routes(ctx, x.A1.ID); return err },
		"set": func(ctx context.Context) error {
			_, err := x.wf.SetRoute(ctx, x.A1.ID, spec.KindLeave, spec.Default())
			return err
		},
		"preview": func(ctx context.Context) error {
			_, err := x.wf.Preview(ctx, x.A1.ID, spec.KindLeave, x.ann.PersonID, nil)
			return err
		},
		"people":      func(ctx context.Context) error { _, err := x.wf.People(ctx, x.A1.ID, ""); return err },
		"departments": func(ctx context.Context) error { _, err := x.wf.Departments(ctx, x.A1.ID); return err },
		"department": func(ctx context.Context) error {
			_, err := x.wf.SaveDepartment(ctx, workflow.DepartmentInput{EmployerID: x.A1.ID, Name: "Y"})
			return err
		},
		"member": func(ctx context.Context) error {
			return x.wf.SetPersonDepartment(ctx, x.A1.ID, x.bob.PersonID, nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			testworld.WantCode(t, call(noRight), apperr.Forbidden)
			testworld.WantCode(t, call(me(x.ann)), apperr.Forbidden)
			testworld.WantCode(t, call(context.Background()), apperr.Unauthenticated)
		})
	}
	_, err := x.wf.Stuck(testworld.EmployerUser(x.A1, "usr_y", viewer.ViewEmployees), x.A1.ID)
	testworld.WantCode(t, err, apperr.Forbidden)
}

// R34: route input is checked: one or two steps, named users for USERS only.
func TestRouteValidationR34(t *testing.T) {
	x := newWorld(t)
	hr := x.hr(x.A1)
	three := spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}, {Target: spec.TargetRight}, {Target: spec.TargetRight}}}
	_, err := x.wf.SetRoute(hr, x.A1.ID, spec.KindLeave, three)
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "steps")
	_, err = x.wf.SetRoute(hr, x.A1.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers}}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "steps", "0", "userIds")
	_, err = x.wf.SetRoute(hr, x.A1.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager, UserIDs: []string{x.nina.ID}}}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "steps", "0", "userIds")
	_, err = x.wf.SetRoute(hr, x.A1.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: "BOSS"}}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "steps", "0", "target")
	if n := x.c.AuditEvent.Query().Where(auditevent.Action(string(workflow.ActionRouteSet))).CountX(x.sys); n != 0 {
		t.Fatalf("%d route events after refusals", n)
	}
}

// R30 with R34: a withdrawn request leaves its route; a lapse (R31) closes it.
func TestWithdrawAndLapseCloseTheRouteR34(t *testing.T) {
	x := newWorld(t)
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	if _, err := x.lv.WithdrawRequest(me(x.ann), r.ID); err != nil {
		t.Fatal(err)
	}
	if wr := x.route(r.ID); wr.Status != workflowrequest.StatusWITHDRAWN || wr.Edges.Steps[0].State != workflowstep.StateCLOSED {
		t.Fatalf("withdrawn: %s %s", wr.Status, wr.Edges.Steps[0].State)
	}
	r = x.submit(x.ann, "2026-06-09", "2026-06-09")
	x.clk.Advance(leave.LapseAfter + 1)
	if _, _, err := (&leave.RequestJob{Leave: x.lv}).RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if wr := x.route(r.ID); wr.Status != workflowrequest.StatusCLOSED {
		t.Fatalf("lapsed: %s", wr.Status)
	}
}

// R34: a step's named users decide with HANDLE_REQUESTS; one who lost it is passed
// over like a blocked one. Notify-only recipients need no right.
func TestNamedUsersHoldTheRightR34(t *testing.T) {
	x := newWorld(t)
	_, err := x.wf.SetRoute(x.hr(x.A1), x.A1.ID, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.olga.ID}}}})
	testworld.WantUserError(t, err, workflow.CodeInvalidRoute, "route", "steps", "0", "userIds")
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}, NotifyUserIDs: []string{x.olga.ID}})
	x.c.User.UpdateOne(x.nina).SetRights([]string{}).ExecX(x.sys)
	st := x.route(x.submit(x.ann, "2026-06-08", "2026-06-08").ID).Edges.Steps[0]
	if *st.AssignedTo != workflowstep.AssignedToRIGHT || st.Fallback != string(workflow.FallbackUnavailable) {
		t.Fatalf("named user without the right: to %s fallback %q", *st.AssignedTo, st.Fallback)
	}
}

// R34: two steps are two pairs of eyes. When the only other holder of HANDLE_REQUESTS
// approved the first step, nobody is left for the second: it is reported as stuck, not
// silently waiting, and a new holder of the right takes it.
func TestSecondStepWithoutAnotherPairOfEyesIsStuckR34(t *testing.T) {
	x := newWorld(t)
	x.c.User.UpdateOne(x.nina).SetState(user.StateBLOCKED).ExecX(x.sys)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}, {Target: spec.TargetRight}}})
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	if got, err := x.decide(x.as(x.hanna), r.ID, true); err != nil || got.Status != leave.StatusSubmitted {
		t.Fatalf("first step: %v %v", got, err)
	}
	wr := x.route(r.ID)
	if !wr.Stuck || !wr.Edges.Steps[1].Stuck {
		t.Fatal("a second step only its first decider could take is not reported as stuck")
	}
	if _, err := x.decide(x.as(x.hanna), r.ID, true); err == nil {
		t.Fatal("Hanna decided both steps")
	}
	nora := x.w.EmployerStaff(x.A1, "nora", "x", viewer.HandleRequests)
	if got, err := x.decide(x.as(nora), r.ID, true); err != nil || got.Status != leave.StatusAccepted {
		t.Fatalf("second step by another holder: %v %v", got, err)
	}
}

// R34 with R30: the handlers' queue shows a holder of HANDLE_REQUESTS the open requests
// whose step is theirs, not those waiting at a named user's step.
func TestQueueFollowsTheRouteR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}})
	atNina := x.submit(x.ann, "2026-06-08", "2026-06-08")
	x.setRoute(x.A1, spec.KindLeave, spec.Default())
	atRight := x.submit(x.bob, "2026-06-08", "2026-06-08")
	ids := func(u *ent.User) []string {
		items, err := x.lv.Queue(x.as(u), leave.QueueFilter{EmployerID: x.A1.ID, Open: true})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range items {
			out = append(out, it.ID)
		}
		slices.Sort(out)
		return out
	}
	if got := ids(x.hanna); !slices.Equal(got, []string{atRight.ID}) {
		t.Fatalf("Hanna's queue: %v, want only %s", got, atRight.ID)
	}
	want := []string{atNina.ID, atRight.ID}
	slices.Sort(want)
	if got := ids(x.nina); !slices.Equal(got, want) {
		t.Fatalf("Nina's queue: %v, want %v", got, want)
	}
}
