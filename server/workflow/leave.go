package workflow

import (
	"context"
	"log/slog"

	"entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// LeaveRouter puts leave requests and cancellations on their routes (R30, R34). It is
// server/leave's Decider (and leave.Router): set it as leave.Service.Decider.
type LeaveRouter struct {
	Workflow *Service
}

func leaveKind(r *ent.LeaveRequest) Kind {
	if r.Kind == leaverequest.KindCANCELLATION {
		return spec.KindLeaveCancellation
	}
	return spec.KindLeave
}

// Start implements leave.Router: the request starts on its route in the submission's
// transaction; true means the route approves it at once.
func (l LeaveRouter) Start(ctx context.Context, c *ent.Client, r *ent.LeaveRequest) (bool, error) {
	mins := r.Minutes
	st, err := l.Workflow.Start(ctx, c, Subject{
		Kind: leaveKind(r), ID: r.ID, ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID,
		EmploymentID: r.EmploymentID, SubmittedBy: r.SubmittedBy, LeaveMinutes: &mins,
	})
	if err != nil {
		return false, err
	}
	return st.AutoApproved, nil
}

// Step implements leave.Router: v's decision on the open step; final when the request
// is decided as a whole.
func (l LeaveRouter) Step(ctx context.Context, c *ent.Client, v *viewer.Principal, r *ent.LeaveRequest, accept bool, comment string) (bool, *string, error) {
	exists, err := c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(r.ID)).Exist(viewer.System(ctx))
	if err != nil {
		return false, nil, err
	}
	if !exists {
		// A request submitted before routing existed: the right decides it at once.
		return true, nil, nil
	}
	o, err := l.Workflow.DecideStep(ctx, c, v, r.ID, Decision{Accept: accept, Comment: comment})
	return o.Final, o.OnBehalfOfName, err
}

// Close implements leave.Router: a request that left SUBMITTED otherwise (withdrawn,
// accepted by lapse of time) leaves its route too.
func (l LeaveRouter) Close(ctx context.Context, c *ent.Client, r *ent.LeaveRequest) error {
	if r.Status == leaverequest.StatusSUBMITTED {
		return nil
	}
	return l.Workflow.Close(ctx, c, r.ID, r.Status == leaverequest.StatusWITHDRAWN)
}

// MayDecide implements leave.Decider: an open request goes to whom its open step is
// given (never to the employee themself); a decided one, and one that never had a
// route, to the holders of HANDLE_REQUESTS of its tenant, who see the history.
func (l LeaveRouter) MayDecide(ctx context.Context, v *viewer.Principal, r *ent.LeaveRequest) bool {
	return l.MayDecideMany(ctx, v, []*ent.LeaveRequest{r})[0]
}

// MayDecideMany is MayDecide for a page of requests in two statements, for queues.
func (l LeaveRouter) MayDecideMany(ctx context.Context, v *viewer.Principal, rs []*ent.LeaveRequest) []bool {
	refs := make([]SubjectRef, len(rs))
	for i, r := range rs {
		refs[i] = SubjectRef{ID: r.ID, ProviderID: r.ProviderID, EmployerID: r.EmployerID}
	}
	may, err := l.Workflow.MayDecideSubjects(ctx, v, refs)
	if err != nil {
		// leave.Decider answers without an error: a queue that cannot read the routes
		// shows nothing to decide rather than too much.
		slog.ErrorContext(ctx, "workflow: routes of leave requests", "err", err)
		return make([]bool, len(rs))
	}
	return may
}

// Decidable implements leave.SQLDecider: MayDecideMany in SQL, for the handlers' queue.
func (l LeaveRouter) Decidable(v *viewer.Principal) func(*sql.Selector) { return Decidable(v) }

// rightHolder is the default route's test (R34 without the Workflow editor): a staff
// user holding HANDLE_REQUESTS of the request's tenant.
func rightHolder(v *viewer.Principal, providerID, employerID string) bool {
	if v.Kind != viewer.KindStaff || !v.Has(viewer.HandleRequests) {
		return false
	}
	switch v.Scope {
	case viewer.ScopeProvider:
		return providerID == v.ProviderID
	case viewer.ScopeEmployer:
		return employerID == v.EmployerID
	}
	return false
}
