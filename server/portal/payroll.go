package portal

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store"
)

// Audit actions of the portal's content.
const (
	ActionPayslipPublished          audit.Action = "PAYSLIP_PUBLISHED"
	ActionAnnualStatementPublished  audit.Action = "ANNUAL_STATEMENT_PUBLISHED"
	ActionLeaveBalanceSet           audit.Action = "LEAVE_BALANCE_SET"
	ActionDocumentAdded             audit.Action = "DOCUMENT_ADDED"
	ActionDocumentVisibilityChanged audit.Action = "DOCUMENT_VISIBILITY_CHANGED"
	ActionDocumentDeleted           audit.Action = "DOCUMENT_DELETED"
	ActionSickReported              audit.Action = "SICK_REPORTED"
	ActionRecoveryReported          audit.Action = "RECOVERY_REPORTED"
	ActionDocumentNotifications     audit.Action = "DOCUMENT_NOTIFICATIONS_CHANGED"
)

// PayslipInput is one payslip to publish.
type PayslipInput struct {
	EmploymentID string
	PeriodType   payslip.PeriodType
	Year, Period int
	RunDate      date.Date
	VisibleFrom  *date.Date // the run date when nil
	GrossCents   int64
	NetCents     int64
	Lines        []LineInput
}

// LineInput is one line of a payslip.
type LineInput struct {
	Code, Description string
	AmountCents       int64
	Category          payslipline.Category
}

// PublishResult is what PublishPayslips did.
type PublishResult struct {
	Payslips []*ent.Payslip // in input order, with Edges.Lines set
	Created  int
	Updated  int
}

// PeriodKey orders pay periods: year×100 + period.
func PeriodKey(year, period int) int { return year*100 + period }

func idx(i int) string { return strconv.Itoa(i) }

func checkCents(v int64, field ...string) error {
	if v > maxCents || v < -maxCents {
		return userErr(CodeInvalidInput, "the amount is out of range", field...)
	}
	return nil
}

func checkText(s string, max int, what string, field ...string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", userErr(CodeInvalidInput, what+" is empty", field...)
	}
	if len([]rune(s)) > max {
		return "", userErr(CodeInvalidInput, fmt.Sprintf("%s is longer than %d characters", what, max), field...)
	}
	return s, nil
}

func checkPeriod(t payslip.PeriodType, year, period int, field func(string) []string) error {
	if year < 2000 || year > 2100 {
		return userErr(CodeInvalidInput, "the year must be between 2000 and 2100", field("year")...)
	}
	switch t {
	case payslip.PeriodTypeMONTH:
		if period < 1 || period > 12 {
			return userErr(CodeInvalidInput, "a monthly period is 1 to 12", field("period")...)
		}
	case payslip.PeriodTypeFOUR_WEEKS:
		if period < 1 || period > 13 {
			return userErr(CodeInvalidInput, "a four-week period is 1 to 13", field("period")...)
		}
	default:
		return userErr(CodeInvalidInput, "unknown period type", field("periodType")...)
	}
	return nil
}

// checkPayslip validates and normalises one payslip of a batch.
func checkPayslip(i int, in *PayslipInput) error {
	field := func(f string) []string { return []string{"payslips", idx(i), f} }
	if err := checkPeriod(in.PeriodType, in.Year, in.Period, field); err != nil {
		return err
	}
	if in.RunDate.IsZero() {
		return userErr(CodeInvalidInput, "the run date is missing", field("runDate")...)
	}
	if in.VisibleFrom == nil {
		d := in.RunDate
		in.VisibleFrom = &d
	}
	if err := checkCents(in.GrossCents, field("grossCents")...); err != nil {
		return err
	}
	if err := checkCents(in.NetCents, field("netCents")...); err != nil {
		return err
	}
	if len(in.Lines) > MaxLines {
		return userErr(CodeInvalidInput, fmt.Sprintf("a payslip has at most %d lines", MaxLines), field("lines")...)
	}
	for j := range in.Lines {
		l := &in.Lines[j]
		lf := func(f string) []string { return []string{"payslips", idx(i), "lines", idx(j), f} }
		var err error
		if l.Code, err = checkText(l.Code, 20, "the code", lf("code")...); err != nil {
			return err
		}
		if l.Description, err = checkText(l.Description, 200, "the description", lf("description")...); err != nil {
			return err
		}
		if err := payslipline.CategoryValidator(l.Category); err != nil {
			return userErr(CodeInvalidInput, "unknown category", lf("category")...)
		}
		if err := checkCents(l.AmountCents, lf("amountCents")...); err != nil {
			return err
		}
	}
	return nil
}

