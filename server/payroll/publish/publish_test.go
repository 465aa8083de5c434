package publish_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// Publishing the same batch twice gives the same rows with the new amounts and lines;
// nothing is duplicated.
func TestPublishPayslipsIsIdempotent(t *testing.T) {
	f := testworld.NewPortal(t)
	batch := []publish.PayslipInput{testworld.Slip(f.Ann, 2026, 9, 300_000), testworld.Slip(f.Ann, 2026, 10, 300_000), testworld.Slip(f.Bob, 2026, 10, 410_000)}
	first := f.Publish(f.StaffA1, slices.Clone(batch)...)
	if first.Created != 3 || first.Updated != 0 {
		t.Fatalf("first publish: created %d, updated %d", first.Created, first.Updated)
	}
	counts := func() (int, int) {
		return f.C.Payslip.Query().CountX(f.Sys), f.C.PayslipLine.Query().CountX(f.Sys)
	}
	p1, l1 := counts()
	if p1 != 3 || l1 != 18 {
		t.Fatalf("after the first publish: %d payslips, %d lines", p1, l1)
	}

	lineIDs := func(payslipID string) []string {
		var ids []string
		for _, l := range f.C.PayslipLine.Query().Where(payslipline.PayslipID(payslipID)).Order(ent.Asc(payslipline.FieldPosition)).AllX(f.Sys) {
			ids = append(ids, l.ID)
		}
		return ids
	}
	before := [][]string{lineIDs(first.Payslips[0].ID), lineIDs(first.Payslips[1].ID), lineIDs(first.Payslips[2].ID)}

	// The same batch again, as an integrator, with a correction on one payslip.
	batch[1] = testworld.Slip(f.Ann, 2026, 10, 325_000)
	batch[1].Lines = batch[1].Lines[:3]
	second := f.Publish(f.ProviderP1, slices.Clone(batch)...)
	if second.Created != 0 || second.Updated != 3 {
		t.Fatalf("second publish: created %d, updated %d", second.Created, second.Updated)
	}
	for i := range batch {
		if first.Payslips[i].ID != second.Payslips[i].ID {
			t.Errorf("payslip %d got a new ID: %s → %s", i, first.Payslips[i].ID, second.Payslips[i].ID)
		}
	}
	p2, l2 := counts()
	if p2 != 3 || l2 != 18-3 {
		t.Errorf("after the second publish: %d payslips, %d lines; want 3 and 15", p2, l2)
	}
	got := f.C.Payslip.GetX(f.Sys, first.Payslips[1].ID)
	if got.GrossCents != 325_000 || got.NetCents != batch[1].NetCents {
		t.Errorf("corrected payslip: gross %d, net %d", got.GrossCents, got.NetCents)
	}
	lines := testworld.Must[[]*ent.PayslipLine](t)(f.Payroll.PayslipLines(f.StaffA1, got))
	if len(lines) != 3 || lines[0].AmountCents != 315_000 || lines[2].Description != "Loonheffing" {
		t.Errorf("corrected lines: %v", lines)
	}
	// The payslips sent again unchanged keep their lines; the corrected one has new ones.
	// Either way the answer has the lines of the input.
	for i := range batch {
		after := lineIDs(first.Payslips[i].ID)
		if kept := slices.Equal(after, before[i]); kept != (i != 1) {
			t.Errorf("payslip %d: lines %v before, %v after", i, before[i], after)
		}
		if ls := second.Payslips[i].Edges.Lines; len(ls) != len(batch[i].Lines) || ls[0].AmountCents != batch[i].Lines[0].AmountCents {
			t.Errorf("payslip %d: the answer has lines %v", i, ls)
		}
	}
	// Each publish of each payslip is in the trail.
	if n := f.C.AuditEvent.Query().Where(auditevent.Action(string(publish.ActionPayslipPublished))).CountX(f.Sys); n != 6 {
		t.Errorf("%d PAYSLIP_PUBLISHED events, want 6", n)
	}
}

