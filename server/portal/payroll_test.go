package portal_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/portal"
	"github.com/werkportaal/werkportaal/server/product"
)

func TestFeaturesOf(t *testing.T) {
	start := []portal.Feature{portal.SalaryChart, portal.Payslips, portal.AnnualStatements}
	for _, tc := range []struct {
		codes []string
		want  []portal.Feature
	}{
		{nil, []portal.Feature{}},
		// Functionalities without MijnLoket itself open nothing.
		{[]string{product.CodeDocuments, product.CodeLeaveCard}, []portal.Feature{}},
		{[]string{product.CodeMijnLoket}, start},
		{[]string{product.CodeMijnLoket, product.CodeDocuments}, append(slices.Clone(start), portal.Documents)},
		// Plus: Verlofaanvragen brings leave requests (issue 14, R30), but no leave card.
		{[]string{product.CodeMijnLoket, product.CodeLeaveRequests}, append(slices.Clone(start), portal.LeaveRequests)},
		{[]string{product.CodeMijnLoket, product.CodePersonalDataEdit}, append(slices.Clone(start), portal.PersonalData)},
		{[]string{product.CodeMijnLoket, product.CodeAbsenceReporting, product.CodeLeaveCard},
			append(slices.Clone(start), portal.LeaveCard, portal.AbsenceReporting)},
		{allFeatures, portal.AllFeatures},
	} {
		if got := portal.FeaturesOf(tc.codes); !slices.Equal(got, tc.want) {
			t.Errorf("FeaturesOf(%v) = %v, want %v", tc.codes, got, tc.want)
		}
	}
}