// employments loads the employments of ids in the publisher's context: the privacy
// policy narrows them to its tenant, so the others are missing from the map, exactly
// like unknown IDs.
func employments(ctx context.Context, c *ent.Client, ids []string) (map[string]*ent.Employment, error) {
	out := map[string]*ent.Employment{}
	uniq := slices.Compact(slices.Sorted(slices.Values(ids)))
	for chunk := range slices.Chunk(uniq, 1000) {
		es, err := c.Employment.Query().Where(employment.IDIn(chunk...)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("portal: load employments: %w", err)
		}
		for _, e := range es {
			out[e.ID] = e
		}
	}
	return out, nil
}

// PublishPayslips stores a batch of payslips, all or nothing. It is idempotent by
// employment and period: a period published again gets the new amounts and lines and
// keeps its ID, so an integrator can simply resend a run.
func (s *Service) PublishPayslips(ctx context.Context, in []PayslipInput) (*PublishResult, error) {
	ctx, _, err := publisher(ctx)
	if err != nil {
		return nil, err
	}
	if len(in) == 0 || len(in) > MaxBatch {
		return nil, userErr(CodeInvalidInput, fmt.Sprintf("send 1 to %d payslips", MaxBatch), "payslips")
	}
	type key struct {
		emp  string
		t    payslip.PeriodType
		y, p int
	}
	seen := map[key]int{}
	ids := make([]string, len(in))
	for i := range in {
		if err := checkPayslip(i, &in[i]); err != nil {
			return nil, err
		}
		k := key{in[i].EmploymentID, in[i].PeriodType, in[i].Year, in[i].Period}
		if j, dup := seen[k]; dup {
			return nil, userErr(CodeDuplicateInBatch, fmt.Sprintf("payslip %d is for the same employment and period as payslip %d", i, j), "payslips", idx(i))
		}
		seen[k] = i
		ids[i] = in[i].EmploymentID
	}
	emps, err := employments(ctx, s.Client, ids)
	if err != nil {
		return nil, err
	}
	for i, p := range in {
		if emps[p.EmploymentID] == nil {
			return nil, userErr(CodeEmploymentNotFound, fmt.Sprintf("employment %s not found", p.EmploymentID), "payslips", idx(i), "employmentId")
		}
	}
	res := &PublishResult{Payslips: make([]*ent.Payslip, len(in))}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		res.Created, res.Updated = 0, 0
		// The periods that exist already, read as the publisher (the privacy policy
		// lets it read within its tenant without VIEW_EMPLOYEES).
		// Only the batch's years and period numbers: an employment's history would
		// otherwise be read on every run (make bench: 24 months of it cost 60% more).
		years, periods := make([]int, len(in)), make([]int, len(in))
		for i, p := range in {
			years[i], periods[i] = p.Year, p.Period
		}
		years, periods = slices.Compact(slices.Sorted(slices.Values(years))), slices.Compact(slices.Sorted(slices.Values(periods)))
		existing := map[key]*ent.Payslip{}
		for chunk := range slices.Chunk(slices.Compact(slices.Sorted(slices.Values(ids))), 1000) {
			ps, err := c.Payslip.Query().
				Where(payslip.EmploymentIDIn(chunk...), payslip.YearIn(years...), payslip.PeriodIn(periods...)).
				All(ctx)
			if err != nil {
				return err
			}
			for _, p := range ps {
				existing[key{p.EmploymentID, p.PeriodType, p.Year, p.Period}] = p
			}
		}
		var (
			creates  []*ent.PayslipCreate
			createAt []int
			replaced []string
			events   []audit.Event
		)
		for i, p := range in {
			e := emps[p.EmploymentID]
			k := key{p.EmploymentID, p.PeriodType, p.Year, p.Period}
			action := "created"
			if old := existing[k]; old != nil {
				saved, err := c.Payslip.UpdateOneID(old.ID).
					SetRunDate(p.RunDate).SetVisibleFrom(*p.VisibleFrom).
					SetGrossCents(p.GrossCents).SetNetCents(p.NetCents).
					SetUpdatedAt(s.now()).
					Save(ctx)
				if err != nil {
					return fmt.Errorf("portal: update payslip %s: %w", old.ID, err)
				}
				res.Payslips[i] = saved
				replaced = append(replaced, old.ID)
				res.Updated++
				action = "updated"
			} else {
				creates = append(creates, c.Payslip.Create().SetID(pid.New(pid.Payslip)).
					SetProviderID(e.ProviderID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
					SetEmploymentID(e.ID).SetPeriodType(p.PeriodType).SetYear(p.Year).SetPeriod(p.Period).
					SetPeriodKey(PeriodKey(p.Year, p.Period)).
					SetRunDate(p.RunDate).SetVisibleFrom(*p.VisibleFrom).
					SetGrossCents(p.GrossCents).SetNetCents(p.NetCents).
					SetCreatedAt(s.now()).SetUpdatedAt(s.now()))
				createAt = append(createAt, i)
				res.Created++
			}
			events = append(events, audit.Event{
				At: s.now(), Action: ActionPayslipPublished,
				ProviderID: e.ProviderID, EmployerID: e.EmployerID, PersonID: e.PersonID,
				TargetType: "Payslip",
				Details: map[string]string{
					"employment": e.ID, "periodType": string(p.PeriodType), "year": idx(p.Year), "period": idx(p.Period),
					"gross": idx64(p.GrossCents), "net": idx64(p.NetCents), "result": action,
				},
			})
		}
		offset := 0
		for chunk := range slices.Chunk(creates, 500) {
			saved, err := c.Payslip.CreateBulk(chunk...).Save(ctx)
			if err != nil {
				if ent.IsConstraintError(err) && sqlgraph.IsUniqueConstraintError(err) {
					return apperr.BadRequestf("another request published the same period at the same time; send the batch again")
				}
				return fmt.Errorf("portal: create payslips: %w", err)
			}
			for j, p := range saved {
				res.Payslips[createAt[offset+j]] = p
			}
			offset += len(chunk)
		}
		for chunk := range slices.Chunk(replaced, 1000) {
			if _, err := c.PayslipLine.Delete().Where(payslipline.PayslipIDIn(chunk...)).Exec(ctx); err != nil {
				return fmt.Errorf("portal: replace payslip lines: %w", err)
			}
		}
		var lines []*ent.PayslipLineCreate
		for i, p := range in {
			ps := res.Payslips[i]
			ps.Edges.Lines = make([]*ent.PayslipLine, 0, len(p.Lines))
			events[i].TargetID = ps.ID
			for j, l := range p.Lines {
				line := &ent.PayslipLine{
					ID: pid.New(pid.PayslipLine), ProviderID: ps.ProviderID, EmployerID: ps.EmployerID, PersonID: ps.PersonID,
					PayslipID: ps.ID, Position: j, Code: l.Code, Description: l.Description, AmountCents: l.AmountCents, Category: l.Category,
				}
				ps.Edges.Lines = append(ps.Edges.Lines, line)
				lines = append(lines, c.PayslipLine.Create().SetID(line.ID).
					SetProviderID(line.ProviderID).SetEmployerID(line.EmployerID).SetPersonID(line.PersonID).
					SetPayslipID(line.PayslipID).SetPosition(j).SetCode(l.Code).SetDescription(l.Description).
					SetAmountCents(l.AmountCents).SetCategory(l.Category))
			}
		}
		for chunk := range slices.Chunk(lines, 500) {
			if err := c.PayslipLine.CreateBulk(chunk...).Exec(ctx); err != nil {
				return fmt.Errorf("portal: create payslip lines: %w", err)
			}
		}
		return audit.RecordMany(ctx, c, events)
	})
	if err != nil {
		return nil, err
	}
	for _, p := range res.Payslips {
		p.Unwrap()
	}
	return res, nil
}

