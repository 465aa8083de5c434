package workflow

import (
	"context"
	"log/slog"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// SubjectRef names a request of any kind for MayDecideMany: its own ID and its tenant.
type SubjectRef struct {
	ID, ProviderID, EmployerID string
}

// MayDecideMany reports, for a page of requests of any kind in two statements, whether
// v may decide each now: an open request goes to whom its open step is given (never to
// the employee themself, nor to who decided an earlier step); a request without a route,
// or no longer open, to the holders of HANDLE_REQUESTS of its tenant. It is what
// LeaveRouter.MayDecideMany answers for leave, for the kinds that came after it.
func (s *Service) MayDecideMany(ctx context.Context, v *viewer.Principal, refs []SubjectRef) []bool {
	out := make([]bool, len(refs))
	if v == nil || len(refs) == 0 {
		return out
	}
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = r.ID
	}
	reqs, err := s.Client.WorkflowRequest.Query().Where(workflowrequest.SubjectIDIn(ids...)).
		WithSteps(func(q *ent.WorkflowStepQuery) { q.WithAssignees() }).All(viewer.System(ctx))
	if err != nil {
		slog.ErrorContext(ctx, "workflow: routes of requests", "err", err)
		return out
	}
	bySubject := make(map[string]*ent.WorkflowRequest, len(reqs))
	for _, q := range reqs {
		bySubject[q.SubjectID] = q
	}
	for i, r := range refs {
		q := bySubject[r.ID]
		var open *ent.WorkflowStep
		decidedEarlier := false
		if q != nil {
			for _, st := range q.Edges.Steps {
				switch {
				case st.State == workflowstep.StateOPEN:
					open = st
				case st.DecidedBy != nil && *st.DecidedBy == v.ID:
					decidedEarlier = true
				}
			}
		}
		if q == nil || q.Status != workflowrequest.StatusOPEN || open == nil {
			out[i] = rightHolder(v, r.ProviderID, r.EmployerID)
			continue
		}
		out[i] = sameTenant(v, q) && !ownRequest(v, q) && !decidedEarlier && mayTake(v, open)
	}
	return out
}
