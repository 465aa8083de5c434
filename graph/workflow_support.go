package graph

import (
	"math"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// routeInput is the API's route as server/workflow's: hours become minutes and euros
// cents (rounded to the minute and the cent).
func routeInput(in *model.WorkflowRouteInput) workflow.Route {
	var r workflow.Route
	if in == nil {
		return r
	}
	for _, st := range in.Steps {
		if st == nil {
			continue
		}
		r.Steps = append(r.Steps, spec.Step{Target: st.Target, UserIDs: st.UserIds})
	}
	r.NotifyUserIDs = in.NotifyUserIds
	if a := in.AutoApproval; a != nil && (a.MaxLeaveHours != nil || a.MaxClaimAmount != nil) {
		r.AutoApproval = &spec.AutoApproval{}
		if a.MaxLeaveHours != nil {
			m := scaled(*a.MaxLeaveHours, 60)
			r.AutoApproval.MaxLeaveMinutes = &m
		}
		if a.MaxClaimAmount != nil {
			c := scaled(*a.MaxClaimAmount, 100)
			r.AutoApproval.MaxClaimCents = &c
		}
	}
	return r
}

// scaled is x·k rounded, with NaN and infinities as -1 so that the domain refuses them.
func scaled(x float64, k float64) int64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e12 {
		return -1
	}
	return int64(math.Round(x * k))
}

func autoApprovalOf(a *spec.AutoApproval) *model.WorkflowAutoApproval {
	if a == nil || (a.MaxLeaveMinutes == nil && a.MaxClaimCents == nil) {
		return nil
	}
	out := &model.WorkflowAutoApproval{}
	if a.MaxLeaveMinutes != nil {
		h := float64(*a.MaxLeaveMinutes) / 60
		out.MaxLeaveHours = &h
	}
	if a.MaxClaimCents != nil {
		e := float64(*a.MaxClaimCents) / 100
		out.MaxClaimAmount = &e
	}
	return out
}

// staffIndex finds staff users by ID; a user no longer there shows as its ID, inactive.
type staffIndex map[string]*workflow.StaffRef

func newStaffIndex(staff []workflow.StaffRef) (staffIndex, []*workflow.StaffRef) {
	idx := staffIndex{}
	list := make([]*workflow.StaffRef, len(staff))
	for i := range staff {
		list[i] = &staff[i]
		idx[staff[i].ID] = &staff[i]
	}
	return idx, list
}

func (x staffIndex) refs(ids []string) []*workflow.StaffRef {
	out := make([]*workflow.StaffRef, 0, len(ids))
	for _, id := range ids {
		if u := x[id]; u != nil {
			out = append(out, u)
		} else {
			out = append(out, &workflow.StaffRef{ID: id, Name: id})
		}
	}
	return out
}

func routeOut(rv *workflow.RouteView, x staffIndex) *model.RequestRoute {
	out := &model.RequestRoute{Kind: rv.Kind, Custom: rv.Custom, UpdatedAt: rv.UpdatedAt,
		Notify: x.refs(rv.Route.NotifyUserIDs), AutoApproval: autoApprovalOf(rv.Route.AutoApproval)}
	for _, st := range rv.Route.Steps {
		out.Steps = append(out.Steps, &model.RequestRouteStep{Target: st.Target, Users: x.refs(st.UserIDs)})
	}
	return out
}

func previewOut(p *workflow.Preview) *model.WorkflowPreview {
	out := &model.WorkflowPreview{PersonName: p.PersonName, AutoApproval: autoApprovalOf(p.AutoApproval)}
	for _, st := range p.Steps {
		ps := &model.WorkflowPreviewStep{Target: st.Target, AssignedTo: st.To, Names: st.Names, More: st.More, Stuck: st.Stuck}
		if ps.Names == nil {
			ps.Names = []string{}
		}
		if st.Fallback != workflow.FallbackNone {
			f := model.WorkflowFallback(st.Fallback)
			ps.Fallback = &f
		}
		out.Steps = append(out.Steps, ps)
	}
	return out
}

func ptrs[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}