func idx64(v int64) string { return strconv.FormatInt(v, 10) }

// PayslipLines returns the lines of p in payslip order, from the loaded edge when the
// query loaded it.
func (s *Service) PayslipLines(ctx context.Context, p *ent.Payslip) ([]*ent.PayslipLine, error) {
	lines := p.Edges.Lines
	if lines == nil {
		var err error
		lines, err = s.Client.PayslipLine.Query().Where(payslipline.PayslipID(p.ID)).
			Order(ent.Asc(payslipline.FieldPosition)).All(s.withClock(ctx))
		if err != nil {
			return nil, err
		}
	}
	lines = slices.Clone(lines)
	slices.SortStableFunc(lines, func(a, b *ent.PayslipLine) int { return a.Position - b.Position })
	return lines, nil
}

// CategoryTotal is the sum of a category's lines.
type CategoryTotal struct {
	Category   payslipline.Category
	TotalCents int64
}

// categoryOrder is the order of the categories on a payslip.
var categoryOrder = []payslipline.Category{
	payslipline.CategoryEARNINGS, payslipline.CategoryDEDUCTIONS,
	payslipline.CategoryEMPLOYER_CONTRIBUTIONS, payslipline.CategoryRESERVATIONS,
}

// Totals sums lines per category, in payslip order, leaving out empty categories.
func Totals(lines []*ent.PayslipLine) []CategoryTotal {
	out := []CategoryTotal{}
	for _, cat := range categoryOrder {
		var sum int64
		n := 0
		for _, l := range lines {
			if l.Category == cat {
				sum += l.AmountCents
				n++
			}
		}
		if n > 0 {
			out = append(out, CategoryTotal{cat, sum})
		}
	}
	return out
}

