package sick

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/partialrecovery"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Staff enter and correct reports for an employee who reported by phone, record partial
// recoveries and mark the Poortwachter steps. They need VIEW_EMPLOYEES to see the person
// and HANDLE_REQUESTS (Behandelen aanvragen) to act on the employee's behalf. Another
// tenant's person or report answers NOT_FOUND, like a missing one.

func requireHandler(ctx context.Context) (*viewer.Principal, error) {
	if _, err := viewer.Require(ctx, viewer.ViewEmployees); err != nil {
		return nil, err
	}
	return viewer.Require(ctx, viewer.HandleRequests)
}

// StaffReportSick is ReportSick entered by staff for the person (R25): the report names
// the staff user as reporter and the trail says it was done for the employee.
func (s *Service) StaffReportSick(ctx context.Context, personID string, firstDay date.Date, hoursWorked *float64) (*ent.SickReport, error) {
	v, err := requireHandler(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.Client.Person.Get(ctx, personID)
	if ent.IsNotFound(err) || ent.IsValidationError(err) {
		return nil, apperr.NotFoundf("no person with ID %q", personID)
	}
	if err != nil {
		return nil, err
	}
	return s.reportSick(ctx, v, subject{p.ProviderID, p.EmployerID, p.ID}, firstDay, hoursWorked)
}

// staffReport reads report id for staff, or NOT_FOUND.
func (s *Service) staffReport(ctx context.Context, id string) (*ent.SickReport, error) {
	rep, err := s.Client.SickReport.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("no sick report with ID %q", id)
	}
	return rep, err
}

// StaffReportRecovered is ReportRecovered entered by staff for the report's employee.
func (s *Service) StaffReportRecovered(ctx context.Context, reportID string, recovery date.Date) (*ent.SickReport, error) {
	v, err := requireHandler(ctx)
	if err != nil {
		return nil, err
	}
	rep, err := s.staffReport(ctx, reportID)
	if err != nil {
		return nil, err
	}
	return s.reportRecovered(ctx, v, func(c *ent.Client) *ent.SickReportQuery {
		return c.SickReport.Query().Where(sickreport.ID(rep.ID))
	}, recovery)
}

// WorkResumed is how much a partially recovered employee works again: a percentage of
// the own work or hours a week, exactly one of the two.
type WorkResumed struct {
	Percentage   *int
	HoursPerWeek *float64
}

func (w WorkResumed) check() (WorkResumed, error) {
	bad := userErr(CodeWorkResumedOutOfRange, "give a percentage of 1–99 or hours a week above 0 and at most 80", "percentage")
	switch {
	case (w.Percentage == nil) == (w.HoursPerWeek == nil):
		return w, bad
	case w.Percentage != nil && (*w.Percentage < 1 || *w.Percentage > 99):
		return w, bad
	case w.HoursPerWeek != nil:
		h := *w.HoursPerWeek
		if math.IsNaN(h) || h <= 0 || h > 80 {
			return w, userErr(CodeWorkResumedOutOfRange, "hours a week must be above 0 and at most 80", "hoursPerWeek")
		}
		h = math.Round(h*100) / 100
		w.HoursPerWeek = &h
	}
	return w, nil
}

// label writes w for the mail: "50%" or "16 uur per week" / "16 hours a week" is
// language-bound, so the mail gets the number with a unit readable in both: "16 u/w".
func (w WorkResumed) label() string {
	if w.Percentage != nil {
		return strconv.Itoa(*w.Percentage) + "%"
	}
	return dutch.FormatHours(*w.HoursPerWeek) + " u/w"
}

// ReportPartialRecovery records that the signed-in employee works again partly from a
// date (R25): the report stays open, the Poortwachter clock runs on, the contacts get a
// mail. Feature ABSENCE_REPORTING.
func (s *Service) ReportPartialRecovery(ctx context.Context, from date.Date, w WorkResumed) (*ent.PartialRecovery, error) {
	v, err := s.Features.Employee(ctx, feature.AbsenceReporting)
	if err != nil {
		return nil, err
	}
	return s.partialRecovery(ctx, v, func(c *ent.Client) *ent.SickReportQuery {
		return c.SickReport.Query().Where(sickreport.PersonID(v.PersonID))
	}, from, w)
}

