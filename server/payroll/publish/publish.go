// Package publish is how integrators (and staff with MANAGE_PAYROLL_DATA) write payroll
// results into the portal (R23, R24): payslips with their lines, annual statements and
// leave balances. Payslips and leave balances come in batches of up to MaxBatch, all or
// nothing, and are upserted by their natural key (upsert), so an integrator can simply
// resend a run. Every row written is an audit event in the same transaction.
package publish

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store"
)

// Service publishes payroll results.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
}

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeInvalidInput       apperr.UserCode = payroll.CodeInvalidInput
	CodeEmploymentNotFound apperr.UserCode = "EMPLOYMENT_NOT_FOUND"
	CodeDuplicateInBatch   apperr.UserCode = "DUPLICATE_IN_BATCH"
	CodeInvalidBSN         apperr.UserCode = "INVALID_BSN"
)

// Limits of the publishing mutations.
const (
	MaxBatch  = 500
	MaxLines  = 200
	maxCents  = 1_000_000_000_00
	maxHours  = 10_000
	chunkSize = 500 // rows per bulk insert
)

// Audit actions of publishing.
const (
	ActionPayslipPublished         audit.Action = "PAYSLIP_PUBLISHED"
	ActionAnnualStatementPublished audit.Action = "ANNUAL_STATEMENT_PUBLISHED"
	ActionLeaveBalanceSet          audit.Action = "LEAVE_BALANCE_SET"
)

func (s *Service) now() time.Time { return s.Clock.Now().UTC() }

func userErr(code apperr.UserCode, msg string, field ...string) error {
	return apperr.User(code, msg, field...)
}

func idx(i int) string { return strconv.Itoa(i) }

func idx64(v int64) string { return strconv.FormatInt(v, 10) }

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
	Loonstrook
}

// Loonstrook is what makes a payslip a loonstrook as art. 7:626 BW and the
// Belastingdienst describe it (R23, docs/domain.md). Every field is optional: nil is
// "not sent", stored as empty and left off the payslip.
type Loonstrook struct {
	PeriodStart, PeriodEnd                        *date.Date
	HoursPerWeek, PartTimePercentage, HoursWorked *float64
	MinimumHourlyWageCents, MinimumWageCents      *int64
	TaxTableColour                                *payslip.TaxTableColour
	TaxTablePeriod                                *payslip.TaxTablePeriod
	PayrollTaxCreditApplied                       *bool
	SVWageCents, TaxableWageCents                 *int64
	YTDGrossCents, YTDSVWageCents                 *int64
	YTDTaxableWageCents, YTDPayrollTaxCents       *int64
	YTDNetCents                                   *int64
	// BankAccount is the IBAN as sent; checkPayslip replaces it by its masked form,
	// the only form that is stored.
	BankAccount *string
}

// LineInput is one line of a payslip. Kind, Quantity and RateCents are optional.
type LineInput struct {
	Code, Description string
	AmountCents       int64
	Category          payslipline.Category
	Kind              *payslipline.Kind
	Quantity          *float64
	RateCents         *int64
}

// PublishResult is what PublishPayslips did.
type PublishResult struct {
	Payslips []*ent.Payslip // in input order, with Edges.Lines set
	Created  int
	Updated  int
}

func checkCents(v int64, field ...string) error {
	if v > maxCents || v < -maxCents {
		return userErr(CodeInvalidInput, "the amount is out of range", field...)
	}
	return nil
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
		if l.Code, err = payroll.CheckText(l.Code, 20, "the code", lf("code")...); err != nil {
			return err
		}
		if l.Description, err = payroll.CheckText(l.Description, 200, "the description", lf("description")...); err != nil {
			return err
		}
		if err := payslipline.CategoryValidator(l.Category); err != nil {
			return userErr(CodeInvalidInput, "unknown category", lf("category")...)
		}
		if err := checkCents(l.AmountCents, lf("amountCents")...); err != nil {
			return err
		}
		if err := checkLineKind(l, lf); err != nil {
			return err
		}
	}
	return checkLoonstrook(&in.Loonstrook, field)
}

