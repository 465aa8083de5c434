package leave

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// PatternSource says who set a work pattern.
type PatternSource string

// The sources of a work pattern.
const (
	SourceStaff PatternSource = "STAFF" // staff in the portal
	SourceSync  PatternSource = "SYNC"  // payroll's sync (R45)
)

// WorkPattern is an employment's stored work pattern.
type WorkPattern struct {
	ID           string
	EmploymentID string
	Pattern      Pattern
	Source       PatternSource
	AccruesFrom  date.Date
}

func patternOf(w *ent.WorkPattern) *WorkPattern {
	p := Pattern{}
	for _, wk := range w.Weeks {
		var week Week
		for i := 0; i < 7 && i < len(wk); i++ {
			week[i] = Minutes(wk[i])
		}
		p.Weeks = append(p.Weeks, week)
	}
	if w.WeekAStartsOn != nil {
		p.Anchor = *w.WeekAStartsOn
	}
	return &WorkPattern{ID: w.ID, EmploymentID: w.EmploymentID, Pattern: p, Source: PatternSource(w.Source), AccruesFrom: w.AccruesFrom}
}

func weeksOf(p Pattern) [][]int {
	out := make([][]int, len(p.Weeks))
	for i, w := range p.Weeks {
		out[i] = make([]int, 7)
		for d, m := range w {
			out[i][d] = int(m)
		}
	}
	return out
}

func describe(p Pattern) string {
	parts := make([]string, len(p.Weeks))
	for i, w := range p.Weeks {
		days := make([]string, 7)
		for d, m := range w {
			days[d] = strconv.FormatFloat(m.Hours(), 'f', -1, 64)
		}
		parts[i] = strings.Join(days, "/")
	}
	return strings.Join(parts, " | ")
}

// SetWorkPattern sets the work pattern of an employment (R29; MANAGE_HR_SETTINGS),
// from staff or from payroll's sync. The first pattern starts the employment's
// accrual under Verlofregeling on today: earlier years come from opening balances.
// Another tenant's employment is NOT_FOUND.
func (s *Service) SetWorkPattern(ctx context.Context, employmentID string, p Pattern, src PatternSource) (*WorkPattern, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if src != SourceStaff && src != SourceSync {
		return nil, apperr.User(CodeInvalidWorkPattern, "source is STAFF or SYNC", "source")
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if len(p.Weeks) == 1 {
		p.Anchor = date.Date{}
	}
	var out *WorkPattern
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		j, err := loadEmployment(ctx, c, employmentID)
		if err != nil {
			return err
		}
		// As the system: the pattern of an employment loadEmployment read through the
		// privacy rules, locked for the update.
		cur, err := c.WorkPattern.Query().Where(workpattern.EmploymentID(j.ID)).Modify(store.ForUpdate).Only(viewer.System(ctx))
		var saved *ent.WorkPattern
		switch {
		case ent.IsNotFound(err):
			saved, err = c.WorkPattern.Create().
				SetPersonID(j.PersonID).
				SetEmploymentID(j.ID).SetWeeks(weeksOf(p)).SetNillableWeekAStartsOn(anchorOf(p)).
				SetSource(workpattern.Source(src)).SetAccruesFrom(s.today()).
				Save(ctx)
		case err != nil:
			return fmt.Errorf("leave: work pattern of %s: %w", j.ID, err)
		default:
			upd := c.WorkPattern.UpdateOne(cur).SetWeeks(weeksOf(p)).SetSource(workpattern.Source(src))
			if a := anchorOf(p); a != nil {
				upd.SetWeekAStartsOn(*a)
			} else {
				upd.ClearWeekAStartsOn()
			}
			saved, err = upd.Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("leave: save work pattern of %s: %w", j.ID, err)
		}
		out = patternOf(saved)
		return audit.Record(ctx, c, audit.Event{At: s.now(), Action: ActionWorkPatternSet,
			ProviderID: j.ProviderID, EmployerID: j.EmployerID, PersonID: j.PersonID,
			TargetType: "Employment", TargetID: j.ID, Details: map[string]string{
				"hours": describe(p), "weekAStartsOn": anchorString(p), "source": string(src)}})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func anchorOf(p Pattern) *date.Date {
	if p.Anchor.IsZero() {
		return nil
	}
	a := p.Anchor
	return &a
}

func anchorString(p Pattern) string {
	if p.Anchor.IsZero() {
		return ""
	}
	return p.Anchor.String()
}

// WorkPatternOf returns the employment's work pattern, nil when it has none. Staff
// need VIEW_EMPLOYEES.
func (s *Service) WorkPatternOf(ctx context.Context, employmentID string) (*WorkPattern, error) {
	j, err := s.readableEmployment(ctx, employmentID)
	if err != nil {
		return nil, err
	}
	w, err := s.Client.WorkPattern.Query().Where(workpattern.EmploymentID(j.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("leave: work pattern of %s: %w", j.ID, err)
	}
	return patternOf(w), nil
}

// MaxPeriodDays bounds PeriodHours: a leave request spans at most a year.
const MaxPeriodDays = 366

// PeriodHours returns the hours of first…last (both included) under the employment's
// work pattern, minus the public holidays that are days off under its employer's
// scheme (R29): what a leave request for the period takes. Staff need VIEW_EMPLOYEES.
func (s *Service) PeriodHours(ctx context.Context, employmentID string, first, last date.Date) (Minutes, error) {
	if last.Before(first) || first.AddDays(MaxPeriodDays).Before(last) {
		return 0, apperr.BadRequestf("a period runs forward and spans at most %d days", MaxPeriodDays)
	}
	j, err := s.readableEmployment(ctx, employmentID)
	if err != nil {
		return 0, err
	}
	// As the system: the pattern and scheme of an employment the caller may read
	// (readableEmployment checked it through the privacy rules).
	sys := viewer.System(ctx)
	w, err := s.Client.WorkPattern.Query().Where(workpattern.EmploymentID(j.ID)).Only(sys)
	if ent.IsNotFound(err) {
		return 0, apperr.User(CodeNoWorkPattern, "the employment has no work pattern", "employmentId")
	}
	if err != nil {
		return 0, fmt.Errorf("leave: work pattern of %s: %w", j.ID, err)
	}
	var hs HolidaySettings // no scheme: only the holidays that are always off
	sc, err := s.Client.LeaveScheme.Query().Where(leavescheme.EmployerID(j.EmployerID)).Only(sys)
	switch {
	case err == nil:
		hs = holidaysOf(sc)
	case !ent.IsNotFound(err):
		return 0, fmt.Errorf("leave: scheme of %s: %w", j.EmployerID, err)
	}
	return patternOf(w).Pattern.Hours(first, last, hs), nil
}