// R20, R22: an employee's query for a feature the employer has not activated answers
// FEATURE_NOT_ACTIVE; Start features come with MijnLoket; staff are not gated.
func TestGatingPerFeature(t *testing.T) {
	f := newFixture(t)
	f.publish(f.providerP1, slip(f.ann, 2026, 10, 300_000), slip(f.eva, 2026, 10, 300_000), slip(f.fien, 2026, 10, 300_000))
	year := 2026
	reads := map[portal.Feature]func(ctx context.Context) error{
		portal.Payslips: func(ctx context.Context) error {
			q, err := f.svc.MyPayslips(ctx, "")
			if err == nil {
				_, err = q.All(ctx)
			}
			return err
		},
		portal.SalaryChart: func(ctx context.Context) error { _, err := f.svc.SalarySeries(ctx, 24, ""); return err },
		portal.AnnualStatements: func(ctx context.Context) error {
			_, err := f.svc.MyAnnualStatements(ctx)
			return err
		},
		portal.Documents: func(ctx context.Context) error {
			q, err := f.svc.MyDocuments(ctx)
			if err == nil {
				_, err = q.All(ctx)
			}
			return err
		},
		portal.LeaveCard:        func(ctx context.Context) error { _, err := f.svc.MyLeaveBalances(ctx, &year); return err },
		portal.PersonalData:     func(ctx context.Context) error { _, err := f.svc.MyPersonalData(ctx); return err },
		portal.AbsenceReporting: func(ctx context.Context) error { _, err := f.svc.MySickReports(ctx); return err },
	}
	writes := map[portal.Feature]func(ctx context.Context) error{
		portal.AbsenceReporting: func(ctx context.Context) error {
			_, err := f.svc.ReportSick(ctx, date.New(2026, 11, 24), nil)
			return err
		},
		portal.Documents: func(ctx context.Context) error { _, err := f.svc.SetDocumentNotifications(ctx, true); return err },
	}
	for _, tc := range []struct {
		who  string
		m    member
		want []portal.Feature
	}{
		{"A1 (everything)", f.ann, portal.AllFeatures},
		{"A2 (Start)", f.eva, []portal.Feature{portal.SalaryChart, portal.Payslips, portal.AnnualStatements}},
		{"A3 (no MijnLoket)", f.fien, []portal.Feature{}},
	} {
		ctx := tc.m.ctx()
		got := must[[]portal.Feature](t)(f.svc.Features(ctx))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: features %v, want %v", tc.who, got, tc.want)
		}
		for feat, read := range reads {
			err := read(ctx)
			if slices.Contains(tc.want, feat) {
				if err != nil {
					t.Errorf("%s: %s: %v", tc.who, feat, err)
				}
			} else if apperr.CodeOf(err) != apperr.FeatureNotActive {
				t.Errorf("%s: %s: want FEATURE_NOT_ACTIVE, got %v", tc.who, feat, err)
			}
			// Node-style access by prefix is gated the same way.
			if err := f.svc.RequireFeature(ctx, feat); slices.Contains(tc.want, feat) != (err == nil) {
				t.Errorf("%s: RequireFeature(%s) = %v", tc.who, feat, err)
			}
		}
		for feat, write := range writes {
			if err := write(ctx); !slices.Contains(tc.want, feat) && apperr.CodeOf(err) != apperr.FeatureNotActive {
				t.Errorf("%s: write %s: want FEATURE_NOT_ACTIVE, got %v", tc.who, feat, err)
			}
		}
	}
	// A failed sick report of A3 wrote nothing; A1's went through.
	if n := f.c.SickReport.Query().CountX(f.sys); n != 1 {
		t.Errorf("%d sick reports, want only A1's", n)
	}
	// Staff see what was published whatever the products: A3 has no MijnLoket.
	q := must[*ent.PayslipQuery](t)(f.svc.PersonPayslips(f.providerP1, f.fien.p.ID, ""))
	if n := len(must[[]*ent.Payslip](t)(q.All(f.providerP1))); n != 1 {
		t.Errorf("staff see %d of Fien's payslips, want 1", n)
	}
	// The PDF download is gated too.
	p := f.c.Payslip.Query().Where(payslip.PersonID(f.fien.p.ID)).OnlyX(f.sys)
	if _, err := f.svc.PayslipPDF(f.fien.ctx(), p.ID); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("Fien's payslip PDF: want FEATURE_NOT_ACTIVE, got %v", err)
	}
	// Prefix gating for node(id:).
	for prefix, feat := range map[string]portal.Feature{"lst": portal.Payslips, "jop": portal.AnnualStatements,
		"vlb": portal.LeaveCard, "doc": portal.Documents, "zkm": portal.AbsenceReporting} {
		if got, ok := portal.FeatureOfPrefix(prefix); !ok || got != feat {
			t.Errorf("FeatureOfPrefix(%s) = %s", prefix, got)
		}
	}
	if _, ok := portal.FeatureOfPrefix("per"); ok {
		t.Error("persons are gated")
	}
	// The gate by object ID that node(id:) asks (R22): Fien's employer has no MijnLoket.
	if err := f.svc.RequireFeatureOfObject(f.fien.ctx(), p.ID); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("Fien's payslip by ID: want FEATURE_NOT_ACTIVE, got %v", err)
	}
	if err := f.svc.RequireFeatureOfObject(f.fien.ctx(), f.fien.p.ID); err != nil {
		t.Errorf("Fien's person by ID is not gated, got %v", err)
	}
	if err := f.svc.RequireFeatureOfObject(f.providerP1, p.ID); err != nil {
		t.Errorf("staff are not gated, got %v", err)
	}
	ap := f.c.Payslip.Query().Where(payslip.PersonID(f.ann.p.ID)).FirstX(f.sys)
	if err := f.svc.RequireFeatureOfObject(f.ann.ctx(), ap.ID); err != nil {
		t.Errorf("Ann's payslip by ID (every feature): %v", err)
	}
}

// A payslip becomes visible to the employee on its visible-from date, decided by the
// injected clock in Dutch time; staff see it at once.
func TestPayslipVisibleFromByClock(t *testing.T) {
	f := newFixture(t)
	in := slip(f.ann, 2026, 12, 310_000)
	vis := date.New(2026, 12, 23)
	in.VisibleFrom = &vis
	id := f.publish(f.staffA1, in).Payslips[0].ID

	count := func() int {
		q := must[*ent.PayslipQuery](t)(f.svc.MyPayslips(f.ann.ctx(), ""))
		return len(must[[]*ent.Payslip](t)(q.All(clockCtx(f, f.ann.ctx()))))
	}
	lines := func() int {
		return f.c.PayslipLine.Query().Where(payslipline.PayslipID(id)).CountX(clockCtx(f, f.ann.ctx()))
	}
	series := func() int { return len(must[[]portal.SalaryPoint](t)(f.svc.SalarySeries(f.ann.ctx(), 24, ""))) }

	for _, at := range []time.Time{
		t0,
		time.Date(2026, 12, 22, 22, 59, 0, 0, time.UTC), // 23:59 on the 22nd in Amsterdam
	} {
		f.clk.Set(at)
		if n := count(); n != 0 {
			t.Errorf("at %s the employee sees %d payslips, want 0", at, n)
		}
		if n := lines(); n != 0 {
			t.Errorf("at %s the employee sees %d payslip lines, want 0", at, n)
		}
		if n := series(); n != 0 {
			t.Errorf("at %s the salary chart has %d points", at, n)
		}
		if _, err := f.svc.PayslipPDF(f.ann.ctx(), id); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("at %s the PDF: want NOT_FOUND, got %v", at, err)
		}
		// Staff see it before.
		if _, err := f.svc.PayslipPDF(f.staffA1, id); err != nil {
			t.Errorf("staff PDF before visible: %v", err)
		}
	}
	f.clk.Set(time.Date(2026, 12, 22, 23, 0, 0, 0, time.UTC)) // midnight in Amsterdam: the 23rd
	if n := count(); n != 1 {
		t.Errorf("on the visible-from date the employee sees %d payslips, want 1", n)
	}
	if n := lines(); n != 6 {
		t.Errorf("on the visible-from date the employee sees %d lines, want 6", n)
	}
	if n := series(); n != 1 {
		t.Errorf("salary chart has %d points, want 1", n)
	}
	if _, err := f.svc.PayslipPDF(f.ann.ctx(), id); err != nil {
		t.Errorf("PDF on the visible-from date: %v", err)
	}
}