// kindCategory is the category each kind of line belongs to (R23); OTHER fits any.
var kindCategory = map[payslipline.Kind]payslipline.Category{
	payslipline.KindSALARY:                     payslipline.CategoryEARNINGS,
	payslipline.KindALLOWANCE:                  payslipline.CategoryEARNINGS,
	payslipline.KindOVERTIME:                   payslipline.CategoryEARNINGS,
	payslipline.KindHOLIDAY_ALLOWANCE_PAID:     payslipline.CategoryEARNINGS,
	payslipline.KindHOLIDAY_ALLOWANCE_RESERVED: payslipline.CategoryRESERVATIONS,
	payslipline.KindPAYROLL_TAX:                payslipline.CategoryDEDUCTIONS,
	payslipline.KindPENSION_PREMIUM:            payslipline.CategoryDEDUCTIONS,
}

// Bounds of the loonstrook's numbers.
const (
	maxQuantity      = 1_000_000
	maxHoursPerWeek  = 168
	maxPartTime      = 200
	maxHoursInPeriod = 744 // 31 days of 24 hours
	maxPeriodDays    = 35
)

// checkLineKind checks the optional kind, quantity and rate of a line.
func checkLineKind(l *LineInput, lf func(string) []string) error {
	if l.Kind != nil {
		if err := payslipline.KindValidator(*l.Kind); err != nil {
			return userErr(CodeInvalidInput, "unknown kind of line", lf("kind")...)
		}
		if want, ok := kindCategory[*l.Kind]; ok && want != l.Category {
			return userErr(CodeInvalidInput, fmt.Sprintf("a %s line belongs to %s", *l.Kind, want), lf("kind")...)
		}
	}
	if l.Quantity != nil {
		q, err := bounded(*l.Quantity, -maxQuantity, maxQuantity, "the quantity", lf("quantity")...)
		if err != nil {
			return err
		}
		l.Quantity = &q
	}
	if l.RateCents != nil {
		return checkCents(*l.RateCents, lf("rateCents")...)
	}
	return nil
}

// bounded checks that v lies in [lo, hi] and rounds it to two decimals.
func bounded(v, lo, hi float64, what string, field ...string) (float64, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < lo || v > hi {
		return 0, userErr(CodeInvalidInput, fmt.Sprintf("%s must be between %g and %g", what, lo, hi), field...)
	}
	return math.Round(v*100) / 100, nil
}

// checkLoonstrook validates and normalises the optional loonstrook fields of a
// payslip; field names the payslip's fields in errors. The bank account is replaced
// by its masked form here, so the full IBAN goes no further (R23).
func checkLoonstrook(l *Loonstrook, field func(string) []string) error {
	if l.PeriodStart != nil && l.PeriodEnd != nil {
		if l.PeriodEnd.Before(*l.PeriodStart) {
			return userErr(CodeInvalidInput, "the period ends before it starts", field("periodEnd")...)
		}
		if l.PeriodStart.AddDays(maxPeriodDays).Before(*l.PeriodEnd) {
			return userErr(CodeInvalidInput, fmt.Sprintf("a pay period is at most %d days", maxPeriodDays), field("periodEnd")...)
		}
	}
	for _, f := range []struct {
		v    **float64
		hi   float64
		name string
		what string
	}{
		{&l.HoursPerWeek, maxHoursPerWeek, "hoursPerWeek", "the hours per week"},
		{&l.PartTimePercentage, maxPartTime, "partTimePercentage", "the part-time percentage"},
		{&l.HoursWorked, maxHoursInPeriod, "hoursWorked", "the hours of the period"},
	} {
		if *f.v == nil {
			continue
		}
		v, err := bounded(**f.v, 0, f.hi, f.what, field(f.name)...)
		if err != nil {
			return err
		}
		*f.v = &v
	}
	for _, f := range []struct {
		v           *int64
		name        string
		nonNegative bool
	}{
		{l.MinimumHourlyWageCents, "minimumHourlyWageCents", true},
		{l.MinimumWageCents, "minimumWageCents", true},
		{l.SVWageCents, "svWageCents", false},
		{l.TaxableWageCents, "taxableWageCents", false},
		{l.YTDGrossCents, "ytdGrossCents", false},
		{l.YTDSVWageCents, "ytdSvWageCents", false},
		{l.YTDTaxableWageCents, "ytdTaxableWageCents", false},
		{l.YTDPayrollTaxCents, "ytdPayrollTaxCents", false},
		{l.YTDNetCents, "ytdNetCents", false},
	} {
		if f.v == nil {
			continue
		}
		if f.nonNegative && *f.v < 0 {
			return userErr(CodeInvalidInput, "the amount cannot be negative", field(f.name)...)
		}
		if err := checkCents(*f.v, field(f.name)...); err != nil {
			return err
		}
	}
	if l.TaxTableColour != nil && payslip.TaxTableColourValidator(*l.TaxTableColour) != nil {
		return userErr(CodeInvalidInput, "unknown tax table colour", field("taxTableColour")...)
	}
	if l.TaxTablePeriod != nil && payslip.TaxTablePeriodValidator(*l.TaxTablePeriod) != nil {
		return userErr(CodeInvalidInput, "unknown tax table period", field("taxTablePeriod")...)
	}
	if l.BankAccount != nil {
		iban, ok := payroll.NormalIBAN(*l.BankAccount)
		if !ok {
			return userErr(CodeInvalidInput, "the bank account is not a valid IBAN", field("bankAccount")...)
		}
		masked := payroll.MaskIBAN(iban)
		l.BankAccount = &masked
	}
	return nil
}