func TestPublishPayslipsRefusals(t *testing.T) {
	f := testworld.NewPortal(t)
	good := testworld.Slip(f.Ann, 2026, 10, 300_000)
	mod := func(fn func(*publish.PayslipInput)) publish.PayslipInput {
		p := testworld.Slip(f.Ann, 2026, 10, 300_000)
		fn(&p)
		return p
	}
	for _, tc := range []struct {
		name  string
		ctx   context.Context
		batch []publish.PayslipInput
		code  apperr.UserCode
		field []string
	}{
		{"month 13", f.StaffA1, []publish.PayslipInput{good, mod(func(p *publish.PayslipInput) { p.Period = 13 })}, publish.CodeInvalidInput, []string{"payslips", "1", "period"}},
		{"four weeks 14", f.StaffA1, []publish.PayslipInput{mod(func(p *publish.PayslipInput) { p.PeriodType = payslip.PeriodTypeFOUR_WEEKS; p.Period = 14 })}, publish.CodeInvalidInput, []string{"payslips", "0", "period"}},
		{"twice in a batch", f.StaffA1, []publish.PayslipInput{good, good}, publish.CodeDuplicateInBatch, []string{"payslips", "1"}},
		{"empty line code", f.StaffA1, []publish.PayslipInput{mod(func(p *publish.PayslipInput) { p.Lines[2].Code = " " })}, publish.CodeInvalidInput, []string{"payslips", "0", "lines", "2", "code"}},
		{"unknown employment", f.StaffA1, []publish.PayslipInput{mod(func(p *publish.PayslipInput) { p.EmploymentID = "dvb_01JZZZZZZZZZZZZZZZZZZZZZZZ" })}, publish.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"another employer's employment", f.StaffA2, []publish.PayslipInput{good}, publish.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"another provider's employment", f.ProviderP2, []publish.PayslipInput{good}, publish.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"empty batch", f.StaffA1, nil, publish.CodeInvalidInput, []string{"payslips"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Publisher.PublishPayslips(tc.ctx, tc.batch)
			testworld.WantUserError(t, err, tc.code, tc.field...)
		})
	}
	_, err := f.Publisher.PublishPayslips(f.NoManageA1, []publish.PayslipInput{good})
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.Publisher.PublishPayslips(f.Ann.Ctx(), []publish.PayslipInput{good})
	testworld.WantCode(t, err, apperr.Forbidden)
	if n := f.C.Payslip.Query().CountX(f.Sys); n != 0 {
		t.Errorf("refused batches wrote %d payslips", n)
	}
	// Publishing needs MANAGE_PAYROLL_DATA, not VIEW_EMPLOYEES; reading needs it.
	if _, err := f.Publisher.PublishPayslips(f.NoViewA1, []publish.PayslipInput{good}); err != nil {
		t.Errorf("publish without VIEW_EMPLOYEES: %v", err)
	}
	q := testworld.Must[*ent.PayslipQuery](t)(f.Payroll.PersonPayslips(f.NoViewA1, f.Ann.P.ID, ""))
	if _, err := q.All(f.NoViewA1); err == nil {
		t.Error("reading payslips without VIEW_EMPLOYEES succeeded")
	}
}

func TestPublishAnnualStatement(t *testing.T) {
	f := testworld.NewPortal(t)
	in := publish.AnnualStatementInput{
		EmploymentID: f.Ann.Job.ID, Year: 2025, WageForPayrollTaxCents: 4_200_000, WithheldPayrollTaxCents: 980_000,
		LabourTaxCreditCents: 520_000, ZvwWageCents: 4_200_000, PayrollTaxCreditApplied: true, BSN: "111222333",
	}
	st, created, err := f.Publisher.PublishAnnualStatement(f.ProviderP1, in)
	if err != nil || !created || st.Bsn != "111222333" || st.PersonID != f.Ann.P.ID {
		t.Fatalf("publish: %+v created=%v err=%v", st, created, err)
	}
	in.WithheldPayrollTaxCents = 990_000
	st2, created, err := f.Publisher.PublishAnnualStatement(f.StaffA1, in)
	if err != nil || created || st2.ID != st.ID || st2.WithheldPayrollTaxCents != 990_000 {
		t.Fatalf("republish: %+v created=%v err=%v", st2, created, err)
	}
	bad := in
	bad.BSN = "123456789" // fails the eleven-test
	_, _, err = f.Publisher.PublishAnnualStatement(f.StaffA1, bad)
	testworld.WantUserError(t, err, publish.CodeInvalidBSN, "bsn")
	bad = in
	bad.Year = 2027
	_, _, err = f.Publisher.PublishAnnualStatement(f.StaffA1, bad)
	testworld.WantUserError(t, err, publish.CodeInvalidInput, "year")
	_, _, err = f.Publisher.PublishAnnualStatement(f.StaffA2, in)
	testworld.WantUserError(t, err, publish.CodeEmploymentNotFound, "employmentId")
	if n := f.C.AnnualStatement.Query().CountX(f.Sys); n != 1 {
		t.Errorf("%d annual statements", n)
	}
	// The employee sees it; a colleague does not.
	if got := testworld.Must[[]*ent.AnnualStatement](t)(f.Payroll.MyAnnualStatements(f.Ann.Ctx())); len(got) != 1 {
		t.Errorf("Ann sees %d annual statements", len(got))
	}
	if got := testworld.Must[[]*ent.AnnualStatement](t)(f.Payroll.PersonAnnualStatements(f.Bob.Ctx(), f.Ann.P.ID)); len(got) != 0 {
		t.Errorf("Bob sees %d of Ann's annual statements", len(got))
	}
}

