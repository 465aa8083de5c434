package workflow

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// Subject is what routing needs to know of a request of some kind; each kind (leave,
// claims, personal-data changes) fills one in when its request is submitted.
type Subject struct {
	Kind         Kind
	ID           string // the request's ID in its own kind
	ProviderID   string
	EmployerID   string
	PersonID     string
	EmploymentID string
	SubmittedBy  string
	// LeaveMinutes is the leave asked for (the leave kinds): automatic approval up to
	// the route's hours (R34).
	LeaveMinutes *int64
	// ClaimCents is the amount claimed: automatic approval under the route's amount.
	ClaimCents *int64
}

// Started is the outcome of Start.
type Started struct {
	Request *ent.WorkflowRequest
	// AutoApproved: the request is approved at once (R34); the kind decides it as such.
	AutoApproved bool
}

// Start puts a newly submitted request on the route of its kind at its employer, in the
// transaction c of the submission: the route is copied onto the request (a later change
// of the route does not touch it), and its first step opens — or, within the route's
// automatic-approval limit, the request is approved at once.
func (s *Service) Start(ctx context.Context, c *ent.Client, sub Subject) (*Started, error) {
	if !ValidKind(sub.Kind) {
		return nil, fmt.Errorf("workflow: unknown kind %q", sub.Kind)
	}
	// As the system: routing reads the employer's route, managers and staff, which the
	// submitting employee may not read themself.
	sys := viewer.System(ctx)
	route, err := routeOf(sys, c, sub.EmployerID, sub.Kind)
	if err != nil {
		return nil, err
	}
	now := s.now()
	auto := autoApproves(route, sub)
	cr := c.WorkflowRequest.Create().SetProviderID(sub.ProviderID).SetEmployerID(sub.EmployerID).
		SetPersonID(sub.PersonID).SetEmploymentID(sub.EmploymentID).SetKind(workflowrequest.Kind(sub.Kind)).
		SetSubjectID(sub.ID).SetRoute(route).SetSubmittedBy(sub.SubmittedBy).SetCreatedAt(now).SetUpdatedAt(now)
	if auto {
		cr.SetStatus(workflowrequest.StatusAPPROVED).SetAutoApproved(true).SetClosedAt(now)
	}
	req, err := cr.Save(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: start %s %s: %w", sub.Kind, sub.ID, err)
	}
	events := []audit.Event{requestEvent(req, ActionRequestStarted, map[string]string{"steps": strconv.Itoa(len(route.Steps))})}
	if auto {
		events = append(events, requestEvent(req, ActionAutoApproved, nil))
		if err := record(ctx, c, events...); err != nil {
			return nil, err
		}
		if err := s.notifyDecided(ctx, c, req, true, "", ""); err != nil {
			return nil, err
		}
		return &Started{Request: req, AutoApproved: true}, nil
	}
	steps := make([]*ent.WorkflowStepCreate, len(route.Steps))
	for i, st := range route.Steps {
		steps[i] = c.WorkflowStep.Create().SetProviderID(req.ProviderID).SetEmployerID(req.EmployerID).
			SetPersonID(req.PersonID).SetRequestID(req.ID).SetPosition(i).SetTarget(workflowstep.Target(st.Target)).
			SetCreatedAt(now).SetUpdatedAt(now)
	}
	if err := c.WorkflowStep.CreateBulk(steps...).Exec(sys); err != nil {
		return nil, fmt.Errorf("workflow: steps of %s: %w", req.ID, err)
	}
	if err := record(ctx, c, events...); err != nil {
		return nil, err
	}
	req, err = s.open(ctx, c, req, 0)
	if err != nil {
		return nil, err
	}
	return &Started{Request: req}, nil
}

// autoApproves reports whether the route approves the request at once (R34): leave up
// to the hours, a claim under the amount.
func autoApproves(r spec.Route, sub Subject) bool {
	a := r.AutoApproval
	if a == nil {
		return false
	}
	switch sub.Kind {
	case spec.KindLeave, spec.KindLeaveCancellation:
		return a.MaxLeaveMinutes != nil && sub.LeaveMinutes != nil && *sub.LeaveMinutes <= *a.MaxLeaveMinutes
	case spec.KindClaim:
		return a.MaxClaimCents != nil && sub.ClaimCents != nil && *sub.ClaimCents < *a.MaxClaimCents
	}
	return false
}