// setLoonstrook writes the loonstrook fields of p to m. On an update (clear) a field
// that was not sent is cleared: publishing a period again replaces all of it.
func setLoonstrook(m *ent.PayslipMutation, l *Loonstrook, clear bool) {
	set := func(ok bool, setter, clearer func()) {
		switch {
		case ok:
			setter()
		case clear:
			clearer()
		}
	}
	opt := func(v *int64, setter func(int64), clearer func()) {
		set(v != nil, func() { setter(*v) }, clearer)
	}
	optF := func(v *float64, setter func(float64), clearer func()) {
		set(v != nil, func() { setter(*v) }, clearer)
	}
	set(l.PeriodStart != nil, func() { m.SetPeriodStart(*l.PeriodStart) }, m.ClearPeriodStart)
	set(l.PeriodEnd != nil, func() { m.SetPeriodEnd(*l.PeriodEnd) }, m.ClearPeriodEnd)
	optF(l.HoursPerWeek, m.SetHoursPerWeek, m.ClearHoursPerWeek)
	optF(l.PartTimePercentage, m.SetPartTimePercentage, m.ClearPartTimePercentage)
	optF(l.HoursWorked, m.SetHoursWorked, m.ClearHoursWorked)
	opt(l.MinimumHourlyWageCents, m.SetMinimumHourlyWageCents, m.ClearMinimumHourlyWageCents)
	opt(l.MinimumWageCents, m.SetMinimumWageCents, m.ClearMinimumWageCents)
	set(l.TaxTableColour != nil, func() { m.SetTaxTableColour(*l.TaxTableColour) }, m.ClearTaxTableColour)
	set(l.TaxTablePeriod != nil, func() { m.SetTaxTablePeriod(*l.TaxTablePeriod) }, m.ClearTaxTablePeriod)
	set(l.PayrollTaxCreditApplied != nil, func() { m.SetPayrollTaxCreditApplied(*l.PayrollTaxCreditApplied) }, m.ClearPayrollTaxCreditApplied)
	opt(l.SVWageCents, m.SetSvWageCents, m.ClearSvWageCents)
	opt(l.TaxableWageCents, m.SetTaxableWageCents, m.ClearTaxableWageCents)
	opt(l.YTDGrossCents, m.SetYtdGrossCents, m.ClearYtdGrossCents)
	opt(l.YTDSVWageCents, m.SetYtdSvWageCents, m.ClearYtdSvWageCents)
	opt(l.YTDTaxableWageCents, m.SetYtdTaxableWageCents, m.ClearYtdTaxableWageCents)
	opt(l.YTDPayrollTaxCents, m.SetYtdPayrollTaxCents, m.ClearYtdPayrollTaxCents)
	opt(l.YTDNetCents, m.SetYtdNetCents, m.ClearYtdNetCents)
	set(l.BankAccount != nil, func() { m.SetBankAccountMasked(*l.BankAccount) }, m.ClearBankAccountMasked)
}