// PersonPayslips returns the payslips of a person, for staff (all of them) and for
// the employee (own, visible by today, feature PAYSLIPS), with their lines loaded.
// employmentID narrows it to one employment.
func (s *Service) PersonPayslips(ctx context.Context, personID, employmentID string) (*ent.PayslipQuery, error) {
	if err := s.RequireFeature(ctx, Payslips); err != nil {
		return nil, err
	}
	q := s.Client.Payslip.Query().Where(payslip.PersonID(personID)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) })
	if employmentID != "" {
		q.Where(payslip.EmploymentID(employmentID))
	}
	return q, nil
}

// MyPayslips is PersonPayslips for the signed-in employee.
func (s *Service) MyPayslips(ctx context.Context, employmentID string) (*ent.PayslipQuery, error) {
	v, err := s.employee(ctx, Payslips)
	if err != nil {
		return nil, err
	}
	return s.PersonPayslips(ctx, v.PersonID, employmentID)
}

// SalaryPoint is one period of the salary chart.
type SalaryPoint struct {
	PayslipID, EmploymentID string
	PeriodType              payslip.PeriodType
	Year, Period            int
	Label                   string
	RunDate                 date.Date
	GrossCents, NetCents    int64
}

// MaxSeriesMonths bounds the salary chart.
const MaxSeriesMonths = 24

