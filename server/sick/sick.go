// Package sick is ziek en hersteld melden (R25): the employee passes on the first sick
// day and, if they like, the hours worked that day; later the date they are fully back
// at work. Nothing about the illness itself is asked or stored. Staff read the
// employer's verzuim overview. Employees need feature ABSENCE_REPORTING (R22).
package sick

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"time"

	"entgo.io/ent/dialect/sql/sqlgraph"

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

// Service is the sick and recovery reports.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
}

// Page and list bounds.
const (
	// MaxContacts bounds an employer's verzuim contacts.
	MaxContacts = 10
	// maxCaseReports bounds how far back a case is followed (4-weken-regel).
	maxCaseReports = 50
)

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeInvalidInput               apperr.UserCode = "INVALID_INPUT"
	CodeFirstSickDayInFuture       apperr.UserCode = "FIRST_SICK_DAY_IN_FUTURE"
	CodeHoursWorkedOutOfRange      apperr.UserCode = "HOURS_WORKED_OUT_OF_RANGE"
	CodeAlreadyReportedSick        apperr.UserCode = "ALREADY_REPORTED_SICK"
	CodeNotReportedSick            apperr.UserCode = "NOT_REPORTED_SICK"
	CodeRecoveryBeforeFirstSickDay apperr.UserCode = "RECOVERY_BEFORE_FIRST_SICK_DAY"
	// CodeRecoveryBeforePartialRecovery: a (partial) recovery cannot lie before an
	// earlier partial recovery of the same report.
	CodeRecoveryBeforePartialRecovery apperr.UserCode = "RECOVERY_BEFORE_PARTIAL_RECOVERY"
	// CodeWorkResumedOutOfRange: a partial recovery needs a percentage of 1–99 or hours a
	// week above 0 and at most 80, one of the two.
	CodeWorkResumedOutOfRange apperr.UserCode = "WORK_RESUMED_OUT_OF_RANGE"
	// CodeOverlapsEarlierReport: a new report cannot start before the recovery date of
	// an earlier one.
	CodeOverlapsEarlierReport apperr.UserCode = "SICK_REPORT_OVERLAPS"
	// CodeTooManyVerzuimContacts: an employer has at most MaxContacts verzuim contacts.
	CodeTooManyVerzuimContacts apperr.UserCode = "TOO_MANY_VERZUIM_CONTACTS"
	// CodeDuplicateVerzuimContact: the employer already has a contact with that address.
	CodeDuplicateVerzuimContact apperr.UserCode = "DUPLICATE_VERZUIM_CONTACT"
)

// Audit actions of the sick reports.
const (
	ActionSickReported     audit.Action = "SICK_REPORTED"
	ActionRecoveryReported audit.Action = "RECOVERY_REPORTED"
	// ActionSickReportedForEmployee and ActionRecoveryReportedForEmployee: staff entered
	// it for the employee (reported by phone); the actor is the staff user.
	ActionSickReportedForEmployee     audit.Action = "SICK_REPORTED_FOR_EMPLOYEE"
	ActionRecoveryReportedForEmployee audit.Action = "RECOVERY_REPORTED_FOR_EMPLOYEE"
	ActionPartialRecoveryReported     audit.Action = "PARTIAL_RECOVERY_REPORTED"
	ActionSickReportCorrected         audit.Action = "SICK_REPORT_CORRECTED"
	ActionPoortwachterStepMarked      audit.Action = "POORTWACHTER_STEP_MARKED"
	ActionVerzuimContactAdded         audit.Action = "VERZUIM_CONTACT_ADDED"
	ActionVerzuimContactChanged       audit.Action = "VERZUIM_CONTACT_CHANGED"
	ActionVerzuimContactRemoved       audit.Action = "VERZUIM_CONTACT_REMOVED"
)

func (s *Service) now() time.Time { return s.Clock.Now().UTC() }

func userErr(code apperr.UserCode, msg string, field ...string) error {
	return apperr.User(code, msg, field...)
}

// ReportSick records that the signed-in employee is sick from firstDay (not after
// today), with the hours worked that day when given (0–24). It reaches the employer at
// once: their overview reads the same row, and the employer's verzuim contacts get a
// mail in the same transaction. Feature ABSENCE_REPORTING.
func (s *Service) ReportSick(ctx context.Context, firstDay date.Date, hoursWorked *float64) (*ent.SickReport, error) {
	v, err := s.Features.Employee(ctx, feature.AbsenceReporting)
	if err != nil {
		return nil, err
	}
	return s.reportSick(ctx, v, subject{v.ProviderID, v.EmployerID, v.PersonID}, firstDay, hoursWorked)
}

// subject is the employee a report is about.
type subject struct{ providerID, employerID, personID string }

