package workflow

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/workflowsettings"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The bounds of an employer's escalation limit (R35), in working days. One day is the
// quickest report that still leaves the assignee a working day; beyond 30 (six weeks)
// a task is forgotten rather than waiting.
const (
	MinEscalateAfterWorkingDays = 1
	MaxEscalateAfterWorkingDays = 30
)

// CodeInvalidEscalationLimit: the escalation limit is outside 1–30 working days.
const CodeInvalidEscalationLimit apperr.UserCode = "INVALID_ESCALATION_LIMIT"

// ActionEscalationLimitSet is the audit action of a changed escalation limit (R35).
const ActionEscalationLimitSet audit.Action = "WORKFLOW_ESCALATION_LIMIT_SET"

// EscalationLimit is how long a task of the employer may wait before it is reported
// to HANDLE_REQUESTS (R35).
type EscalationLimit struct {
	WorkingDays int
	// Custom: the employer set it in the Workflow editor; false is the default.
	Custom    bool
	UpdatedAt *time.Time
}

// EscalationLimit returns the employer's escalation limit (MANAGE_HR_SETTINGS).
func (s *Service) EscalationLimit(ctx context.Context, employerID string) (*EscalationLimit, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	return escalationLimitOf(ctx, s.Client, e.ID)
}

// escalationLimitOf reads the limit that applies at the employer now, as ctx may: the
// one set while the employer has the Workflow editor, else the default (as routes, R34).
func escalationLimitOf(ctx context.Context, c *ent.Client, employerID string) (*EscalationLimit, error) {
	def := &EscalationLimit{WorkingDays: EscalateAfterWorkingDays}
	active, err := editorActive(ctx, c, employerID)
	if err != nil || !active {
		return def, err
	}
	row, err := c.WorkflowSettings.Query().Where(workflowsettings.EmployerID(employerID)).Only(ctx)
	if ent.IsNotFound(err) {
		return def, nil
	}
	if err != nil {
		return nil, fmt.Errorf("workflow: settings of %s: %w", employerID, err)
	}
	if row.EscalateAfterWorkingDays == nil {
		return def, nil
	}
	at := row.UpdatedAt
	return &EscalationLimit{WorkingDays: *row.EscalateAfterWorkingDays, Custom: true, UpdatedAt: &at}, nil
}

// SetEscalationLimit sets the employer's escalation limit to days working days, or back
// to the default when days is nil (R35: MANAGE_HR_SETTINGS, with the Workflow editor).
// Steps reported already are not reported again; open steps are judged by the new
// limit from the job's next run.
func (s *Service) SetEscalationLimit(ctx context.Context, employerID string, days *int) (*EscalationLimit, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, err
	}
	if days != nil && (*days < MinEscalateAfterWorkingDays || *days > MaxEscalateAfterWorkingDays) {
		return nil, apperr.User(CodeInvalidEscalationLimit, fmt.Sprintf("the escalation limit is %d to %d working days",
			MinEscalateAfterWorkingDays, MaxEscalateAfterWorkingDays), "workingDays")
	}
	var out *EscalationLimit
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := editorEmployer(ctx, c, employerID, "the escalation limit is")
		if err != nil {
			return err
		}
		now := s.now()
		cur, err := c.WorkflowSettings.Query().Where(workflowsettings.EmployerID(e.ID)).Modify(store.ForUpdate).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			_, err = c.WorkflowSettings.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
				SetNillableEscalateAfterWorkingDays(days).SetUpdatedBy(v.ID).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		case err == nil:
			upd := c.WorkflowSettings.UpdateOne(cur).SetUpdatedBy(v.ID).SetUpdatedAt(now)
			if days == nil {
				upd.ClearEscalateAfterWorkingDays()
			} else {
				upd.SetEscalateAfterWorkingDays(*days)
			}
			_, err = upd.Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("workflow: save escalation limit of %s: %w", e.ID, err)
		}
		out = &EscalationLimit{WorkingDays: EscalateAfterWorkingDays}
		if days != nil {
			out = &EscalationLimit{WorkingDays: *days, Custom: true, UpdatedAt: &now}
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionEscalationLimitSet, ProviderID: e.ProviderID,
			EmployerID: e.ID, TargetType: "WorkflowSettings", TargetID: e.ID,
			Details: map[string]string{"workingDays": strconv.Itoa(out.WorkingDays), "custom": strconv.FormatBool(out.Custom)}})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// limitCache reads each employer's escalation limit once per run, as the system.
type limitCache struct {
	c  *ent.Client
	by map[string]int
}

func (l *limitCache) of(sys context.Context, employerID string) (int, error) {
	if d, ok := l.by[employerID]; ok {
		return d, nil
	}
	lim, err := escalationLimitOf(sys, l.c, employerID)
	if err != nil {
		return 0, err
	}
	if l.by == nil {
		l.by = map[string]int{}
	}
	l.by[employerID] = lim.WorkingDays
	return lim.WorkingDays, nil
}

// shortestLimit is the fewest working days any employer's steps wait before they are
// reported: the default, or a shorter limit some employer set. The job claims only
// steps open at least that long.
func shortestLimit(sys context.Context, c *ent.Client) (int, error) {
	row, err := c.WorkflowSettings.Query().Where(workflowsettings.EscalateAfterWorkingDaysLT(EscalateAfterWorkingDays)).
		Order(ent.Asc(workflowsettings.FieldEscalateAfterWorkingDays)).First(sys)
	if ent.IsNotFound(err) {
		return EscalateAfterWorkingDays, nil
	}
	if err != nil {
		return 0, fmt.Errorf("workflow escalation: shortest limit: %w", err)
	}
	return *row.EscalateAfterWorkingDays, nil
}