// open opens step pos of req: routes it, records its assignees, and reports a step
// nobody can take to staff (an audit event; the request shows as stuck).
func (s *Service) open(ctx context.Context, c *ent.Client, req *ent.WorkflowRequest, pos int) (*ent.WorkflowRequest, error) {
	sys := viewer.System(ctx)
	st, err := c.WorkflowStep.Query().Where(workflowstep.RequestID(req.ID), workflowstep.Position(pos)).Only(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: step %d of %s: %w", pos, req.ID, err)
	}
	decided, err := c.WorkflowStep.Query().Where(workflowstep.RequestID(req.ID), workflowstep.PositionLT(pos), workflowstep.DecidedByNotNil()).
		Select(workflowstep.FieldDecidedBy).Strings(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: earlier steps of %s: %w", req.ID, err)
	}
	a, err := s.resolve(sys, c, subjectOf{ProviderID: req.ProviderID, EmployerID: req.EmployerID, PersonID: req.PersonID}, req.Route.Steps[pos], decided)
	if err != nil {
		return nil, err
	}
	now := s.now()
	st, err = c.WorkflowStep.UpdateOne(st).SetState(workflowstep.StateOPEN).SetAssignedTo(workflowstep.AssignedTo(a.To)).
		SetFallback(string(a.Fallback)).SetStuck(a.Stuck).SetOpenedAt(now).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: open step %d of %s: %w", pos, req.ID, err)
	}
	if len(a.IDs) > 0 {
		kind := workflowassignee.KindUSER
		if a.To == AssignedPersons {
			kind = workflowassignee.KindPERSON
		}
		rows := make([]*ent.WorkflowAssigneeCreate, len(a.IDs))
		for i, id := range a.IDs {
			rows[i] = c.WorkflowAssignee.Create().SetProviderID(req.ProviderID).SetEmployerID(req.EmployerID).
				SetStepID(st.ID).SetKind(kind).SetAssigneeID(id)
			if m, ok := a.OnBehalf[id]; ok {
				rows[i].SetOnBehalfOf(m)
			}
		}
		if err := c.WorkflowAssignee.CreateBulk(rows...).Exec(sys); err != nil {
			return nil, fmt.Errorf("workflow: assignees of %s: %w", st.ID, err)
		}
	}
	req, err = c.WorkflowRequest.UpdateOne(req).SetCurrentStep(pos).SetStuck(a.Stuck).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: request %s: %w", req.ID, err)
	}
	d := map[string]string{"step": strconv.Itoa(pos + 1), "target": string(a.Target), "assignedTo": string(a.To)}
	if a.Fallback != FallbackNone {
		d["fallback"] = string(a.Fallback)
	}
	if len(a.IDs) > 0 {
		d["assignees"] = strings.Join(a.IDs, ",")
	}
	if len(a.OnBehalf) > 0 {
		d["substitutes"] = "true"
	}
	events := []audit.Event{requestEvent(req, ActionStepOpened, d)}
	if a.Stuck {
		events = append(events, requestEvent(req, ActionStepStuck, map[string]string{"step": strconv.Itoa(pos + 1)}))
	}
	return req, record(ctx, c, events...)
}

// Decision is a decision on the open step of a request.
type Decision struct {
	Accept  bool
	Comment string
}

// Decide records v's decision on the open step of the request of kind subjectID, in the
// kind's transaction c, and reports whether the request is decided as a whole: a
// rejection ends it, an approval opens the next step or, on the last one, approves it.
// Nobody decides their own request (SELF_APPROVAL); who is not assigned the step gets
// WORKFLOW_STEP_NOT_ASSIGNED.
func (s *Service) Decide(ctx context.Context, c *ent.Client, v *viewer.Principal, subjectID string, d Decision) (final bool, err error) {
	o, err := s.DecideStep(ctx, c, v, subjectID, d)
	return o.Final, err
}

// Outcome is the outcome of DecideStep.
type Outcome struct {
	// Final: the request is decided as a whole.
	Final bool
	// OnBehalfOfName: the decider is a substitute and decided for this manager ("X
	// namens Y", R35).
	OnBehalfOfName *string
}

