package workflow

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowroute"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// Route is the route of one kind of request (R34).
type Route = spec.Route

// Kind is a kind of request.
type Kind = spec.Kind

// The limits of a route.
const (
	maxSteps        = 2
	maxNamedUsers   = 10
	maxNotifyUsers  = 10
	maxLeaveMinutes = 1000 * 60 // a thousand hours
	maxClaimCents   = 100_000_00
)

// The userError codes of workflows.
const (
	CodeInvalidRoute      apperr.UserCode = "INVALID_WORKFLOW_ROUTE"
	CodeEditorNotActive   apperr.UserCode = "WORKFLOW_EDITOR_NOT_ACTIVE"
	CodeSelfApproval      apperr.UserCode = "SELF_APPROVAL"
	CodeNotAssigned       apperr.UserCode = "WORKFLOW_STEP_NOT_ASSIGNED"
	CodeRequestNotOpen    apperr.UserCode = "WORKFLOW_REQUEST_NOT_OPEN"
	CodePersonNotFound    apperr.UserCode = "PERSON_NOT_FOUND"
	CodeDepartmentInvalid apperr.UserCode = "INVALID_DEPARTMENT"
)

// The audit actions of workflows (R27, R34).
const (
	ActionRouteSet        audit.Action = "WORKFLOW_ROUTE_SET"
	ActionRequestStarted  audit.Action = "WORKFLOW_REQUEST_STARTED"
	ActionAutoApproved    audit.Action = "WORKFLOW_REQUEST_AUTO_APPROVED"
	ActionStepOpened      audit.Action = "WORKFLOW_STEP_OPENED"
	ActionStepStuck       audit.Action = "WORKFLOW_STEP_STUCK"
	ActionStepDecided     audit.Action = "WORKFLOW_STEP_DECIDED"
	ActionRequestFinished audit.Action = "WORKFLOW_REQUEST_FINISHED"
)

// ValidKind reports whether k is a kind of request.
func ValidKind(k Kind) bool { return slices.Contains(spec.Kinds, k) }

// RouteView is the route of one kind at an employer as the editor shows it.
type RouteView struct {
	Kind  Kind
	Route Route
	// Custom: the employer set it in the Workflow editor; false is the default route.
	Custom    bool
	UpdatedAt *time.Time
}

// Routes is the Workflow editor's page of an employer.
type Routes struct {
	EmployerID string
	// EditorActive: the employer has the Workflow editor; without it the default
	// route applies to every kind and routes cannot be set (R34).
	EditorActive bool
	Routes       []*RouteView
}