func (s *Service) reportSick(ctx context.Context, v *viewer.Principal, who subject, firstDay date.Date, hoursWorked *float64) (*ent.SickReport, error) {
	if firstDay.IsZero() {
		return nil, userErr(CodeInvalidInput, "the first sick day is missing", "firstSickDay")
	}
	if firstDay.After(clock.Today(s.Clock)) {
		return nil, userErr(CodeFirstSickDayInFuture, "the first sick day cannot be after today", "firstSickDay")
	}
	hoursWorked, err := checkHours(hoursWorked)
	if err != nil {
		return nil, err
	}
	var rep *ent.SickReport
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		open, err := c.SickReport.Query().Where(sickreport.PersonID(who.personID), sickreport.RecoveryDateIsNil()).Exist(ctx)
		if err != nil {
			return err
		}
		if open {
			return alreadySick()
		}
		overlaps, err := c.SickReport.Query().Where(sickreport.PersonID(who.personID), sickreport.RecoveryDateGT(firstDay)).Exist(ctx)
		if err != nil {
			return err
		}
		if overlaps {
			return userErr(CodeOverlapsEarlierReport, "the first sick day lies before the recovery date of an earlier report", "firstSickDay")
		}
		now := s.now()
		rep, err = c.SickReport.Create().
			SetPersonID(who.personID).
			SetFirstSickDay(firstDay).SetNillableHoursWorked(hoursWorked).
			SetReportedAt(now).SetReportedByKind(sickreport.ReportedByKind(byKind(v))).
			SetReportedByID(v.ID).SetReportedByName(v.DisplayName).
			SetCreatedAt(now).SetUpdatedAt(now).
			Save(ctx)
		if ent.IsConstraintError(err) && sqlgraph.IsUniqueConstraintError(err) {
			return alreadySick() // a report from another tab won
		}
		if err != nil {
			return fmt.Errorf("sick: report sick: %w", err)
		}
		details := map[string]string{"firstSickDay": firstDay.String()}
		if hoursWorked != nil {
			details["hoursWorked"] = dutch.FormatHours(*hoursWorked)
		}
		// Sickness reaches payroll (continued pay, the sickness insurer) through the
		// change feed (R25, R45).
		feed := map[string]string{"firstSickDay": firstDay.String()}
		if hoursWorked != nil {
			feed["hoursWorked"] = strconv.FormatFloat(*hoursWorked, 'f', -1, 64)
		}
		if err := changefeed.Record(ctx, c, changefeed.Change{Kind: changefeed.SickReported, At: now,
			ProviderID: who.providerID, EmployerID: who.employerID, PersonID: who.personID,
			SubjectType: "SickReport", SubjectID: rep.ID, Data: feed}); err != nil {
			return err
		}
		if err := s.mailContacts(ctx, c, rep, mail.SickReported, nil, nil); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{
			At: now, Action: onBehalf(v, ActionSickReported, ActionSickReportedForEmployee),
			ProviderID: who.providerID, EmployerID: who.employerID, PersonID: who.personID,
			TargetType: "SickReport", TargetID: rep.ID, Details: details,
		})
	})
	if err != nil {
		return nil, err
	}
	return rep.Unwrap(), nil
}

func checkHours(hoursWorked *float64) (*float64, error) {
	if hoursWorked == nil {
		return nil, nil
	}
	h := *hoursWorked
	if math.IsNaN(h) || h < 0 || h > 24 {
		return nil, userErr(CodeHoursWorkedOutOfRange, "hours worked on the first sick day must be between 0 and 24", "hoursWorked")
	}
	h = math.Round(h*100) / 100
	return &h, nil
}

// byKind is how a report names who made it.
func byKind(v *viewer.Principal) string {
	switch v.Kind {
	case viewer.KindEmployee:
		return "EMPLOYEE"
	case viewer.KindAPIClient:
		return "API_CLIENT"
	}
	return "STAFF_USER"
}

// onBehalf picks the audit action: staff who enter a report for an employee (reported
// by phone) leave "gemeld door X namens Y" in the trail, the actor being X and the
// person Y (R27).
func onBehalf(v *viewer.Principal, own, forEmployee audit.Action) audit.Action {
	if v.Kind == viewer.KindEmployee {
		return own
	}
	return forEmployee
}

func alreadySick() error {
	return userErr(CodeAlreadyReportedSick, "there is already an open sick report; report recovery first", "firstSickDay")
}

// ReportRecovered ends the signed-in employee's open sick report with the date they are
// fully back at work, which cannot be before the first sick day. Feature
// ABSENCE_REPORTING.
func (s *Service) ReportRecovered(ctx context.Context, recovery date.Date) (*ent.SickReport, error) {
	v, err := s.Features.Employee(ctx, feature.AbsenceReporting)
	if err != nil {
		return nil, err
	}
	return s.reportRecovered(ctx, v, func(c *ent.Client) *ent.SickReportQuery {
		return c.SickReport.Query().Where(sickreport.PersonID(v.PersonID), sickreport.RecoveryDateIsNil())
	}, recovery)
}