// StaffReportPartialRecovery is ReportPartialRecovery entered by staff.
func (s *Service) StaffReportPartialRecovery(ctx context.Context, reportID string, from date.Date, w WorkResumed) (*ent.PartialRecovery, error) {
	v, err := requireHandler(ctx)
	if err != nil {
		return nil, err
	}
	rep, err := s.staffReport(ctx, reportID)
	if err != nil {
		return nil, err
	}
	return s.partialRecovery(ctx, v, func(c *ent.Client) *ent.SickReportQuery {
		return c.SickReport.Query().Where(sickreport.ID(rep.ID))
	}, from, w)
}

func (s *Service) partialRecovery(ctx context.Context, v *viewer.Principal, find func(c *ent.Client) *ent.SickReportQuery, from date.Date, w WorkResumed) (*ent.PartialRecovery, error) {
	if from.IsZero() {
		return nil, userErr(CodeInvalidInput, "the date is missing", "fromDate")
	}
	w, err := w.check()
	if err != nil {
		return nil, err
	}
	var out *ent.PartialRecovery
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		rep, err := find(c).Where(sickreport.RecoveryDateIsNil()).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return userErr(CodeNotReportedSick, "there is no open sick report", "fromDate")
		}
		if err != nil {
			return err
		}
		if from.Before(rep.FirstSickDay) {
			return userErr(CodeRecoveryBeforeFirstSickDay,
				fmt.Sprintf("the date cannot be before the first sick day (%s)", rep.FirstSickDay), "fromDate")
		}
		last, err := c.PartialRecovery.Query().Where(partialrecovery.SickReportID(rep.ID)).
			Order(ent.Desc(partialrecovery.FieldFromDate)).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
		if last != nil && !from.After(last.FromDate) {
			return userErr(CodeRecoveryBeforePartialRecovery,
				fmt.Sprintf("the date must lie after the last partial recovery (%s)", last.FromDate), "fromDate")
		}
		now := s.now()
		out, err = c.PartialRecovery.Create().SetProviderID(rep.ProviderID).SetEmployerID(rep.EmployerID).
			SetPersonID(rep.PersonID).SetSickReportID(rep.ID).SetFromDate(from).
			SetNillablePercentage(w.Percentage).SetNillableHoursPerWeek(w.HoursPerWeek).
			SetRecordedAt(now).SetRecordedByKind(partialrecovery.RecordedByKind(byKind(v))).
			SetRecordedByID(v.ID).SetRecordedByName(v.DisplayName).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("sick: partial recovery: %w", err)
		}
		data := map[string]string{"firstSickDay": rep.FirstSickDay.String(), "fromDate": from.String()}
		if w.Percentage != nil {
			data["percentage"] = strconv.Itoa(*w.Percentage)
		} else {
			data["hoursPerWeek"] = strconv.FormatFloat(*w.HoursPerWeek, 'f', -1, 64)
		}
		if err := changefeed.Record(ctx, c, changefeed.Change{Kind: changefeed.PartialRecoveryReported, At: now,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			SubjectType: "SickReport", SubjectID: rep.ID, Data: data}); err != nil {
			return err
		}
		label := w.label()
		if err := s.mailContacts(ctx, c, rep, mail.RecoveryReported, &from, &label); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionPartialRecoveryReported,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			TargetType: "SickReport", TargetID: rep.ID, Details: data})
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

// Correction is what staff correct on a report: the first sick day, the hours worked
// that day (nil clears them when ClearHours), and the recovery date of an ended report.
type Correction struct {
	FirstSickDay date.Date
	HoursWorked  *float64
	RecoveryDate *date.Date
}