func TestSetLeaveBalances(t *testing.T) {
	f := testworld.NewPortal(t)
	exp := date.New(2027, 7, 1)
	in := []publish.LeaveBalanceInput{
		{EmploymentID: f.Ann.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 152, Taken: 60.8, Planned: 15.2, ExpiryDate: &exp},
		{EmploymentID: f.Ann.Job.ID, Year: 2026, LeaveType: leave.ExtraStatutory, Entitlement: 38, Taken: 0, Planned: 0},
	}
	got := testworld.Must[[]*leave.CardLine](t)(f.Publisher.SetLeaveBalances(f.StaffA1, slices.Clone(in)))
	if len(got) != 2 || got[0].RemainingHours() != 76 || got[1].RemainingHours() != 38 {
		t.Fatalf("balances: %+v", got)
	}
	in[0].Taken = 68.4
	again := testworld.Must[[]*leave.CardLine](t)(f.Publisher.SetLeaveBalances(f.ProviderP1, slices.Clone(in)))
	if again[0].ID() != got[0].ID() || again[0].RemainingHours() != 68.4 {
		t.Errorf("update: %+v", again[0])
	}
	// R28: nothing stores a total; the card is the ledger's, and setting the same
	// numbers again writes nothing.
	if n := len(testworld.Must[[]*leave.CardLine](t)(f.Payroll.PersonLeaveBalances(f.StaffA1, f.Ann.P.ID, nil))); n != 2 {
		t.Errorf("%d balances after setting twice", n)
	}
	entries := f.C.LeaveEntry.Query().CountX(f.Sys)
	testworld.Must[[]*leave.CardLine](t)(f.Publisher.SetLeaveBalances(f.ProviderP1, slices.Clone(in)))
	if n := f.C.LeaveEntry.Query().CountX(f.Sys); n != entries {
		t.Errorf("setting the same balances again wrote %d ledger entries", n-entries)
	}
	dup := []publish.LeaveBalanceInput{in[0], in[0]}
	_, err := f.Publisher.SetLeaveBalances(f.StaffA1, dup)
	testworld.WantUserError(t, err, publish.CodeDuplicateInBatch, "balances", "1")
	neg := slices.Clone(in)
	neg[1].Taken = -1
	_, err = f.Publisher.SetLeaveBalances(f.StaffA1, neg)
	testworld.WantUserError(t, err, publish.CodeInvalidInput, "balances", "1", "takenHours")

	mine := testworld.Must[[]*leave.CardLine](t)(f.Payroll.MyLeaveBalances(f.Ann.Ctx(), nil))
	if len(mine) != 2 || mine[0].LeaveType() != leave.Statutory || mine[0].EntitlementHours() != 152 || mine[0].TakenHours() != 68.4 ||
		mine[0].PlannedHours() != 15.2 || mine[0].ExpiryDate() == nil || *mine[0].ExpiryDate() != exp {
		t.Errorf("Ann's leave card: %v", mine)
	}
	if other := testworld.Must[[]*leave.CardLine](t)(f.Payroll.PersonLeaveBalances(f.Bob.Ctx(), f.Ann.P.ID, nil)); len(other) != 0 {
		t.Errorf("Bob sees Ann's leave balances")
	}
}