// clockCtx carries the fixture's clock, as the app's middleware does for every request.
func clockCtx(f *fixture, ctx context.Context) context.Context {
	return clock.NewContext(ctx, f.clk)
}

// Publishing the same batch twice gives the same rows with the new amounts and lines;
// nothing is duplicated.
func TestPublishPayslipsIsIdempotent(t *testing.T) {
	f := newFixture(t)
	batch := []portal.PayslipInput{slip(f.ann, 2026, 9, 300_000), slip(f.ann, 2026, 10, 300_000), slip(f.bob, 2026, 10, 410_000)}
	first := f.publish(f.staffA1, slices.Clone(batch)...)
	if first.Created != 3 || first.Updated != 0 {
		t.Fatalf("first publish: created %d, updated %d", first.Created, first.Updated)
	}
	counts := func() (int, int) {
		return f.c.Payslip.Query().CountX(f.sys), f.c.PayslipLine.Query().CountX(f.sys)
	}
	p1, l1 := counts()
	if p1 != 3 || l1 != 18 {
		t.Fatalf("after the first publish: %d payslips, %d lines", p1, l1)
	}

	// The same batch again, as an integrator, with a correction on one payslip.
	batch[1] = slip(f.ann, 2026, 10, 325_000)
	batch[1].Lines = batch[1].Lines[:3]
	second := f.publish(f.providerP1, slices.Clone(batch)...)
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
	got := f.c.Payslip.GetX(f.sys, first.Payslips[1].ID)
	if got.GrossCents != 325_000 || got.NetCents != batch[1].NetCents {
		t.Errorf("corrected payslip: gross %d, net %d", got.GrossCents, got.NetCents)
	}
	lines := must[[]*ent.PayslipLine](t)(f.svc.PayslipLines(f.staffA1, got))
	if len(lines) != 3 || lines[0].AmountCents != 315_000 || lines[2].Description != "Loonheffing" {
		t.Errorf("corrected lines: %v", lines)
	}
	// Each publish of each payslip is in the trail.
	if n := f.c.AuditEvent.Query().Where(auditevent.Action(string(portal.ActionPayslipPublished))).CountX(f.sys); n != 6 {
		t.Errorf("%d PAYSLIP_PUBLISHED events, want 6", n)
	}
}

