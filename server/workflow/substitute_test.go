package workflow_test

import (
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// R35: a manager names a substitute for a period; a step that opens within it goes to
// the substitute, who decides "namens" the manager — in the trail, in the audit and on
// the employee's request. A step that opened before can be handed over; after the
// period the manager gets the steps again.
func TestSubstitutePeriodRoutingNamensR35(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	before := x.submit(x.ann, "2026-06-01", "2026-06-01")

	// Who may name one, and what.
	week := workflow.SubstituteInput{SubstituteID: x.bob.PersonID, FirstDay: date.New(2026, 3, 2), LastDay: date.New(2026, 3, 6)}
	if _, err := x.wf.SetSubstitute(me(x.ann), week); testworld.UserCode(t, err) != workflow.CodeNotAManager {
		t.Fatalf("Ann manages nobody yet named a substitute: %v", err)
	}
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.mia.PersonID, FirstDay: week.FirstDay, LastDay: week.LastDay}); testworld.UserCode(t, err) != workflow.CodeInvalidSubstitute {
		t.Fatalf("Mia named herself: %v", err)
	}
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.bob.PersonID, FirstDay: date.New(2026, 2, 2), LastDay: date.New(2026, 2, 6)}); testworld.UserCode(t, err) != workflow.CodeInvalidSubstitute {
		t.Fatalf("a period in the past: %v", err)
	}
	sub, err := x.wf.SetSubstitute(me(x.mia), week)
	if err != nil || !sub.Active || sub.Substitute.Name != "Bob Jansen" {
		t.Fatalf("set substitute: %+v %v", sub, err)
	}
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.max.PersonID, FirstDay: date.New(2026, 3, 5), LastDay: date.New(2026, 3, 10)}); testworld.UserCode(t, err) != workflow.CodeInvalidSubstitute {
		t.Fatalf("an overlapping period: %v", err)
	}

	// A step opening within the period goes to Bob, for Mia.
	during := x.submit(x.ann, "2026-06-08", "2026-06-08")
	st := x.route(during.ID).Edges.Steps[0]
	if got := assignees(st); len(got) != 1 || got[0] != x.bob.PersonID || st.Edges.Assignees[0].OnBehalfOf == nil || *st.Edges.Assignees[0].OnBehalfOf != x.mia.PersonID {
		t.Fatalf("during the period the step went to %v", got)
	}
	// The step that opened before stays Mia's.
	if got := assignees(x.route(before.ID).Edges.Steps[0]); len(got) != 1 || got[0] != x.mia.PersonID {
		t.Fatalf("the earlier step moved: %v", got)
	}
	if _, err := x.decide(me(x.mia), during.ID, true); testworld.UserCode(t, err) != leave.CodeRequestNotFound {
		t.Fatalf("Mia decided the step given to her substitute: %v", err)
	}
	got, err := x.decide(me(x.bob), during.ID, true)
	if err != nil || got.Status != leave.StatusAccepted || got.DecidedOnBehalfOfName == nil || *got.DecidedOnBehalfOfName != "Mia Jansen" {
		t.Fatalf("Bob decides: %+v %v", got, err)
	}
	st = x.route(during.ID).Edges.Steps[0]
	if st.OnBehalfOfName == nil || *st.OnBehalfOfName != "Mia Jansen" || *st.DecidedBy != "acc_"+x.bob.PersonID {
		t.Fatalf("trail: %+v", st)
	}
	if lr := x.c.LeaveRequest.Query().Where(leaverequest.ID(during.ID)).OnlyX(x.sys); lr.DecidedOnBehalfOfName == nil {
		t.Fatal("the employee's request does not say namens")
	}
	if n := x.c.AuditEvent.Query().Where(auditevent.TargetID(st.RequestID), auditevent.ActionEQ(string(workflow.ActionStepDecided))).
		CountX(x.sys); n != 1 {
		t.Fatalf("%d decision events", n)
	}

	// Handover: Mia's open task moves to Bob, who decides it namens Mia.
	if _, err := x.wf.HandOver(me(x.mia), x.mia.PersonID); testworld.UserCode(t, err) != workflow.CodeInvalidSubstitute {
		t.Fatalf("handing over to herself: %v", err)
	}
	n, err := x.wf.HandOver(me(x.mia), x.bob.PersonID)
	if err != nil || n != 1 {
		t.Fatalf("hand over: %d %v", n, err)
	}
	if got := assignees(x.route(before.ID).Edges.Steps[0]); len(got) != 1 || got[0] != x.bob.PersonID {
		t.Fatalf("after the handover the step is %v's", got)
	}
	if got, err := x.decide(me(x.bob), before.ID, false); err != nil || got.Status != leave.StatusRejected ||
		got.DecidedOnBehalfOfName == nil || *got.DecidedOnBehalfOfName != "Mia Jansen" {
		t.Fatalf("Bob decides the handed-over task: %+v %v", got, err)
	}

	// After the period the manager gets the steps again; ending a substitution that is
	// over is refused.
	x.clk.Set(t0.Add(7 * 24 * time.Hour))
	after := x.submit(x.ann, "2026-06-15", "2026-06-15")
	if got := assignees(x.route(after.ID).Edges.Steps[0]); len(got) != 1 || got[0] != x.mia.PersonID {
		t.Fatalf("after the period the step went to %v", got)
	}
	if err := x.wf.EndSubstitute(me(x.mia), sub.ID); testworld.UserCode(t, err) != workflow.CodeInvalidSubstitute {
		t.Fatalf("ended a period that is over: %v", err)
	}
}

// R35 with R34: a substitute never decides their own request — a manager whose
// substitute is in their own team keeps that member's steps.
func TestSubstituteNeverGetsTheirOwnRequestR35(t *testing.T) {
	x := newWorld(t)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.ann.PersonID,
		FirstDay: date.New(2026, 3, 2), LastDay: date.New(2026, 3, 31)}); err != nil {
		t.Fatal(err)
	}
	r := x.submit(x.ann, "2026-06-08", "2026-06-08")
	if got := assignees(x.route(r.ID).Edges.Steps[0]); len(got) != 1 || got[0] != x.mia.PersonID {
		t.Fatalf("Ann's own request went to %v", got)
	}
	if n, err := x.wf.HandOver(me(x.mia), x.ann.PersonID); err != nil || n != 0 {
		t.Fatalf("handed Ann her own request: %d %v", n, err)
	}
}