// Leave balances go through the same batch upsert as payslips (R23): the batch's
// bounds, another tenant's employment, all or nothing, one audit event per balance
// with its card line; sending it again keeps the line.
func TestSetLeaveBalancesSharesTheBatchRules(t *testing.T) {
	f := testworld.NewPortal(t)
	exp := date.New(2027, 7, 1)
	ann := publish.LeaveBalanceInput{EmploymentID: f.Ann.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 152, ExpiryDate: &exp}
	gijs := publish.LeaveBalanceInput{EmploymentID: f.Gijs.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 144}

	_, err := f.Publisher.SetLeaveBalances(f.StaffA1, nil)
	testworld.WantUserError(t, err, publish.CodeInvalidInput, "balances")
	_, err = f.Publisher.SetLeaveBalances(f.StaffA1, make([]publish.LeaveBalanceInput, publish.MaxBatch+1))
	testworld.WantUserError(t, err, publish.CodeInvalidInput, "balances")
	// Gijs is of provider B: for A1's staff his employment does not exist, and Ann's
	// balance before it is not written either.
	_, err = f.Publisher.SetLeaveBalances(f.StaffA1, []publish.LeaveBalanceInput{ann, gijs})
	testworld.WantUserError(t, err, publish.CodeEmploymentNotFound, "balances", "1", "employmentId")
	if n := f.C.LeaveEntry.Query().CountX(f.Sys); n != 0 {
		t.Fatalf("a refused batch wrote %d ledger entries", n)
	}
	_, err = f.Publisher.SetLeaveBalances(f.Ann.Ctx(), []publish.LeaveBalanceInput{ann})
	testworld.WantCode(t, err, apperr.Forbidden)

	first := testworld.Must[[]*leave.CardLine](t)(f.Publisher.SetLeaveBalances(f.ProviderP1, []publish.LeaveBalanceInput{ann}))
	// The statutory hours of 2026 expire on 1 July 2027 (R29), whatever was sent.
	if first[0].ExpiryDate() == nil || *first[0].ExpiryDate() != exp || first[0].RemainingHours() != 152 {
		t.Fatalf("created: %+v", first[0])
	}
	again := testworld.Must[[]*leave.CardLine](t)(f.Publisher.SetLeaveBalances(f.ProviderP1, []publish.LeaveBalanceInput{ann}))
	if again[0].ID() != first[0].ID() || again[0].RemainingHours() != 152 {
		t.Errorf("sent again: %+v", again[0])
	}
	events := f.C.AuditEvent.Query().Where(auditevent.Action(string(publish.ActionLeaveBalanceSet))).AllX(f.Sys)
	if len(events) != 2 {
		t.Fatalf("%d LEAVE_BALANCE_SET events, want 2", len(events))
	}
	for _, e := range events {
		if e.TargetID != first[0].ID() || e.PersonID == nil || *e.PersonID != f.Ann.P.ID {
			t.Errorf("event %+v: want balance %s of Ann", e, first[0].ID())
		}
	}
}

