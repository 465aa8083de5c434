package workflow_test

import (
	"context"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// The queues filter in SQL (workflow.Decidable) what MayDecideSubjects decides row by
// row: for every principal and every request — routed to a manager, to a substitute, to
// named users, to the right, a second step after someone's first, stuck, decided, and
// one that never had a route — the two agree, and the SQL keeps some rows for everyone
// who may decide something (so the comparison is not of two empty sets).
func TestDecidableIsMayDecideSubjects(t *testing.T) {
	x := newWorld(t)
	var ids []string
	submit := func(j *ent.Employment, day string) string {
		r := x.submit(j, day, day)
		ids = append(ids, r.ID)
		return r.ID
	}
	// To the manager: Ann's goes to Mia; Mia's own goes up to Max.
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	submit(x.ann, "2026-06-01")
	submit(x.mia, "2026-06-01")
	// Named users, then the right: Nina decides the first step, the second is the
	// right's but not Nina's (two pairs of eyes).
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}, {Target: spec.TargetRight}}})
	submit(x.ann, "2026-06-02")
	second := submit(x.bob, "2026-06-02")
	if _, err := x.decide(x.as(x.nina), second, true); err != nil {
		t.Fatal(err)
	}
	// The default route, and one decided already.
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}}})
	submit(x.bob, "2026-06-03")
	decided := submit(x.bob, "2026-06-04")
	if _, err := x.decide(x.as(x.hanna), decided, true); err != nil {
		t.Fatal(err)
	}
	// A stuck step: nobody held the right when it opened.
	x.c.User.Update().Where(user.IDIn(x.hanna.ID, x.nina.ID)).SetState(user.StateBLOCKED).ExecX(x.sys)
	submit(x.max, "2026-06-05")
	x.c.User.Update().Where(user.IDIn(x.hanna.ID, x.nina.ID)).SetState(user.StateACTIVE).ExecX(x.sys)
	// One without a route (older than routing), and one of another employer.
	legacy := submit(x.bob, "2026-06-08")
	wr := x.route(legacy)
	x.c.WorkflowAssignee.Delete().Where(workflowassignee.HasStepWith(workflowstep.RequestID(wr.ID))).ExecX(x.sys)
	x.c.WorkflowStep.Delete().Where(workflowstep.RequestID(wr.ID)).ExecX(x.sys)
	x.c.WorkflowRequest.DeleteOne(wr).ExecX(x.sys)
	submit(x.annA2, "2026-06-01")

	staff := func(e *ent.Employer, id string, rights ...viewer.Right) context.Context {
		return testworld.EmployerUser(e, id, rights...)
	}
	principals := map[string]context.Context{
		"Ann (own request)":         me(x.ann),
		"Mia (manager)":             me(x.mia),
		"Max (manager above)":       me(x.max),
		"Bob":                       me(x.bob),
		"Hanna (HANDLE_REQUESTS)":   x.as(x.hanna),
		"Nina (named, decided one)": x.as(x.nina),
		"Olga (no rights)":          x.as(x.olga),
		"the provider's handler":    testworld.ProviderUser(&ent.Provider{ID: x.A1.ProviderID}, "usr_ak", viewer.HandleRequests),
		"A2's handler":              staff(x.A2, "usr_a2", viewer.HandleRequests),
		"B1's handler":              staff(x.B1, "usr_b1", viewer.HandleRequests),
		"an integrator":             testworld.APIClient(&ent.Provider{ID: x.A1.ProviderID}, "cli", viewer.HandleRequests),
	}
	rows := x.c.LeaveRequest.Query().AllX(x.sys)
	refs := make([]workflow.SubjectRef, len(rows))
	for i, r := range rows {
		refs[i] = workflow.SubjectRef{ID: r.ID, ProviderID: r.ProviderID, EmployerID: r.EmployerID}
	}
	for name, ctx := range principals {
		v := viewer.FromContext(ctx)
		may, err := x.wf.MayDecideSubjects(ctx, v, refs)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for i, r := range rows {
			if may[i] {
				want = append(want, r.ID)
			}
		}
		got, err := x.c.LeaveRequest.Query().Where(predicate.LeaveRequest(workflow.Decidable(v))).IDs(x.sys)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: SQL keeps %v, MayDecideSubjects %v", name, got, want)
		}
		switch name {
		case "Mia (manager)", "Max (manager above)", "Hanna (HANDLE_REQUESTS)", "Nina (named, decided one)", "the provider's handler", "A2's handler":
			if len(got) == 0 {
				t.Errorf("%s may decide nothing", name)
			}
		}
	}
	if n := len(rows); n != len(ids) {
		t.Fatalf("%d requests, want %d", n, len(ids))
	}
}

// R34: the handlers' leave queue is filtered by route in its statement: a page holds the
// first requests the caller may decide, however many earlier ones went to a named
// colleague.
func TestLeaveQueuePageIsWhatTheCallerMayDecideR34(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetUsers, UserIDs: []string{x.nina.ID}}}})
	for _, d := range []string{"2026-06-01", "2026-06-02", "2026-06-03"} {
		x.submit(x.bob, d, d)
	}
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}}})
	right := []string{x.submit(x.bob, "2026-06-08", "2026-06-08").ID, x.submit(x.bob, "2026-06-09", "2026-06-09").ID}
	q, err := x.lv.Queue(x.as(x.hanna), leave.QueueFilter{EmployerID: x.A1.ID, Open: true, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range q {
		got = append(got, it.ID)
	}
	if !slices.Equal(got, right) {
		t.Fatalf("Hanna's page of 2 = %v, want %v", got, right)
	}
	if q, err := x.lv.Queue(x.as(x.nina), leave.QueueFilter{EmployerID: x.A1.ID, Open: true, Limit: 3}); err != nil || len(q) != 3 || q[0].PersonName != "Bob Jansen" {
		t.Fatalf("Nina's page of 3: %d %v", len(q), err)
	}
}