// SalarySeries returns gross and net per period for the chart: the employee's visible
// payslips with a run date in the last months calendar months (this month included),
// oldest first. Feature SALARY_CHART.
func (s *Service) SalarySeries(ctx context.Context, months int, employmentID string) ([]SalaryPoint, error) {
	v, err := s.employee(ctx, SalaryChart)
	if err != nil {
		return nil, err
	}
	if months < 1 || months > MaxSeriesMonths {
		return nil, apperr.BadRequestf("months must be between 1 and %d", MaxSeriesMonths)
	}
	today := s.today()
	from := date.New(today.Year, today.Month-time.Month(months-1), 1)
	q := s.Client.Payslip.Query().Where(payslip.PersonID(v.PersonID), payslip.RunDateGTE(from))
	if employmentID != "" {
		q.Where(payslip.EmploymentID(employmentID))
	}
	ps, err := q.Order(ent.Asc(payslip.FieldPeriodKey), ent.Asc(payslip.FieldRunDate), ent.Asc(payslip.FieldID)).
		All(s.withClock(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]SalaryPoint, len(ps))
	for i, p := range ps {
		out[i] = SalaryPoint{
			PayslipID: p.ID, EmploymentID: p.EmploymentID, PeriodType: p.PeriodType, Year: p.Year, Period: p.Period,
			Label: PeriodLabel(p.PeriodType, p.Year, p.Period), RunDate: p.RunDate, GrossCents: p.GrossCents, NetCents: p.NetCents,
		}
	}
	return out, nil
}

// AnnualStatementInput is a jaaropgave to publish.
type AnnualStatementInput struct {
	EmploymentID            string
	Year                    int
	WageForPayrollTaxCents  int64
	WithheldPayrollTaxCents int64
	LabourTaxCreditCents    int64
	ZvwWageCents            int64
	PayrollTaxCreditApplied bool
	BSN                     string
}

// PublishAnnualStatement stores the annual statement of an employment and year;
// publishing the same employment and year again replaces it. created says which.
func (s *Service) PublishAnnualStatement(ctx context.Context, in AnnualStatementInput) (st *ent.AnnualStatement, created bool, err error) {
	ctx, _, err = publisher(ctx)
	if err != nil {
		return nil, false, err
	}
	if in.Year < 2000 || in.Year > 2100 {
		return nil, false, userErr(CodeInvalidInput, "the year must be between 2000 and 2100", "year")
	}
	if in.Year > s.today().Year {
		return nil, false, userErr(CodeInvalidInput, "an annual statement cannot be for a future year", "year")
	}
	for f, c := range map[string]int64{
		"wageForPayrollTaxCents": in.WageForPayrollTaxCents, "withheldPayrollTaxCents": in.WithheldPayrollTaxCents,
		"labourTaxCreditCents": in.LabourTaxCreditCents, "zvwWageCents": in.ZvwWageCents,
	} {
		if err := checkCents(c, f); err != nil {
			return nil, false, err
		}
	}
	in.BSN = strings.ReplaceAll(strings.TrimSpace(in.BSN), ".", "")
	if !ValidBSN(in.BSN) {
		return nil, false, userErr(CodeInvalidBSN, "the BSN must be nine digits that pass the eleven-test", "bsn")
	}
	emps, err := employments(ctx, s.Client, []string{in.EmploymentID})
	if err != nil {
		return nil, false, err
	}
	e := emps[in.EmploymentID]
	if e == nil {
		return nil, false, userErr(CodeEmploymentNotFound, fmt.Sprintf("employment %s not found", in.EmploymentID), "employmentId")
	}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		old, err := c.AnnualStatement.Query().
			Where(annualstatement.EmploymentID(e.ID), annualstatement.Year(in.Year)).
			Only(ctx)
		switch {
		case ent.IsNotFound(err):
			created = true
			st, err = c.AnnualStatement.Create().
				SetProviderID(e.ProviderID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
				SetEmploymentID(e.ID).SetYear(in.Year).
				SetWageForPayrollTaxCents(in.WageForPayrollTaxCents).SetWithheldPayrollTaxCents(in.WithheldPayrollTaxCents).
				SetLabourTaxCreditCents(in.LabourTaxCreditCents).SetZvwWageCents(in.ZvwWageCents).
				SetPayrollTaxCreditApplied(in.PayrollTaxCreditApplied).SetBsn(in.BSN).
				SetCreatedAt(s.now()).SetUpdatedAt(s.now()).
				Save(ctx)
		case err != nil:
			return err
		default:
			st, err = c.AnnualStatement.UpdateOneID(old.ID).
				SetWageForPayrollTaxCents(in.WageForPayrollTaxCents).SetWithheldPayrollTaxCents(in.WithheldPayrollTaxCents).
				SetLabourTaxCreditCents(in.LabourTaxCreditCents).SetZvwWageCents(in.ZvwWageCents).
				SetPayrollTaxCreditApplied(in.PayrollTaxCreditApplied).SetBsn(in.BSN).
				SetUpdatedAt(s.now()).
				Save(ctx)
		}
		if err != nil {
			if ent.IsConstraintError(err) {
				return apperr.BadRequestf("another request published the same statement at the same time; send it again")
			}
			return fmt.Errorf("portal: annual statement: %w", err)
		}
		result := "updated"
		if created {
			result = "created"
		}
		// The BSN stays out of the trail.
		return audit.Record(ctx, c, audit.Event{
			At: s.now(), Action: ActionAnnualStatementPublished,
			ProviderID: e.ProviderID, EmployerID: e.EmployerID, PersonID: e.PersonID,
			TargetType: "AnnualStatement", TargetID: st.ID,
			Details: map[string]string{"employment": e.ID, "year": idx(in.Year), "result": result},
		})
	})
	if err != nil {
		return nil, false, err
	}
	return st.Unwrap(), created, nil
}