func TestPublishPayslipsRefusals(t *testing.T) {
	f := newFixture(t)
	good := slip(f.ann, 2026, 10, 300_000)
	mod := func(fn func(*portal.PayslipInput)) portal.PayslipInput {
		p := slip(f.ann, 2026, 10, 300_000)
		fn(&p)
		return p
	}
	for _, tc := range []struct {
		name  string
		ctx   context.Context
		batch []portal.PayslipInput
		code  apperr.UserCode
		field []string
	}{
		{"month 13", f.staffA1, []portal.PayslipInput{good, mod(func(p *portal.PayslipInput) { p.Period = 13 })}, portal.CodeInvalidInput, []string{"payslips", "1", "period"}},
		{"four weeks 14", f.staffA1, []portal.PayslipInput{mod(func(p *portal.PayslipInput) { p.PeriodType = payslip.PeriodTypeFOUR_WEEKS; p.Period = 14 })}, portal.CodeInvalidInput, []string{"payslips", "0", "period"}},
		{"twice in a batch", f.staffA1, []portal.PayslipInput{good, good}, portal.CodeDuplicateInBatch, []string{"payslips", "1"}},
		{"empty line code", f.staffA1, []portal.PayslipInput{mod(func(p *portal.PayslipInput) { p.Lines[2].Code = " " })}, portal.CodeInvalidInput, []string{"payslips", "0", "lines", "2", "code"}},
		{"unknown employment", f.staffA1, []portal.PayslipInput{mod(func(p *portal.PayslipInput) { p.EmploymentID = "dvb_01JZZZZZZZZZZZZZZZZZZZZZZZ" })}, portal.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"another employer's employment", f.staffA2, []portal.PayslipInput{good}, portal.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"another provider's employment", f.providerP2, []portal.PayslipInput{good}, portal.CodeEmploymentNotFound, []string{"payslips", "0", "employmentId"}},
		{"empty batch", f.staffA1, nil, portal.CodeInvalidInput, []string{"payslips"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.svc.PublishPayslips(tc.ctx, tc.batch)
			wantUserError(t, err, tc.code, tc.field...)
		})
	}
	_, err := f.svc.PublishPayslips(f.noManageA1, []portal.PayslipInput{good})
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.PublishPayslips(f.ann.ctx(), []portal.PayslipInput{good})
	wantCode(t, err, apperr.Forbidden)
	if n := f.c.Payslip.Query().CountX(f.sys); n != 0 {
		t.Errorf("refused batches wrote %d payslips", n)
	}
	// Publishing needs MANAGE_PAYROLL_DATA, not VIEW_EMPLOYEES; reading needs it.
	if _, err := f.svc.PublishPayslips(f.noViewA1, []portal.PayslipInput{good}); err != nil {
		t.Errorf("publish without VIEW_EMPLOYEES: %v", err)
	}
	q := must[*ent.PayslipQuery](t)(f.svc.PersonPayslips(f.noViewA1, f.ann.p.ID, ""))
	if _, err := q.All(f.noViewA1); err == nil {
		t.Error("reading payslips without VIEW_EMPLOYEES succeeded")
	}
}

func TestPublishAnnualStatement(t *testing.T) {
	f := newFixture(t)
	in := portal.AnnualStatementInput{
		EmploymentID: f.ann.job.ID, Year: 2025, WageForPayrollTaxCents: 4_200_000, WithheldPayrollTaxCents: 980_000,
		LabourTaxCreditCents: 520_000, ZvwWageCents: 4_200_000, PayrollTaxCreditApplied: true, BSN: "111222333",
	}
	st, created, err := f.svc.PublishAnnualStatement(f.providerP1, in)
	if err != nil || !created || st.Bsn != "111222333" || st.PersonID != f.ann.p.ID {
		t.Fatalf("publish: %+v created=%v err=%v", st, created, err)
	}
	in.WithheldPayrollTaxCents = 990_000
	st2, created, err := f.svc.PublishAnnualStatement(f.staffA1, in)
	if err != nil || created || st2.ID != st.ID || st2.WithheldPayrollTaxCents != 990_000 {
		t.Fatalf("republish: %+v created=%v err=%v", st2, created, err)
	}
	bad := in
	bad.BSN = "123456789" // fails the eleven-test
	_, _, err = f.svc.PublishAnnualStatement(f.staffA1, bad)
	wantUserError(t, err, portal.CodeInvalidBSN, "bsn")
	bad = in
	bad.Year = 2027
	_, _, err = f.svc.PublishAnnualStatement(f.staffA1, bad)
	wantUserError(t, err, portal.CodeInvalidInput, "year")
	_, _, err = f.svc.PublishAnnualStatement(f.staffA2, in)
	wantUserError(t, err, portal.CodeEmploymentNotFound, "employmentId")
	if n := f.c.AnnualStatement.Query().CountX(f.sys); n != 1 {
		t.Errorf("%d annual statements", n)
	}
	// The employee sees it; a colleague does not.
	if got := must[[]*ent.AnnualStatement](t)(f.svc.MyAnnualStatements(f.ann.ctx())); len(got) != 1 {
		t.Errorf("Ann sees %d annual statements", len(got))
	}
	if got := must[[]*ent.AnnualStatement](t)(f.svc.PersonAnnualStatements(f.bob.ctx(), f.ann.p.ID)); len(got) != 0 {
		t.Errorf("Bob sees %d of Ann's annual statements", len(got))
	}
}

