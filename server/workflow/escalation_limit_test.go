package workflow_test

import (
	"context"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// R35: the employer's own escalation limit. With two working days a task is reported
// on the second working day, not the first, counted without the weekend; another
// employer keeps the default five; changing the limit never reports a step again.
func TestEmployerEscalationLimitR35(t *testing.T) {
	x := newWorld(t)
	x.withAddresses()
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	if _, err := x.wf.SetEscalationLimit(x.hr(x.A1), x.A1.ID, ptr(2)); err != nil {
		t.Fatal(err)
	}
	job := func() *workflow.EscalationJob {
		return &workflow.EscalationJob{Workflow: &workflow.Service{Client: x.c, Clock: x.clk}, Batch: 1}
	}
	one, two := job(), job()
	x.clk.Set(amsterdam(2026, 3, 2, 10, 0)) // Monday
	r := x.submit(x.ann, "2026-06-01", "2026-06-01")
	other := x.submit(x.annA2, "2026-06-01", "2026-06-01") // A2: no Workflow editor, five days
	x.clk.Set(amsterdam(2026, 3, 3, 23, 0))                // Tuesday: one working day
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 0 {
		t.Fatalf("after one working day %d reported", n)
	}
	x.clk.Set(amsterdam(2026, 3, 4, 0, 30)) // Wednesday: two
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 1 {
		t.Fatalf("after two working days %d reported, want 1", n)
	}
	if x.route(r.ID).Edges.Steps[0].EscalatedAt == nil || x.route(other.ID).Edges.Steps[0].EscalatedAt != nil {
		t.Fatal("the two-day limit is not A1's alone")
	}
	ms := x.mails(mail.TaskEscalated)
	if len(ms) != 2 || !strings.Contains(ms[0].TextBody, "2 ") || strings.Contains(ms[0].TextBody, "5 w") {
		t.Fatalf("%d escalations, the first:\n%s", len(ms), ms[0].TextBody)
	}
	for _, m := range ms {
		if !strings.Contains(m.Subject, "2 werkdagen") && !strings.Contains(m.Subject, "2 working days") {
			t.Errorf("subject %q does not say two working days", m.Subject)
		}
	}
	ev := x.c.AuditEvent.Query().Where(auditevent.ActionEQ(string(workflow.ActionStepEscalated))).OnlyX(x.sys)
	if ev.Details["workingDays"] != "2" {
		t.Fatalf("escalation event %v", ev.Details)
	}

	// A shorter limit, or the default again, does not report the step a second time.
	for _, days := range []*int{ptr(1), nil} {
		if _, err := x.wf.SetEscalationLimit(x.hr(x.A1), x.A1.ID, days); err != nil {
			t.Fatal(err)
		}
		if n := runTwice(t, one.RunOnce, two.RunOnce); n != 0 {
			t.Fatalf("limit %v: %d reported again", days, n)
		}
	}

	// Over a weekend: a step opened on Friday with the limit 2 is reported on Tuesday.
	if _, err := x.wf.SetEscalationLimit(x.hr(x.A1), x.A1.ID, ptr(2)); err != nil {
		t.Fatal(err)
	}
	x.clk.Set(amsterdam(2026, 3, 6, 15, 0)) // Friday
	fri := x.submit(x.bob, "2026-06-02", "2026-06-02")
	x.clk.Set(amsterdam(2026, 3, 9, 9, 0)) // Monday: the other employer's step is due (five days)
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 1 || x.route(other.ID).Edges.Steps[0].EscalatedAt == nil {
		t.Fatalf("Monday: %d reported, want A2's step only", n)
	}
	x.clk.Set(amsterdam(2026, 3, 10, 9, 0)) // Tuesday
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 1 || x.route(fri.ID).Edges.Steps[0].EscalatedAt == nil {
		t.Fatalf("Tuesday: %d reported, want Friday's step", n)
	}
}

// R35: the limit is set by staff with MANAGE_HR_SETTINGS of the employer's tenant, with
// the Workflow editor, within 1–30 working days; it is audited, and without the editor
// the default applies.
func TestSetEscalationLimitR35(t *testing.T) {
	x := newWorld(t)
	hr := x.hr(x.A1)
	lim, err := x.wf.EscalationLimit(hr, x.A1.ID)
	if err != nil || lim.WorkingDays != workflow.EscalateAfterWorkingDays || lim.Custom {
		t.Fatalf("default: %+v %v", lim, err)
	}
	for _, bad := range []int{0, -1, 31} {
		_, err := x.wf.SetEscalationLimit(hr, x.A1.ID, &bad)
		testworld.WantUserError(t, err, workflow.CodeInvalidEscalationLimit, "workingDays")
	}
	_, err = x.wf.SetEscalationLimit(x.hr(x.A2), x.A2.ID, ptr(3))
	testworld.WantUserError(t, err, workflow.CodeEditorNotActive, "employerId")
	_, err = x.wf.SetEscalationLimit(x.hr(x.B1), x.A1.ID, ptr(3))
	testworld.WantCode(t, err, apperr.NotFound)
	_, err = x.wf.EscalationLimit(x.hr(x.B1), x.A1.ID)
	testworld.WantCode(t, err, apperr.NotFound)
	for _, ctx := range []context.Context{testworld.EmployerUser(x.A1, "usr_y", viewer.HandleRequests), me(x.ann)} {
		_, err = x.wf.SetEscalationLimit(ctx, x.A1.ID, ptr(3))
		testworld.WantCode(t, err, apperr.Forbidden)
	}
	_, err = x.wf.SetEscalationLimit(context.Background(), x.A1.ID, ptr(3))
	testworld.WantCode(t, err, apperr.Unauthenticated)

	for _, days := range []int{1, 30, 7} {
		if lim, err = x.wf.SetEscalationLimit(hr, x.A1.ID, &days); err != nil || lim.WorkingDays != days || !lim.Custom {
			t.Fatalf("set %d: %+v %v", days, lim, err)
		}
	}
	if lim, err = x.wf.EscalationLimit(hr, x.A1.ID); err != nil || lim.WorkingDays != 7 || !lim.Custom || lim.UpdatedAt == nil {
		t.Fatalf("read back: %+v %v", lim, err)
	}
	evs := x.c.AuditEvent.Query().Where(auditevent.ActionEQ(string(workflow.ActionEscalationLimitSet)), auditevent.EmployerID(x.A1.ID)).
		Order(ent.Asc(auditevent.FieldCreatedAt), ent.Asc(auditevent.FieldID)).AllX(x.sys)
	if len(evs) != 3 || evs[2].Details["workingDays"] != "7" || evs[2].TargetID != x.A1.ID {
		t.Fatalf("%d audit events: %+v", len(evs), evs)
	}

	// Without the Workflow editor the default applies again, as routes do (R34).
	ctx := testworld.ProviderUser(&ent.Provider{ID: x.A1.ProviderID}, "usr_ak_"+x.A1.ProviderID, viewer.ManageProducts)
	if _, err := x.products.Deactivate(ctx, x.A1.ID, product.CodeWorkflowEditor); err != nil {
		t.Fatal(err)
	}
	if lim, err = x.wf.EscalationLimit(hr, x.A1.ID); err != nil || lim.WorkingDays != workflow.EscalateAfterWorkingDays || lim.Custom {
		t.Fatalf("without the editor: %+v %v", lim, err)
	}
}