// CorrectSickReport corrects a report staff or the employee got wrong (R25), with the
// old and new dates in the trail. No mail: the contacts heard of the report already.
func (s *Service) CorrectSickReport(ctx context.Context, reportID string, in Correction) (*ent.SickReport, error) {
	if _, err := requireHandler(ctx); err != nil {
		return nil, err
	}
	if in.FirstSickDay.IsZero() {
		return nil, userErr(CodeInvalidInput, "the first sick day is missing", "firstSickDay")
	}
	if in.FirstSickDay.After(clock.Today(s.Clock)) {
		return nil, userErr(CodeFirstSickDayInFuture, "the first sick day cannot be after today", "firstSickDay")
	}
	hours, err := checkHours(in.HoursWorked)
	if err != nil {
		return nil, err
	}
	var out *ent.SickReport
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		rep, err := c.SickReport.Query().Where(sickreport.ID(reportID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no sick report with ID %q", reportID)
		}
		if err != nil {
			return err
		}
		if (rep.RecoveryDate == nil) != (in.RecoveryDate == nil) {
			return userErr(CodeInvalidInput, "the recovery date is corrected only on an ended report; report the recovery instead", "recoveryDate")
		}
		if in.RecoveryDate != nil && in.RecoveryDate.Before(in.FirstSickDay) {
			return userErr(CodeRecoveryBeforeFirstSickDay, "the recovery date cannot be before the first sick day", "recoveryDate")
		}
		first, err := c.PartialRecovery.Query().Where(partialrecovery.SickReportID(rep.ID)).
			Order(ent.Asc(partialrecovery.FieldFromDate)).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
		if first != nil && first.FromDate.Before(in.FirstSickDay) {
			return userErr(CodeRecoveryBeforeFirstSickDay,
				fmt.Sprintf("a partial recovery (%s) lies before this first sick day", first.FromDate), "firstSickDay")
		}
		now := s.now()
		u := c.SickReport.UpdateOne(rep).SetFirstSickDay(in.FirstSickDay).SetUpdatedAt(now)
		if hours != nil {
			u.SetHoursWorked(*hours)
		} else {
			u.ClearHoursWorked()
		}
		if in.RecoveryDate != nil {
			u.SetRecoveryDate(*in.RecoveryDate)
		}
		if out, err = u.Save(ctx); err != nil {
			return fmt.Errorf("sick: correct: %w", err)
		}
		details := map[string]string{"firstSickDay": in.FirstSickDay.String(), "previousFirstSickDay": rep.FirstSickDay.String()}
		feed := map[string]string{"firstSickDay": in.FirstSickDay.String()}
		if in.RecoveryDate != nil {
			details["recoveryDate"], details["previousRecoveryDate"] = in.RecoveryDate.String(), rep.RecoveryDate.String()
			feed["recoveryDate"] = in.RecoveryDate.String()
		}
		if hours != nil {
			details["hoursWorked"] = dutch.FormatHours(*hours)
			feed["hoursWorked"] = strconv.FormatFloat(*hours, 'f', -1, 64)
		}
		if err := changefeed.Record(ctx, c, changefeed.Change{Kind: changefeed.SickReportCorrected, At: now,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			SubjectType: "SickReport", SubjectID: rep.ID, Data: feed}); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionSickReportCorrected,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			TargetType: "SickReport", TargetID: rep.ID, Details: details})
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