// Routes returns the route of every kind at the employer (MANAGE_HR_SETTINGS).
func (s *Service) Routes(ctx context.Context, employerID string) (*Routes, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	active, err := editorActive(ctx, s.Client, e.ID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Client.WorkflowRoute.Query().Where(workflowroute.EmployerID(e.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("workflow: routes of %s: %w", e.ID, err)
	}
	out := &Routes{EmployerID: e.ID, EditorActive: active}
	for _, k := range spec.Kinds {
		rv := &RouteView{Kind: k, Route: spec.Default()}
		if active {
			for _, r := range rows {
				if Kind(r.Kind) == k {
					at := r.UpdatedAt
					rv.Route, rv.Custom, rv.UpdatedAt = r.Route, true, &at
				}
			}
		}
		out.Routes = append(out.Routes, rv)
	}
	return out, nil
}

// SetRoute sets the route of one kind at the employer (R34: MANAGE_HR_SETTINGS, with
// the Workflow editor). Running requests keep the route they started with.
func (s *Service) SetRoute(ctx context.Context, employerID string, kind Kind, r Route) (*RouteView, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, err
	}
	if !ValidKind(kind) {
		return nil, apperr.User(CodeInvalidRoute, "unknown kind of request", "kind")
	}
	var out *RouteView
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := editorEmployer(ctx, c, employerID, "routes are")
		if err != nil {
			return err
		}
		r, err = checkRoute(ctx, c, e, kind, r)
		if err != nil {
			return err
		}
		now := s.now()
		cur, err := c.WorkflowRoute.Query().Where(workflowroute.EmployerID(e.ID), workflowroute.KindEQ(workflowroute.Kind(kind))).
			Modify(store.ForUpdate).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			_, err = c.WorkflowRoute.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
				SetKind(workflowroute.Kind(kind)).SetRoute(r).SetUpdatedBy(v.ID).
				SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		case err == nil:
			_, err = c.WorkflowRoute.UpdateOne(cur).SetRoute(r).SetUpdatedBy(v.ID).SetUpdatedAt(now).Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("workflow: save route %s of %s: %w", kind, e.ID, err)
		}
		out = &RouteView{Kind: kind, Route: r, Custom: true, UpdatedAt: &now}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionRouteSet, ProviderID: e.ProviderID, EmployerID: e.ID,
			TargetType: "WorkflowRoute", TargetID: e.ID + "/" + string(kind), Details: routeDetails(kind, r)})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func routeDetails(kind Kind, r Route) map[string]string {
	d := map[string]string{"kind": string(kind), "steps": strconv.Itoa(len(r.Steps))}
	for i, st := range r.Steps {
		d["step"+strconv.Itoa(i+1)] = string(st.Target)
	}
	if a := r.AutoApproval; a != nil {
		if a.MaxLeaveMinutes != nil {
			d["autoApproveLeaveHours"] = strconv.FormatFloat(float64(*a.MaxLeaveMinutes)/60, 'f', -1, 64)
		}
		if a.MaxClaimCents != nil {
			d["autoApproveClaimCents"] = strconv.FormatInt(*a.MaxClaimCents, 10)
		}
	}
	if len(r.NotifyUserIDs) > 0 {
		d["notify"] = strconv.Itoa(len(r.NotifyUserIDs))
	}
	return d
}