// R23: a complete loonstrook round-trips through publishing — hours, minimum wage, the
// kind, quantity and rate of lines, the fiscal data, the year-to-date totals — and the
// bank account is stored only masked. Publishing the period again as an old
// integration (without the new fields) clears them: a republish replaces the payslip.
func TestPublishLoonstrookRoundTrip(t *testing.T) {
	f := testworld.NewPortal(t)
	in := testworld.FullSlip(f.Ann, 2026, 10, 345_678)
	res := f.Publish(f.StaffA1, in)
	got := f.C.Payslip.Query().Where(payslip.ID(res.Payslips[0].ID)).WithLines().OnlyX(f.Sys)
	l := in.Loonstrook
	eqF := func(name string, a, b *float64) {
		if a == nil || b == nil || *a != *b {
			t.Errorf("%s: stored %v, sent %v", name, a, b)
		}
	}
	eqC := func(name string, a, b *int64) {
		if a == nil || b == nil || *a != *b {
			t.Errorf("%s: stored %v, sent %v", name, a, b)
		}
	}
	if got.PeriodStart == nil || *got.PeriodStart != date.New(2026, 10, 1) || got.PeriodEnd == nil || *got.PeriodEnd != date.New(2026, 10, 31) {
		t.Errorf("period: %v – %v", got.PeriodStart, got.PeriodEnd)
	}
	eqF("hoursPerWeek", got.HoursPerWeek, l.HoursPerWeek)
	eqF("partTimePercentage", got.PartTimePercentage, l.PartTimePercentage)
	eqF("hoursWorked", got.HoursWorked, l.HoursWorked)
	eqC("minimumHourlyWage", got.MinimumHourlyWageCents, l.MinimumHourlyWageCents)
	eqC("minimumWage", got.MinimumWageCents, l.MinimumWageCents)
	eqC("svWage", got.SvWageCents, l.SVWageCents)
	eqC("taxableWage", got.TaxableWageCents, l.TaxableWageCents)
	eqC("ytdGross", got.YtdGrossCents, l.YTDGrossCents)
	eqC("ytdSvWage", got.YtdSvWageCents, l.YTDSVWageCents)
	eqC("ytdTaxableWage", got.YtdTaxableWageCents, l.YTDTaxableWageCents)
	eqC("ytdPayrollTax", got.YtdPayrollTaxCents, l.YTDPayrollTaxCents)
	eqC("ytdNet", got.YtdNetCents, l.YTDNetCents)
	if got.TaxTableColour == nil || *got.TaxTableColour != payslip.TaxTableColourWHITE ||
		got.TaxTablePeriod == nil || *got.TaxTablePeriod != payslip.TaxTablePeriodMONTH ||
		got.PayrollTaxCreditApplied == nil || !*got.PayrollTaxCreditApplied {
		t.Errorf("table %v %v, loonheffingskorting %v", got.TaxTableColour, got.TaxTablePeriod, got.PayrollTaxCreditApplied)
	}
	if got.BankAccountMasked == nil || *got.BankAccountMasked != "NL** **** **** **43 00" {
		t.Errorf("bank account stored as %v", got.BankAccountMasked)
	}
	lines := testworld.Must[[]*ent.PayslipLine](t)(f.Payroll.PayslipLines(f.StaffA1, got))
	if k := lines[0].Kind; k == nil || *k != payslipline.KindSALARY || lines[0].Quantity == nil || *lines[0].Quantity != 138.67 ||
		lines[0].RateCents == nil || *lines[0].RateCents != *in.Lines[0].RateCents {
		t.Errorf("salary line: kind %v quantity %v rate %v", lines[0].Kind, lines[0].Quantity, lines[0].RateCents)
	}
	if k := lines[2].Kind; k == nil || *k != payslipline.KindPAYROLL_TAX || lines[2].Quantity != nil {
		t.Errorf("payroll tax line: kind %v quantity %v", lines[2].Kind, lines[2].Quantity)
	}
	// The full IBAN is nowhere: not in the row, not in the trail.
	for _, e := range f.C.AuditEvent.Query().AllX(f.Sys) {
		for k, v := range e.Details {
			if strings.Contains(v, "0417") || strings.Contains(k, "bank") {
				t.Errorf("audit event %s holds the bank account: %s=%s", e.Action, k, v)
			}
		}
	}

	// An old integration republishes the period: the new fields are cleared.
	again := f.Publish(f.ProviderP1, testworld.Slip(f.Ann, 2026, 10, 345_678))
	if again.Updated != 1 || again.Payslips[0].ID != got.ID {
		t.Fatalf("republish: %+v", again)
	}
	old := f.C.Payslip.Query().Where(payslip.ID(got.ID)).WithLines().OnlyX(f.Sys)
	if old.HoursPerWeek != nil || old.BankAccountMasked != nil || old.YtdNetCents != nil || old.TaxTableColour != nil ||
		old.PayrollTaxCreditApplied != nil || old.PeriodStart != nil || old.MinimumWageCents != nil {
		t.Errorf("republished without the loonstrook fields, they stayed: %+v", old)
	}
	for _, l := range old.Edges.Lines {
		if l.Kind != nil || l.Quantity != nil || l.RateCents != nil {
			t.Errorf("line %s kept kind %v quantity %v rate %v", l.Code, l.Kind, l.Quantity, l.RateCents)
		}
	}
}