// PersonAnnualStatements returns a person's annual statements, newest year first;
// feature ANNUAL_STATEMENTS for the employee.
func (s *Service) PersonAnnualStatements(ctx context.Context, personID string) ([]*ent.AnnualStatement, error) {
	if err := s.RequireFeature(ctx, AnnualStatements); err != nil {
		return nil, err
	}
	return s.Client.AnnualStatement.Query().Where(annualstatement.PersonID(personID)).
		Order(ent.Desc(annualstatement.FieldYear), ent.Asc(annualstatement.FieldEmploymentID)).All(ctx)
}

// MyAnnualStatements is PersonAnnualStatements for the signed-in employee.
func (s *Service) MyAnnualStatements(ctx context.Context) ([]*ent.AnnualStatement, error) {
	v, err := s.employee(ctx, AnnualStatements)
	if err != nil {
		return nil, err
	}
	return s.PersonAnnualStatements(ctx, v.PersonID)
}

// LeaveBalanceInput is one leave balance to set, in hours.
type LeaveBalanceInput struct {
	EmploymentID   string
	Year           int
	LeaveType      leave.Category
	Entitlement    float64
	Taken, Planned float64
	Remaining      *float64 // entitlement − taken − planned when nil
	ExpiryDate     *date.Date
}

// hours checks an amount of hours and rounds it to two decimals.
func hours(h float64, nonNegative bool, field ...string) (float64, error) {
	if math.IsNaN(h) || math.IsInf(h, 0) || h > maxHours || h < -maxHours || (nonNegative && h < 0) {
		return 0, userErr(CodeInvalidInput, "the number of hours is out of range", field...)
	}
	return math.Round(h*100) / 100, nil
}