// DecideStep is Decide, telling also for whom a substitute decided.
func (s *Service) DecideStep(ctx context.Context, c *ent.Client, v *viewer.Principal, subjectID string, d Decision) (out Outcome, err error) {
	final, err := s.decide(ctx, c, v, subjectID, d, &out)
	out.Final = final
	return out, err
}

func (s *Service) decide(ctx context.Context, c *ent.Client, v *viewer.Principal, subjectID string, d Decision, out *Outcome) (final bool, err error) {
	sys := viewer.System(ctx)
	req, err := c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(subjectID)).Modify(store.ForUpdate).Only(sys)
	if ent.IsNotFound(err) || (err == nil && !sameTenant(v, req)) {
		return false, apperr.User(CodeNotAssigned, "no request you may decide with this ID")
	}
	if err != nil {
		return false, fmt.Errorf("workflow: request of %s: %w", subjectID, err)
	}
	if req.Status != workflowrequest.StatusOPEN {
		return false, apperr.User(CodeRequestNotOpen, "the request was decided or withdrawn already")
	}
	if ownRequest(v, req) {
		return false, apperr.User(CodeSelfApproval, "nobody decides their own request")
	}
	st, err := openStep(sys, c, req)
	if err != nil {
		return false, err
	}
	if !mayTake(v, st) {
		return false, apperr.User(CodeNotAssigned, "this step of the request is not assigned to you")
	}
	decidedEarlier, err := c.WorkflowStep.Query().Where(workflowstep.RequestID(req.ID), workflowstep.DecidedBy(v.ID)).Exist(sys)
	if err != nil {
		return false, fmt.Errorf("workflow: earlier steps of %s: %w", req.ID, err)
	}
	if decidedEarlier {
		// Two steps are two pairs of eyes: who approved the first does not decide the second.
		return false, apperr.User(CodeNotAssigned, "you decided an earlier step of this request")
	}
	now := s.now()
	state := workflowstep.StateREJECTED
	if d.Accept {
		state = workflowstep.StateAPPROVED
	}
	comment := strings.TrimSpace(d.Comment)
	upd := c.WorkflowStep.UpdateOne(st).SetState(state).SetDecidedBy(v.ID).SetDecidedByName(v.DisplayName).
		SetDecidedAt(now).SetComment(comment).SetUpdatedAt(now)
	det := map[string]string{"step": strconv.Itoa(st.Position + 1), "decision": string(state)}
	forID, forName, err := onBehalfOf(sys, c, v, st)
	if err != nil {
		return false, err
	}
	if forID != "" {
		upd.SetOnBehalfOfName(forName)
		det["onBehalfOf"] = forID
		out.OnBehalfOfName = &forName
	}
	if _, err := upd.Save(sys); err != nil {
		return false, fmt.Errorf("workflow: decide step of %s: %w", req.ID, err)
	}
	if comment != "" {
		det["comment"] = comment
	}
	if err := record(ctx, c, requestEvent(req, ActionStepDecided, det)); err != nil {
		return false, err
	}
	if d.Accept && st.Position+1 < len(req.Route.Steps) {
		// Two steps: the second opens when the first approves (R34).
		if _, err := s.open(ctx, c, req, st.Position+1); err != nil {
			return false, err
		}
		return false, nil
	}
	status := workflowrequest.StatusREJECTED
	if d.Accept {
		status = workflowrequest.StatusAPPROVED
	}
	if err := s.finish(ctx, c, req, status); err != nil {
		return false, err
	}
	return true, s.notifyDecided(ctx, c, req, d.Accept, v.DisplayName, forName)
}

// Close ends the request of kind subjectID when its kind ended it otherwise — withdrawn
// by the employee, or closed (accepted by lapse of time, R31) — in the kind's
// transaction c. A request already ended, or one that never had a route (older than the
// Workflow editor), is left as it is.
func (s *Service) Close(ctx context.Context, c *ent.Client, subjectID string, withdrawn bool) error {
	sys := viewer.System(ctx)
	req, err := c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(subjectID)).Modify(store.ForUpdate).Only(sys)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("workflow: request of %s: %w", subjectID, err)
	}
	if req.Status != workflowrequest.StatusOPEN {
		return nil
	}
	status := workflowrequest.StatusCLOSED
	if withdrawn {
		status = workflowrequest.StatusWITHDRAWN
	}
	return s.finish(ctx, c, req, status)
}