// R23: bad loonstrook fields are INVALID_INPUT on their own field path, and nothing is
// written. A refused bank account is not echoed back.
func TestPublishLoonstrookRefusals(t *testing.T) {
	f := testworld.NewPortal(t)
	mod := func(fn func(*publish.PayslipInput)) []publish.PayslipInput {
		good := testworld.FullSlip(f.Bob, 2026, 9, 300_000)
		p := testworld.FullSlip(f.Ann, 2026, 10, 300_000)
		fn(&p)
		return []publish.PayslipInput{good, p}
	}
	f64 := func(v float64) *float64 { return &v }
	i64 := func(v int64) *int64 { return &v }
	for _, tc := range []struct {
		name  string
		batch []publish.PayslipInput
		field []string
	}{
		{"salary kind on a deduction", mod(func(p *publish.PayslipInput) {
			k := payslipline.KindSALARY
			p.Lines[2].Kind = &k
		}), []string{"payslips", "1", "lines", "2", "kind"}},
		{"unknown kind", mod(func(p *publish.PayslipInput) {
			k := payslipline.Kind("BONUS")
			p.Lines[0].Kind = &k
		}), []string{"payslips", "1", "lines", "0", "kind"}},
		{"quantity out of range", mod(func(p *publish.PayslipInput) { p.Lines[0].Quantity = f64(2e6) }), []string{"payslips", "1", "lines", "0", "quantity"}},
		{"rate out of range", mod(func(p *publish.PayslipInput) { p.Lines[0].RateCents = i64(1 << 50) }), []string{"payslips", "1", "lines", "0", "rateCents"}},
		{"period ends before it starts", mod(func(p *publish.PayslipInput) {
			d := p.PeriodStart.AddDays(-1)
			p.PeriodEnd = &d
		}), []string{"payslips", "1", "periodEnd"}},
		{"period of 40 days", mod(func(p *publish.PayslipInput) {
			d := p.PeriodStart.AddDays(40)
			p.PeriodEnd = &d
		}), []string{"payslips", "1", "periodEnd"}},
		{"200 hours a week", mod(func(p *publish.PayslipInput) { p.HoursPerWeek = f64(200) }), []string{"payslips", "1", "hoursPerWeek"}},
		{"negative part-time factor", mod(func(p *publish.PayslipInput) { p.PartTimePercentage = f64(-1) }), []string{"payslips", "1", "partTimePercentage"}},
		{"hours worked NaN", mod(func(p *publish.PayslipInput) { p.HoursWorked = f64(math.NaN()) }), []string{"payslips", "1", "hoursWorked"}},
		{"negative minimum wage", mod(func(p *publish.PayslipInput) { p.MinimumWageCents = i64(-1) }), []string{"payslips", "1", "minimumWageCents"}},
		{"year-to-date net out of range", mod(func(p *publish.PayslipInput) { p.YTDNetCents = i64(-1 << 50) }), []string{"payslips", "1", "ytdNetCents"}},
		{"blue table", mod(func(p *publish.PayslipInput) {
			c := payslip.TaxTableColour("BLUE")
			p.TaxTableColour = &c
		}), []string{"payslips", "1", "taxTableColour"}},
		{"weekly table", mod(func(p *publish.PayslipInput) {
			c := payslip.TaxTablePeriod("WEEK")
			p.TaxTablePeriod = &c
		}), []string{"payslips", "1", "taxTablePeriod"}},
		{"bad IBAN", mod(func(p *publish.PayslipInput) {
			s := "NL91ABNA0417164301"
			p.BankAccount = &s
		}), []string{"payslips", "1", "bankAccount"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Publisher.PublishPayslips(f.StaffA1, tc.batch)
			testworld.WantUserError(t, err, publish.CodeInvalidInput, tc.field...)
			if err != nil && strings.Contains(err.Error(), "0417") {
				t.Errorf("the error echoes the bank account: %v", err)
			}
		})
	}
	if n := f.C.Payslip.Query().CountX(f.Sys); n != 0 {
		t.Errorf("refused batches wrote %d payslips", n)
	}
}