// MarkPoortwachterStep marks a step of an open report's timeline done on a day (not
// after today), or unmarks it when doneOn is nil.
func (s *Service) MarkPoortwachterStep(ctx context.Context, reportID string, step Step, doneOn *date.Date) (*ent.SickReport, error) {
	if _, err := requireHandler(ctx); err != nil {
		return nil, err
	}
	if !ValidStep(step) {
		return nil, userErr(CodeInvalidInput, "not a step that can be marked done", "step")
	}
	if doneOn != nil && doneOn.After(clock.Today(s.Clock)) {
		return nil, userErr(CodeInvalidInput, "the date cannot be after today", "doneOn")
	}
	var out *ent.SickReport
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		rep, err := c.SickReport.Query().Where(sickreport.ID(reportID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no sick report with ID %q", reportID)
		}
		if err != nil {
			return err
		}
		if rep.RecoveryDate != nil {
			return userErr(CodeNotReportedSick, "the report has ended", "step")
		}
		done := map[string]string{}
		for k, v := range rep.PoortwachterStepsDone {
			done[k] = v
		}
		details := map[string]string{"step": string(step)}
		if doneOn != nil {
			done[string(step)] = doneOn.String()
			details["doneOn"] = doneOn.String()
		} else {
			delete(done, string(step))
		}
		now := s.now()
		if out, err = c.SickReport.UpdateOne(rep).SetPoortwachterStepsDone(done).SetUpdatedAt(now).Save(ctx); err != nil {
			return fmt.Errorf("sick: mark step: %w", err)
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionPoortwachterStepMarked,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			TargetType: "SickReport", TargetID: rep.ID, Details: details})
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

// PartialRecoveries returns the partial recoveries of a report, by date; whoever may
// read the report reads them (the same policy).
func (s *Service) PartialRecoveries(ctx context.Context, rep *ent.SickReport) ([]*ent.PartialRecovery, error) {
	return s.Client.PartialRecovery.Query().Where(partialrecovery.SickReportID(rep.ID)).
		Order(ent.Asc(partialrecovery.FieldFromDate), ent.Asc(partialrecovery.FieldID)).Limit(100).All(ctx)
}

// Case is the Poortwachter view of an open report for staff.
type Case struct {
	// FirstSickDay is the first day of the case: of an earlier report when this one
	// followed it within four weeks (4-weken-regel).
	FirstSickDay date.Date
	Milestones   []Milestone
}

// CaseOf returns the Poortwachter case of an open report for staff, nil for an ended
// report or for an employee (the timeline is the employer's duty, R25).
func (s *Service) CaseOf(ctx context.Context, rep *ent.SickReport) (*Case, error) {
	v := viewer.FromContext(ctx)
	if !v.IsStaffLike() || rep.RecoveryDate != nil {
		return nil, nil
	}
	earlier, err := s.Client.SickReport.Query().
		Where(sickreport.PersonID(rep.PersonID), sickreport.RecoveryDateNotNil(), sickreport.FirstSickDayLT(rep.FirstSickDay)).
		Order(ent.Desc(sickreport.FieldFirstSickDay)).Limit(maxCaseReports).All(ctx)
	if err != nil {
		return nil, err
	}
	return s.caseFrom(rep, earlier), nil
}

// CasesOf returns the Poortwachter cases of the open reports among reps for staff,
// by report ID, reading the earlier reports of all their persons in one query: the
// verzuim overview computes a page of timelines at the cost of one. Ended reports and
// an employee caller get no case (as CaseOf).
func (s *Service) CasesOf(ctx context.Context, reps []*ent.SickReport) (map[string]*Case, error) {
	out := map[string]*Case{}
	v := viewer.FromContext(ctx)
	if !v.IsStaffLike() {
		return out, nil
	}
	var open []*ent.SickReport
	persons := map[string]bool{}
	var last date.Date
	for _, r := range reps {
		if r.RecoveryDate != nil {
			continue
		}
		open = append(open, r)
		persons[r.PersonID] = true
		if r.FirstSickDay.After(last) {
			last = r.FirstSickDay
		}
	}
	if len(open) == 0 {
		return out, nil
	}
	ids := make([]string, 0, len(persons))
	for id := range persons {
		ids = append(ids, id)
	}
	// A person has at most one open report, so the earlier ones are the ended ones;
	// each person keeps at most maxCaseReports of them, as CaseOf reads.
	earlier, err := s.Client.SickReport.Query().
		Where(sickreport.PersonIDIn(ids...), sickreport.RecoveryDateNotNil(), sickreport.FirstSickDayLT(last)).
		Order(ent.Desc(sickreport.FieldFirstSickDay)).Limit(maxCaseReports * len(ids)).All(ctx)
	if err != nil {
		return nil, err
	}
	byPerson := map[string][]*ent.SickReport{}
	for _, r := range earlier {
		byPerson[r.PersonID] = append(byPerson[r.PersonID], r)
	}
	for _, rep := range open {
		var mine []*ent.SickReport
		for _, r := range byPerson[rep.PersonID] {
			if r.FirstSickDay.Before(rep.FirstSickDay) && len(mine) < maxCaseReports {
				mine = append(mine, r)
			}
		}
		out[rep.ID] = s.caseFrom(rep, mine)
	}
	return out, nil
}

// caseFrom builds the case of the open report rep from the person's ended reports
// before it, newest first.
func (s *Service) caseFrom(rep *ent.SickReport, earlier []*ent.SickReport) *Case {
	reports := make([]*ent.SickReport, 0, len(earlier)+1)
	for i := len(earlier) - 1; i >= 0; i-- {
		reports = append(reports, earlier[i])
	}
	reports = append(reports, rep)
	spells := make([]Spell, len(reports))
	for i, r := range reports {
		spells[i] = Spell{First: r.FirstSickDay, Recovered: r.RecoveryDate}
	}
	spells = CaseSpells(spells)
	done := map[Step]date.Date{}
	for _, r := range reports[len(reports)-len(spells):] {
		for k, v := range r.PoortwachterStepsDone {
			if d, err := date.Parse(v); err == nil {
				done[Step(k)] = d
			}
		}
	}
	return &Case{FirstSickDay: spells[0].First, Milestones: Timeline(spells, done, clock.Today(s.Clock))}
}