// finish ends req with status and closes its steps that are still waiting or open.
func (s *Service) finish(ctx context.Context, c *ent.Client, req *ent.WorkflowRequest, status workflowrequest.Status) error {
	sys := viewer.System(ctx)
	now := s.now()
	if _, err := c.WorkflowStep.Update().Where(workflowstep.RequestID(req.ID),
		workflowstep.StateIn(workflowstep.StateWAITING, workflowstep.StateOPEN)).
		SetState(workflowstep.StateCLOSED).SetUpdatedAt(now).Save(sys); err != nil {
		return fmt.Errorf("workflow: close steps of %s: %w", req.ID, err)
	}
	req, err := c.WorkflowRequest.UpdateOne(req).SetStatus(status).SetStuck(false).SetClosedAt(now).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return fmt.Errorf("workflow: finish %s: %w", req.ID, err)
	}
	return record(ctx, c, requestEvent(req, ActionRequestFinished, map[string]string{"status": string(status)}))
}

func openStep(sys context.Context, c *ent.Client, req *ent.WorkflowRequest) (*ent.WorkflowStep, error) {
	st, err := c.WorkflowStep.Query().Where(workflowstep.RequestID(req.ID), workflowstep.StateEQ(workflowstep.StateOPEN)).
		WithAssignees().Only(sys)
	if err != nil {
		return nil, fmt.Errorf("workflow: open step of %s: %w", req.ID, err)
	}
	return st, nil
}

// sameTenant reports whether v works on (or is) the request's employer.
func sameTenant(v *viewer.Principal, req *ent.WorkflowRequest) bool {
	if v == nil {
		return false
	}
	switch v.Scope {
	case viewer.ScopeProvider:
		return v.ProviderID == req.ProviderID
	case viewer.ScopeEmployer, viewer.ScopePerson:
		return v.EmployerID == req.EmployerID
	}
	return false
}

// ownRequest reports whether v is the employee the request is of, or submitted it.
func ownRequest(v *viewer.Principal, req *ent.WorkflowRequest) bool {
	return (v.Kind == viewer.KindEmployee && v.PersonID == req.PersonID) || v.ID == req.SubmittedBy
}

// mayTake reports whether v is given the open step st: a holder of HANDLE_REQUESTS for
// a step to the right (and for a stuck step, whoever holds the right by now); a named
// user or manager for a step given to them. The caller checked the tenant and that the
// request is not v's own.
func mayTake(v *viewer.Principal, st *ent.WorkflowStep) bool {
	if st.Stuck || st.AssignedTo == nil || *st.AssignedTo == workflowstep.AssignedToRIGHT {
		return v.Kind == viewer.KindStaff && v.Has(viewer.HandleRequests)
	}
	want, id := workflowassignee.KindUSER, v.ID
	switch {
	case *st.AssignedTo == workflowstep.AssignedToPERSONS && v.Kind == viewer.KindEmployee:
		want, id = workflowassignee.KindPERSON, v.PersonID
	case *st.AssignedTo == workflowstep.AssignedToUSERS && v.Kind == viewer.KindStaff:
	default:
		return false
	}
	return slices.ContainsFunc(st.Edges.Assignees, func(a *ent.WorkflowAssignee) bool { return a.Kind == want && a.AssigneeID == id })
}

func requestEvent(req *ent.WorkflowRequest, a audit.Action, extra map[string]string) audit.Event {
	d := map[string]string{"kind": string(req.Kind), "subject": req.SubjectID}
	for k, v := range extra {
		d[k] = v
	}
	return audit.Event{At: req.UpdatedAt, Action: a, ProviderID: req.ProviderID, EmployerID: req.EmployerID,
		PersonID: req.PersonID, TargetType: "WorkflowRequest", TargetID: req.ID, Details: d}
}

// record writes the audit events of a transition as done by the principal of ctx. A
// manager deciding a team member's request is an employee acting on another person's
// request, which the audit's privacy rule would refuse them (R35).
func record(ctx context.Context, c *ent.Client, events ...audit.Event) error {
	v := viewer.FromContext(ctx)
	if v != nil && v.Kind == viewer.KindEmployee {
		for _, e := range events {
			if e.PersonID != v.PersonID {
				return audit.RecordActing(ctx, c, v, events)
			}
		}
	}
	return audit.RecordMany(ctx, c, events)
}