func (s *Service) reportRecovered(ctx context.Context, v *viewer.Principal, find func(c *ent.Client) *ent.SickReportQuery, recovery date.Date) (*ent.SickReport, error) {
	if recovery.IsZero() {
		return nil, userErr(CodeInvalidInput, "the recovery date is missing", "recoveryDate")
	}
	var rep *ent.SickReport
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		open, err := find(c).Where(sickreport.RecoveryDateIsNil()).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return userErr(CodeNotReportedSick, "there is no open sick report", "recoveryDate")
		}
		if err != nil {
			return err
		}
		if recovery.Before(open.FirstSickDay) {
			return userErr(CodeRecoveryBeforeFirstSickDay,
				fmt.Sprintf("the recovery date cannot be before the first sick day (%s)", open.FirstSickDay), "recoveryDate")
		}
		last, err := c.PartialRecovery.Query().Where(partialrecovery.SickReportID(open.ID)).
			Order(ent.Desc(partialrecovery.FieldFromDate)).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
		if last != nil && recovery.Before(last.FromDate) {
			return userErr(CodeRecoveryBeforePartialRecovery,
				fmt.Sprintf("the recovery date cannot be before the last partial recovery (%s)", last.FromDate), "recoveryDate")
		}
		now := s.now()
		if rep, err = c.SickReport.UpdateOne(open).SetRecoveryDate(recovery).SetRecoveryReportedAt(now).
			SetRecoveryReportedByName(v.DisplayName).SetUpdatedAt(now).Save(ctx); err != nil {
			return fmt.Errorf("sick: report recovered: %w", err)
		}
		if err := changefeed.Record(ctx, c, changefeed.Change{Kind: changefeed.RecoveryReported, At: now,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			SubjectType: "SickReport", SubjectID: rep.ID, Data: map[string]string{
				"firstSickDay": open.FirstSickDay.String(), "recoveryDate": recovery.String()}}); err != nil {
			return err
		}
		if err := s.mailContacts(ctx, c, rep, mail.RecoveryReported, &recovery, nil); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{
			At: now, Action: onBehalf(v, ActionRecoveryReported, ActionRecoveryReportedForEmployee),
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, PersonID: rep.PersonID,
			TargetType: "SickReport", TargetID: rep.ID,
			Details: map[string]string{"firstSickDay": open.FirstSickDay.String(), "recoveryDate": recovery.String()},
		})
	})
	if err != nil {
		return nil, err
	}
	return rep.Unwrap(), nil
}

// PersonSickReports returns a person's sick reports, newest first day first; feature
// ABSENCE_REPORTING for the employee, VIEW_EMPLOYEES for staff (privacy).
func (s *Service) PersonSickReports(ctx context.Context, personID string) ([]*ent.SickReport, error) {
	if err := s.Features.Require(ctx, feature.AbsenceReporting); err != nil {
		return nil, err
	}
	return s.Client.SickReport.Query().Where(sickreport.PersonID(personID)).
		Order(ent.Desc(sickreport.FieldFirstSickDay), ent.Desc(sickreport.FieldID)).All(ctx)
}

// MySickReports is PersonSickReports for the signed-in employee.
func (s *Service) MySickReports(ctx context.Context) ([]*ent.SickReport, error) {
	return feature.Mine(ctx, s.Features, feature.AbsenceReporting, s.PersonSickReports)
}

// MyOpenSickReport returns the signed-in employee's open sick report, or nil.
func (s *Service) MyOpenSickReport(ctx context.Context) (*ent.SickReport, error) {
	v, err := s.Features.Employee(ctx, feature.AbsenceReporting)
	if err != nil {
		return nil, err
	}
	r, err := s.Client.SickReport.Query().Where(sickreport.PersonID(v.PersonID), sickreport.RecoveryDateIsNil()).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return r, err
}

// EmployerSickReports is the employer's verzuim overview for staff: every report of
// its persons, or only the open (or ended) ones.
func (s *Service) EmployerSickReports(ctx context.Context, employerID string, open *bool) (*ent.SickReportQuery, error) {
	if _, err := viewer.RequireStaff(ctx); err != nil {
		return nil, err
	}
	q := s.Client.SickReport.Query().Where(sickreport.EmployerID(employerID))
	if open != nil {
		if *open {
			q.Where(sickreport.RecoveryDateIsNil())
		} else {
			q.Where(sickreport.RecoveryDateNotNil())
		}
	}
	return q, nil
}