// employments loads the employments of ids in the publisher's context: the privacy
// policy narrows them to its tenant, so the others are missing from the map, exactly
// like unknown IDs.
func employments(ctx context.Context, c *ent.Client, ids []string) (map[string]*ent.Employment, error) {
	out := map[string]*ent.Employment{}
	uniq := slices.Compact(slices.Sorted(slices.Values(ids)))
	for chunk := range slices.Chunk(uniq, store.AnyOfChunk) {
		es, err := c.Employment.Query().Where(predicate.Employment(store.AnyOf(employment.FieldID, chunk))).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("publish: load employments: %w", err)
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
	type key struct {
		emp  string
		t    payslip.PeriodType
		y, p int
	}
	rows, created, updated, err := upsert(ctx, s, in, batch[PayslipInput, key, ent.Payslip, *ent.PayslipCreate]{
		field: "payslips", noun: "payslip", same: "employment and period",
		race:       "another request published the same period at the same time; send the batch again",
		check:      checkPayslip,
		key:        func(p *PayslipInput) key { return key{p.EmploymentID, p.PeriodType, p.Year, p.Period} },
		employment: func(p *PayslipInput) string { return p.EmploymentID },
		existing: func(ctx context.Context, c *ent.Client, ids []string) (map[key]*ent.Payslip, error) {
			// Only the batch's years and period numbers: an employment's history would
			// otherwise be read on every run (make bench: 24 months of it cost 60% more).
			years, periods := make([]int, len(in)), make([]int, len(in))
			for i, p := range in {
				years[i], periods[i] = p.Year, p.Period
			}
			years, periods = slices.Compact(slices.Sorted(slices.Values(years))), slices.Compact(slices.Sorted(slices.Values(periods)))
			out := map[key]*ent.Payslip{}
			for chunk := range slices.Chunk(ids, store.AnyOfChunk) {
				ps, err := c.Payslip.Query().
					Where(predicate.Payslip(store.AnyOf(payslip.FieldEmploymentID, chunk)), payslip.YearIn(years...), payslip.PeriodIn(periods...)).
					All(ctx)
				if err != nil {
					return nil, err
				}
				for _, p := range ps {
					out[key{p.EmploymentID, p.PeriodType, p.Year, p.Period}] = p
				}
			}
			return out, nil
		},
		update: func(ctx context.Context, c *ent.Client, old []*ent.Payslip, in []*PayslipInput) error {
			ids := make([]string, len(old))
			us := make([]*ent.PayslipUpdate, len(old))
			for i, p := range in {
				ids[i] = old[i].ID
				// By predicate, not UpdateOne: UpdateOne reads each row back; after reads
				// the batch's updated rows back together.
				us[i] = c.Payslip.Update().Where(payslip.ID(old[i].ID)).
					SetRunDate(p.RunDate).SetVisibleFrom(*p.VisibleFrom).
					SetGrossCents(p.GrossCents).SetNetCents(p.NetCents).
					SetUpdatedAt(s.now())
				setLoonstrook(us[i].Mutation(), &p.Loonstrook, true)
			}
			// One statement per chunk on Postgres rather than one per payslip.
			if err := store.UpdateRows(ctx, c, payslip.Table, ids, us); err != nil {
				return fmt.Errorf("publish: update payslips: %w", err)
			}
			return nil
		},
		create: func(c *ent.Client, e *ent.Employment, p *PayslipInput) *ent.PayslipCreate {
			// The keys are copied from the employment the batch already read, on purpose:
			// left to store.TenantKeys, each row of a batch of 500 would look its parent up
			// again (make bench measures publishing against a bulk COPY).
			pc := c.Payslip.Create().SetID(pid.New(pid.Payslip)).
				SetProviderID(e.ProviderID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
				SetEmploymentID(e.ID).SetPeriodType(p.PeriodType).SetYear(p.Year).SetPeriod(p.Period).
				SetPeriodKey(payroll.PeriodKey(p.Year, p.Period)).
				SetRunDate(p.RunDate).SetVisibleFrom(*p.VisibleFrom).
				SetGrossCents(p.GrossCents).SetNetCents(p.NetCents).
				SetCreatedAt(s.now()).SetUpdatedAt(s.now())
			setLoonstrook(pc.Mutation(), &p.Loonstrook, false)
			return pc
		},
		save: func(ctx context.Context, c *ent.Client, cs []*ent.PayslipCreate) ([]*ent.Payslip, error) {
			return store.Insert(ctx, c, cs)
		},
		action: ActionPayslipPublished, target: "Payslip",
		details: func(e *ent.Employment, p *PayslipInput, result string) map[string]string {
			return map[string]string{
				"employment": e.ID, "periodType": string(p.PeriodType), "year": idx(p.Year), "period": idx(p.Period),
				"gross": idx64(p.GrossCents), "net": idx64(p.NetCents), "result": result,
			}
		},
		id:     func(p *ent.Payslip) string { return p.ID },
		unwrap: func(p *ent.Payslip) { p.Unwrap() },
		after: func(ctx context.Context, c *ent.Client, rows []*ent.Payslip, updated []int) error {
			if err := reread(ctx, c, rows, updated); err != nil {
				return err
			}
			return replaceLines(ctx, c, in, rows, updated)
		},
	})
	if err != nil {
		return nil, err
	}
	return &PublishResult{Payslips: rows, Created: created, Updated: updated}, nil
}

// reread replaces the updated rows (their indexes in rows) by what they hold now, in
// one statement per thousand.
func reread(ctx context.Context, c *ent.Client, rows []*ent.Payslip, updated []int) error {
	at := make(map[string]int, len(updated))
	ids := make([]string, len(updated))
	for i, j := range updated {
		ids[i] = rows[j].ID
		at[rows[j].ID] = j
	}
	for chunk := range slices.Chunk(ids, 1000) {
		ps, err := c.Payslip.Query().Where(payslip.IDIn(chunk...)).All(ctx)
		if err != nil {
			return fmt.Errorf("publish: read updated payslips: %w", err)
		}
		if len(ps) != len(chunk) {
			return fmt.Errorf("publish: read %d of %d updated payslips", len(ps), len(chunk))
		}
		for _, p := range ps {
			rows[at[p.ID]] = p
		}
	}
	return nil
}

// replaceLines gives every payslip of the batch exactly the lines of its input. An
// updated payslip whose stored lines already are its input's keeps them: integrators
// resend whole runs (R23), and deleting and writing those lines again was most of a
// resend's time (issue #12); the others lose their lines first. It sets Edges.Lines
// of rows.
func replaceLines(ctx context.Context, c *ent.Client, in []PayslipInput, rows []*ent.Payslip, updated []int) error {
	ids := make([]string, len(updated))
	for i, at := range updated {
		ids[i] = rows[at].ID
	}
	stored := make(map[string][]*ent.PayslipLine, len(updated))
	for chunk := range slices.Chunk(ids, 1000) {
		ls, err := c.PayslipLine.Query().Where(payslipline.PayslipIDIn(chunk...)).
			Order(ent.Asc(payslipline.FieldPayslipID), ent.Asc(payslipline.FieldPosition)).All(ctx)
		if err != nil {
			return fmt.Errorf("publish: read payslip lines: %w", err)
		}
		for _, l := range ls {
			stored[l.PayslipID] = append(stored[l.PayslipID], l)
		}
	}
	kept := make(map[int]bool, len(updated))
	var replaced []string
	for _, at := range updated {
		if sameLines(stored[rows[at].ID], in[at].Lines) {
			kept[at] = true
			rows[at].Edges.Lines = stored[rows[at].ID]
		} else {
			replaced = append(replaced, rows[at].ID)
		}
	}
	for chunk := range slices.Chunk(replaced, 1000) {
		if _, err := c.PayslipLine.Delete().Where(payslipline.PayslipIDIn(chunk...)).Exec(ctx); err != nil {
			return fmt.Errorf("publish: replace payslip lines: %w", err)
		}
	}
	var (
		lines []*ent.PayslipLineCreate
		of    []int // the input of each payslip whose lines are written, in order
	)
	for i, p := range in {
		if kept[i] {
			continue
		}
		of = append(of, i)
		ps := rows[i]
		for j, l := range p.Lines {
			lines = append(lines, c.PayslipLine.Create().SetID(pid.New(pid.PayslipLine)).
				SetProviderID(ps.ProviderID).SetEmployerID(ps.EmployerID).SetPersonID(ps.PersonID).
				SetPayslipID(ps.ID).SetPosition(j).SetCode(l.Code).SetDescription(l.Description).
				SetAmountCents(l.AmountCents).SetCategory(l.Category).
				SetNillableKind(l.Kind).SetNillableQuantity(l.Quantity).SetNillableRateCents(l.RateCents))
		}
	}
	written, err := store.Insert(ctx, c, lines)
	if err != nil {
		return fmt.Errorf("publish: create payslip lines: %w", err)
	}
	for _, i := range of {
		n := len(in[i].Lines)
		// Never nil, also without lines: read.PayslipLines queries for a nil edge.
		rows[i].Edges.Lines, written = append([]*ent.PayslipLine{}, written[:n]...), written[n:]
	}
	return nil
}

// sameLines reports whether the stored lines of a payslip (by position) are the lines in.
func sameLines(stored []*ent.PayslipLine, in []LineInput) bool {
	if len(stored) != len(in) {
		return false
	}
	for j, l := range in {
		s := stored[j]
		if s.Position != j || s.Code != l.Code || s.Description != l.Description || s.AmountCents != l.AmountCents ||
			s.Category != l.Category || !samePtr(s.Kind, l.Kind) || !samePtr(s.Quantity, l.Quantity) || !samePtr(s.RateCents, l.RateCents) {
			return false
		}
	}
	return true
}

func samePtr[T comparable](a, b *T) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
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
	ctx, _, err = payroll.Publisher(ctx)
	if err != nil {
		return nil, false, err
	}
	if in.Year < 2000 || in.Year > 2100 {
		return nil, false, userErr(CodeInvalidInput, "the year must be between 2000 and 2100", "year")
	}
	if in.Year > clock.Today(s.Clock).Year {
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
	if !dutch.ValidBSN(in.BSN) {
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
			return fmt.Errorf("publish: annual statement: %w", err)
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
// nothing, with the batch rules of checkBatch (size, checks, no two of the same key, the
// publisher's tenant). The balances are not stored: server/leave writes the
// opening-balance entries that bring the ledger to the numbers sent (R28), and the
// answer is the leave card computed from it.
func (s *Service) SetLeaveBalances(ctx context.Context, in []LeaveBalanceInput) ([]*leave.CardLine, error) {
	type key struct {
		emp string
		y   int
		t   leave.Category
	}
	ctx, emps, _, err := checkBatch(ctx, s, in, "balances", "balance", "employment, year and kind", checkBalance,
		func(b *LeaveBalanceInput) key { return key{b.EmploymentID, b.Year, b.LeaveType} },
		func(b *LeaveBalanceInput) string { return b.EmploymentID })
	if err != nil {
		return nil, err
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
		lv := &leave.Service{Client: s.Client, Clock: s.Clock}
		if out, err = lv.SetOpeningBalances(ctx, c, rows); err != nil {
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

// checkBalance validates and normalises one balance of a batch: hours rounded to two
// decimals, the remaining hours computed when not given.
func checkBalance(i int, b *LeaveBalanceInput) error {
	f := func(name string) []string { return []string{"balances", idx(i), name} }
	if b.Year < 2000 || b.Year > 2100 {
		return userErr(CodeInvalidInput, "the year must be between 2000 and 2100", f("year")...)
	}
	if !b.LeaveType.Valid() {
		return userErr(CodeInvalidInput, "unknown kind of leave", f("leaveType")...)
	}
	var err error
	if b.Entitlement, err = hours(b.Entitlement, true, f("entitlementHours")...); err != nil {
		return err
	}
	if b.Taken, err = hours(b.Taken, true, f("takenHours")...); err != nil {
		return err
	}
	if b.Planned, err = hours(b.Planned, true, f("plannedHours")...); err != nil {
		return err
	}
	if b.Remaining == nil {
		r := math.Round((b.Entitlement-b.Taken-b.Planned)*100) / 100
		b.Remaining = &r
	} else {
		r, err := hours(*b.Remaining, false, f("remainingHours")...)
		if err != nil {
			return err
		}
		b.Remaining = &r
	}
	return nil
}
