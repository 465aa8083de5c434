package workflow

import (
	"context"
	"fmt"
	"slices"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// SubjectRef names a request of any kind by its ID in its own kind and its tenant, for
// the kinds that are not leave (claims, R36): who may decide it and who is on its route.
type SubjectRef struct {
	ID, ProviderID, EmployerID string
}

// MayDecideSubjects is LeaveRouter.MayDecideMany for requests of any kind, in two
// statements for a page: an open request goes to whom its open step is given (never to
// the employee themself, nor to who decided an earlier step); a decided one, and one
// that never had a route, to the holders of HANDLE_REQUESTS of its tenant.
func (s *Service) MayDecideSubjects(ctx context.Context, v *viewer.Principal, refs []SubjectRef) ([]bool, error) {
	out := make([]bool, len(refs))
	if v == nil || len(refs) == 0 {
		return out, nil
	}
	bySubject, err := s.routesOf(ctx, refs)
	if err != nil {
		return nil, err
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
	return out, nil
}

// OnRoute reports whether v is on the route of the request: may decide it now, decided
// a step of it, or was given one of its steps (a manager, a named user, a holder of
// HANDLE_REQUESTS for a step to the right). What belongs to a request (a claim's
// receipts, R36) is shown to them and to the employee only.
func (s *Service) OnRoute(ctx context.Context, v *viewer.Principal, ref SubjectRef) (bool, error) {
	if v == nil {
		return false, nil
	}
	may, err := s.MayDecideSubjects(ctx, v, []SubjectRef{ref})
	if err != nil || may[0] {
		return may != nil && may[0], err
	}
	bySubject, err := s.routesOf(ctx, []SubjectRef{ref})
	if err != nil {
		return false, err
	}
	q := bySubject[ref.ID]
	if q == nil || !sameTenant(v, q) {
		return false, nil
	}
	for _, st := range q.Edges.Steps {
		if st.DecidedBy != nil && *st.DecidedBy == v.ID {
			return true, nil
		}
		if st.AssignedTo == nil {
			continue
		}
		switch *st.AssignedTo {
		case workflowstep.AssignedToRIGHT:
			if rightHolder(v, q.ProviderID, q.EmployerID) {
				return true, nil
			}
		default:
			if slices.ContainsFunc(st.Edges.Assignees, func(a *ent.WorkflowAssignee) bool {
				return (a.Kind == workflowassignee.KindUSER && a.AssigneeID == v.ID) ||
					(a.Kind == workflowassignee.KindPERSON && v.Kind == viewer.KindEmployee && a.AssigneeID == v.PersonID)
			}) {
				return true, nil
			}
		}
	}
	return false, nil
}

// routesOf reads the requests of refs with their steps and assignees, as the system.
func (s *Service) routesOf(ctx context.Context, refs []SubjectRef) (map[string]*ent.WorkflowRequest, error) {
	ids := make([]string, len(refs))
	for i, r := range refs {
		ids[i] = r.ID
	}
	reqs, err := s.Client.WorkflowRequest.Query().Where(workflowrequest.SubjectIDIn(ids...)).
		WithSteps(func(q *ent.WorkflowStepQuery) { q.WithAssignees() }).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("workflow: routes of %d requests: %w", len(refs), err)
	}
	out := make(map[string]*ent.WorkflowRequest, len(reqs))
	for _, q := range reqs {
		out[q.SubjectID] = q
	}
	return out, nil
}