func TestValidBSN(t *testing.T) {
	for s, want := range map[string]bool{
		"111222333": true, "123456782": true, "123456789": false, "000000000": false,
		"12345678": false, "1234567820": false, "12345678a": false,
	} {
		if portal.ValidBSN(s) != want {
			t.Errorf("ValidBSN(%q) = %v", s, !want)
		}
	}
}

func TestSetLeaveBalances(t *testing.T) {
	f := newFixture(t)
	exp := date.New(2027, 7, 1)
	in := []portal.LeaveBalanceInput{
		{EmploymentID: f.ann.job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 152, Taken: 60.8, Planned: 15.2, ExpiryDate: &exp},
		{EmploymentID: f.ann.job.ID, Year: 2026, LeaveType: leave.ExtraStatutory, Entitlement: 38, Taken: 0, Planned: 0},
	}
	got := must[[]*leave.CardLine](t)(f.svc.SetLeaveBalances(f.staffA1, slices.Clone(in)))
	if len(got) != 2 || got[0].RemainingHours() != 76 || got[1].RemainingHours() != 38 {
		t.Fatalf("balances: %+v", got)
	}
	in[0].Taken = 68.4
	again := must[[]*leave.CardLine](t)(f.svc.SetLeaveBalances(f.providerP1, slices.Clone(in)))
	if again[0].ID() != got[0].ID() || again[0].RemainingHours() != 68.4 {
		t.Errorf("update: %+v", again[0])
	}
	// R28: nothing stores a total; the card is the ledger's, and setting the same
	// numbers again writes nothing.
	if n := len(must[[]*leave.CardLine](t)(f.svc.PersonLeaveBalances(f.staffA1, f.ann.p.ID, nil))); n != 2 {
		t.Errorf("%d balances after setting twice", n)
	}
	entries := f.c.LeaveEntry.Query().CountX(f.sys)
	must[[]*leave.CardLine](t)(f.svc.SetLeaveBalances(f.providerP1, slices.Clone(in)))
	if n := f.c.LeaveEntry.Query().CountX(f.sys); n != entries {
		t.Errorf("setting the same balances again wrote %d ledger entries", n-entries)
	}
	dup := []portal.LeaveBalanceInput{in[0], in[0]}
	_, err := f.svc.SetLeaveBalances(f.staffA1, dup)
	wantUserError(t, err, portal.CodeDuplicateInBatch, "balances", "1")
	neg := slices.Clone(in)
	neg[1].Taken = -1
	_, err = f.svc.SetLeaveBalances(f.staffA1, neg)
	wantUserError(t, err, portal.CodeInvalidInput, "balances", "1", "takenHours")

	mine := must[[]*leave.CardLine](t)(f.svc.MyLeaveBalances(f.ann.ctx(), nil))
	if len(mine) != 2 || mine[0].LeaveType() != leave.Statutory || mine[0].EntitlementHours() != 152 || mine[0].TakenHours() != 68.4 || mine[0].PlannedHours() != 15.2 || mine[0].ExpiryDate() == nil || *mine[0].ExpiryDate() != exp {
		t.Errorf("Ann's leave card: %v", mine)
	}
	if other := must[[]*leave.CardLine](t)(f.svc.PersonLeaveBalances(f.bob.ctx(), f.ann.p.ID, nil)); len(other) != 0 {
		t.Errorf("Bob sees Ann's leave balances")
	}
}

func TestFormatting(t *testing.T) {
	for c, want := range map[int64]string{
		0: "€ 0,00", 5: "€ 0,05", 123456: "€ 1.234,56", -1250: "€ -12,50", 100000000: "€ 1.000.000,00", 99999: "€ 999,99",
	} {
		if got := portal.FormatEuro(c); got != want {
			t.Errorf("FormatEuro(%d) = %q, want %q", c, got, want)
		}
	}
	if got := portal.FormatDate(date.New(2026, 10, 3)); got != "3 oktober 2026" {
		t.Errorf("FormatDate = %q", got)
	}
	if got := portal.PeriodLabel(payslip.PeriodTypeMONTH, 2026, 3); got != "maart 2026" {
		t.Errorf("PeriodLabel = %q", got)
	}
	if got := portal.PayslipFileName(payslip.PeriodTypeMONTH, 2026, 10); got != "loonstrook-2026-10.pdf" {
		t.Errorf("PayslipFileName = %q", got)
	}
	if got := portal.FormatHours(7.6); got != "7,6" {
		t.Errorf("FormatHours = %q", got)
	}
}