// checkRoute validates r for kind at e and returns it cleaned: one or two steps, named
// users who are staff of the employer or its provider, automatic approval only where
// the kind has a measure for it.
func checkRoute(ctx context.Context, c *ent.Client, e *ent.Employer, kind Kind, r Route) (Route, error) {
	if len(r.Steps) == 0 || len(r.Steps) > maxSteps {
		return r, apperr.User(CodeInvalidRoute, "a route has one or two steps", "route", "steps")
	}
	var ids []string
	out := Route{}
	for i, st := range r.Steps {
		f := func(name string) []string { return []string{"route", "steps", strconv.Itoa(i), name} }
		switch st.Target {
		case spec.TargetManager, spec.TargetRight:
			if len(st.UserIDs) > 0 {
				return r, apperr.User(CodeInvalidRoute, "only a step to named users names users", f("userIds")...)
			}
			out.Steps = append(out.Steps, spec.Step{Target: st.Target})
		case spec.TargetUsers:
			us := dedupe(st.UserIDs)
			if len(us) == 0 || len(us) > maxNamedUsers {
				return r, apperr.User(CodeInvalidRoute, fmt.Sprintf("a step to named users names 1 to %d users", maxNamedUsers), f("userIds")...)
			}
			ids = append(ids, us...)
			out.Steps = append(out.Steps, spec.Step{Target: st.Target, UserIDs: us})
		default:
			return r, apperr.User(CodeInvalidRoute, "a step goes to the manager, to HANDLE_REQUESTS or to named users", f("target")...)
		}
	}
	out.NotifyUserIDs = dedupe(r.NotifyUserIDs)
	if len(out.NotifyUserIDs) > maxNotifyUsers {
		return r, apperr.User(CodeInvalidRoute, fmt.Sprintf("at most %d users are told", maxNotifyUsers), "route", "notifyUserIds")
	}
	ids = append(ids, out.NotifyUserIDs...)
	if a := r.AutoApproval; a != nil && (a.MaxLeaveMinutes != nil || a.MaxClaimCents != nil) {
		leaveKind := kind == spec.KindLeave || kind == spec.KindLeaveCancellation
		switch {
		case a.MaxLeaveMinutes != nil && (!leaveKind || *a.MaxLeaveMinutes <= 0 || *a.MaxLeaveMinutes > maxLeaveMinutes):
			return r, apperr.User(CodeInvalidRoute, "automatic approval of leave is up to 1 to 1000 hours, for leave only", "route", "autoApproval", "maxLeaveHours")
		case a.MaxClaimCents != nil && (kind != spec.KindClaim || *a.MaxClaimCents <= 0 || *a.MaxClaimCents > maxClaimCents):
			return r, apperr.User(CodeInvalidRoute, "automatic approval of claims is under an amount up to € 100,000, for claims only", "route", "autoApproval", "maxClaimAmount")
		}
		out.AutoApproval = &spec.AutoApproval{MaxLeaveMinutes: a.MaxLeaveMinutes, MaxClaimCents: a.MaxClaimCents}
	}
	if len(ids) > 0 {
		// Named users are staff who work on this employer: its own users and its
		// provider's; another tenant's user is not found like a missing one. Read as
		// the system within the employer the caller may see: MANAGE_USERS is not needed
		// to name a colleague.
		us, err := c.User.Query().Where(user.IDIn(dedupe(ids)...), user.ProviderID(e.ProviderID),
			user.Or(user.EmployerIDIsNil(), user.EmployerID(e.ID))).All(viewer.System(ctx))
		if err != nil {
			return r, fmt.Errorf("workflow: named users: %w", err)
		}
		for _, id := range ids {
			i := slices.IndexFunc(us, func(u *ent.User) bool { return u.ID == id })
			if i < 0 {
				return r, apperr.User(CodeInvalidRoute, "no staff user of this employer with ID "+id, "route")
			}
		}
		for i, st := range out.Steps {
			for _, id := range st.UserIDs {
				if !slices.ContainsFunc(us, func(u *ent.User) bool { return u.ID == id && handles(u) }) {
					return r, apperr.User(CodeInvalidRoute, "a named user decides with the right HANDLE_REQUESTS, which "+id+" does not hold",
						"route", "steps", strconv.Itoa(i), "userIds")
				}
			}
		}
	}
	return out, nil
}

func dedupe(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// editorActive reports whether the employer has the Workflow editor now (R34). Read as
// the system: an employee's request is routed by it too.
func editorActive(ctx context.Context, c *ent.Client, employerID string) (bool, error) {
	return productActive(ctx, c, employerID, product.CodeWorkflowEditor)
}

// editorEmployer loads the employer whose Workflow editor settings are changed, and
// refuses when it does not have the editor; what names the setting in the message.
func editorEmployer(ctx context.Context, c *ent.Client, employerID, what string) (*ent.Employer, error) {
	e, err := loadEmployer(ctx, c, employerID)
	if err != nil {
		return nil, err
	}
	active, err := editorActive(ctx, c, e.ID)
	if err != nil {
		return nil, err
	}
	if !active {
		return nil, apperr.User(CodeEditorNotActive, what+" set with the Workflow editor, which the employer does not have", "employerId")
	}
	return e, nil
}

// routeOf is the route a new request of kind starts with at the employer: the one set
// in the Workflow editor while the employer has it, else the default.
func routeOf(sys context.Context, c *ent.Client, employerID string, kind Kind) (Route, error) {
	active, err := editorActive(sys, c, employerID)
	if err != nil || !active {
		return spec.Default(), err
	}
	r, err := c.WorkflowRoute.Query().Where(workflowroute.EmployerID(employerID), workflowroute.KindEQ(workflowroute.Kind(kind))).Only(sys)
	if ent.IsNotFound(err) {
		return spec.Default(), nil
	}
	if err != nil {
		return Route{}, fmt.Errorf("workflow: route %s of %s: %w", kind, employerID, err)
	}
	return r.Route, nil
}

func loadEmployer(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Query().Where(employer.ID(id)).Only(ctx)
	if notFound(err) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("workflow: employer %s: %w", id, err)
	}
	return e, nil
}