// SetLeaveBalances sets leave balances by employment, year and kind of leave, all or
// nothing. The balances are not stored: server/leave writes opening-balance entries
// that bring the ledger to the numbers sent (R28), and answers with the leave card
// computed from it.
func (s *Service) SetLeaveBalances(ctx context.Context, in []LeaveBalanceInput) ([]*leave.CardLine, error) {
	ctx, _, err := publisher(ctx)
	if err != nil {
		return nil, err
	}
	if len(in) == 0 || len(in) > MaxBatch {
		return nil, userErr(CodeInvalidInput, fmt.Sprintf("send 1 to %d balances", MaxBatch), "balances")
	}
	type key struct {
		emp string
		y   int
		t   leave.Category
	}
	seen := map[key]int{}
	ids := make([]string, len(in))
	for i := range in {
		b := &in[i]
		f := func(name string) []string { return []string{"balances", idx(i), name} }
		if b.Year < 2000 || b.Year > 2100 {
			return nil, userErr(CodeInvalidInput, "the year must be between 2000 and 2100", f("year")...)
		}
		if !b.LeaveType.Valid() {
			return nil, userErr(CodeInvalidInput, "unknown kind of leave", f("leaveType")...)
		}
		if b.Entitlement, err = hours(b.Entitlement, true, f("entitlementHours")...); err != nil {
			return nil, err
		}
		if b.Taken, err = hours(b.Taken, true, f("takenHours")...); err != nil {
			return nil, err
		}
		if b.Planned, err = hours(b.Planned, true, f("plannedHours")...); err != nil {
			return nil, err
		}
		if b.Remaining == nil {
			r := math.Round((b.Entitlement-b.Taken-b.Planned)*100) / 100
			b.Remaining = &r
		} else {
			r, err := hours(*b.Remaining, false, f("remainingHours")...)
			if err != nil {
				return nil, err
			}
			b.Remaining = &r
		}
		k := key{b.EmploymentID, b.Year, b.LeaveType}
		if j, dup := seen[k]; dup {
			return nil, userErr(CodeDuplicateInBatch, fmt.Sprintf("balance %d is for the same employment, year and kind as balance %d", i, j), "balances", idx(i))
		}
		seen[k] = i
		ids[i] = b.EmploymentID
	}
	emps, err := employments(ctx, s.Client, ids)
	if err != nil {
		return nil, err
	}
	for i, b := range in {
		if emps[b.EmploymentID] == nil {
			return nil, userErr(CodeEmploymentNotFound, fmt.Sprintf("employment %s not found", b.EmploymentID), "balances", idx(i), "employmentId")
		}
	}
	var out []*leave.CardLine
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		rows := make([]leave.OpeningBalance, len(in))
		for i, b := range in {
			rows[i] = leave.OpeningBalance{Employment: emps[b.EmploymentID], Year: b.Year, Category: b.LeaveType,
				Entitlement: leave.FromHours(b.Entitlement), Taken: leave.FromHours(b.Taken),
				Planned: leave.FromHours(b.Planned), Remaining: leave.FromHours(*b.Remaining)}
		}
		if out, err = s.leave().SetOpeningBalances(ctx, c, rows); err != nil {
			return err
		}
		events := make([]audit.Event, len(in))
		for i, b := range in {
			e := emps[b.EmploymentID]
			events[i] = audit.Event{
				At: s.now(), Action: ActionLeaveBalanceSet,
				ProviderID: e.ProviderID, EmployerID: e.EmployerID, PersonID: e.PersonID, TargetType: "LeaveBalance", TargetID: out[i].ID(),
				Details: map[string]string{"employment": e.ID, "year": idx(b.Year), "leaveType": string(b.LeaveType)},
			}
		}
		return audit.RecordMany(ctx, c, events)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// leave is the leave domain, which owns the ledger the leave card is computed from.
func (s *Service) leave() *leave.Service { return &leave.Service{Client: s.Client, Clock: s.Clock} }

// PersonLeaveBalances returns a person's leave card of year (the newest year with
// balances when nil), by employment and kind, computed from the ledger (R28); feature
// LEAVE_CARD for the employee.
func (s *Service) PersonLeaveBalances(ctx context.Context, personID string, year *int) ([]*leave.CardLine, error) {
	if err := s.RequireFeature(ctx, LeaveCard); err != nil {
		return nil, err
	}
	return s.leave().PersonCard(ctx, personID, year)
}

// MyLeaveBalances is PersonLeaveBalances for the signed-in employee.
func (s *Service) MyLeaveBalances(ctx context.Context, year *int) ([]*leave.CardLine, error) {
	v, err := s.employee(ctx, LeaveCard)
	if err != nil {
		return nil, err
	}
	return s.PersonLeaveBalances(ctx, v.PersonID, year)
}
