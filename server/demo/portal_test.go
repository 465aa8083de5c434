package demo_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// The demo's portal content (R23–R26): 14 months of consistent payslips for most
// persons, last year's annual statements, this year's leave card, documents with some
// visible, one open sick report, and employers whose products show different features.
func TestSeedPortalContent(t *testing.T) {
	s := storetest.Open(t)
	ctx, c := sys(), s.Client
	now := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC) // before the 23rd: November is not visible yet
	if _, _, err := demo.Seed(context.Background(), c, now); err != nil {
		t.Fatal(err)
	}
	today := clock.Today(clock.NewFake(now))
	emps := must[[]*ent.Employer](t)(c.Employer.Query().Order(employer.ByAdministrationNumber()).All(ctx))
	mkb, bakery := emps[0], emps[1]

	// Payslips: every one consistent, salaries in range, and Jan Jansen has 14 visible ones.
	slips := must[[]*ent.Payslip](t)(c.Payslip.Query().WithLines().All(ctx))
	withSlips := map[string]bool{}
	for _, p := range slips {
		withSlips[p.PersonID] = true
		var earn, ded, salary int64
		for _, l := range p.Edges.Lines {
			switch l.Category {
			case payslipline.CategoryEARNINGS:
				earn += l.AmountCents
				if l.Description == "Salaris" {
					salary = l.AmountCents
				}
			case payslipline.CategoryDEDUCTIONS:
				ded += l.AmountCents
			}
		}
		if p.GrossCents != earn || p.NetCents != p.GrossCents-ded || p.NetCents <= 0 || p.NetCents >= p.GrossCents {
			t.Fatalf("payslip %d-%d: gross %d (earnings %d), net %d (deductions %d)", p.Year, p.Period, p.GrossCents, earn, p.NetCents, ded)
		}
		if salary < 200_000 || salary > 650_000 {
			t.Errorf("salary %s", dutch.FormatEuro(salary))
		}
		if len(p.Edges.Lines) < 7 || p.PeriodType != payslip.PeriodTypeMONTH || p.PeriodKey != p.Year*100+p.Period {
			t.Errorf("payslip %+v with %d lines", p, len(p.Edges.Lines))
		}
	}
	persons := must[int](t)(c.Person.Query().Count(ctx))
	if len(withSlips)*10 < persons*7 {
		t.Errorf("%d of %d persons have payslips; want most", len(withSlips), persons)
	}
	jan := must[*ent.Person](t)(c.Person.Query().Where(person.FirstName("Jan"), person.LastName("Jansen")).Only(ctx))
	janSlips := must[[]*ent.Payslip](t)(c.Payslip.Query().Where(payslip.PersonID(jan.ID)).Order(ent.Desc(payslip.FieldPeriodKey)).All(ctx))
	visible := 0
	for _, p := range janSlips {
		if !p.VisibleFrom.After(today) {
			visible++
		}
	}
	if visible != demo.PayslipMonths || len(janSlips) != demo.PayslipMonths+1 || janSlips[0].Period != 11 || !janSlips[0].VisibleFrom.After(today) {
		t.Errorf("Jan Jansen: %d payslips, %d visible, newest %d-%d visible from %s", len(janSlips), visible, janSlips[0].Year, janSlips[0].Period, janSlips[0].VisibleFrom)
	}
	may := slices.IndexFunc(janSlips, func(p *ent.Payslip) bool { return p.Period == 5 && p.Year == 2026 })
	if may < 0 || janSlips[may].GrossCents <= janSlips[may+1].GrossCents {
		t.Errorf("May has no holiday allowance payout")
	}
	// R23: the demo's payslips are full loonstroken — hours, minimum wage, tax details, a
	// year to date that adds up over the year, and the account only masked.
	for _, p := range janSlips {
		if p.HoursPerWeek == nil || p.MinimumHourlyWageCents == nil || p.MinimumWageCents == nil || p.TaxTableColour == nil ||
			p.PayrollTaxCreditApplied == nil || p.SvWageCents == nil || p.TaxableWageCents == nil || p.PeriodStart == nil ||
			p.YtdGrossCents == nil || p.YtdNetCents == nil || p.BankAccountMasked == nil {
			t.Fatalf("Jan's payslip %d-%d lacks loonstrook fields: %+v", p.Year, p.Period, p)
		}
		if !strings.HasPrefix(*p.BankAccountMasked, "NL** **** ****") {
			t.Errorf("Jan's bank account shows as %q", *p.BankAccountMasked)
		}
	}
	if jan := janSlips[len(janSlips)-1]; jan.Period == 1 && *jan.YtdGrossCents != jan.GrossCents {
		t.Errorf("January's year to date %d is not its gross %d", *jan.YtdGrossCents, jan.GrossCents)
	}
	for i := 0; i+1 < len(janSlips); i++ {
		if p, prev := janSlips[i], janSlips[i+1]; p.Year == prev.Year && *p.YtdGrossCents != *prev.YtdGrossCents+p.GrossCents {
			t.Errorf("year to date of %d-%d: %d, want %d + %d", p.Year, p.Period, *p.YtdGrossCents, *prev.YtdGrossCents, p.GrossCents)
		}
	}

	// Annual statements of last year, with valid BSNs.
	sts := must[[]*ent.AnnualStatement](t)(c.AnnualStatement.Query().All(ctx))
	if len(sts) < 40 {
		t.Errorf("%d annual statements", len(sts))
	}
	for _, st := range sts {
		if st.Year != 2025 || !dutch.ValidBSN(st.Bsn) || st.WageForPayrollTaxCents <= 0 || st.WithheldPayrollTaxCents <= 0 || st.ZvwWageCents <= 0 {
			t.Errorf("annual statement %+v", st)
		}
	}
	if n := must[int](t)(c.AnnualStatement.Query().Where(annualstatement.PersonID(jan.ID)).Count(ctx)); n != 1 {
		t.Errorf("Jan Jansen has %d annual statements", n)
	}

	// Leave card: statutory and extra-statutory hours this year.
	// The card is computed from the ledger (R28).
	lv := &leave.Service{Client: c, Clock: clock.NewFake(now)}
	bals := must[[]*leave.CardLine](t)(lv.PersonCard(ctx, jan.ID, nil))
	if len(bals) != 2 {
		t.Fatalf("Jan Jansen has %d leave balances", len(bals))
	}
	for _, b := range bals {
		if b.Year != 2026 || b.EntitlementHours() <= 0 || b.Remaining != b.Entitlement-b.Taken-b.Planned || b.Expiry == nil {
			t.Errorf("leave balance %+v", b)
		}
	}

	// Documents: visible and hidden ones, PDFs, none at the bakery.
	docs := must[[]*ent.Document](t)(c.Document.Query().WithFile().All(ctx))
	vis, hidden, forAll := 0, 0, 0
	for _, d := range docs {
		if d.EmployerID == bakery.ID {
			t.Errorf("document at the bakery, which has no MijnLoket - Documenten")
		}
		if d.VisibleToEmployee {
			vis++
		} else {
			hidden++
		}
		if d.PersonID == nil {
			forAll++
		}
		f := d.Edges.File
		if f == nil || documents.SniffType(f.Data) != documents.TypePDF || int64(len(f.Data)) != d.SizeBytes || d.ContentType != documents.TypePDF {
			t.Errorf("document %s: file %v", d.Title, f != nil)
		}
	}
	if vis < 4 || hidden < 1 || forAll < 2 {
		t.Errorf("documents: %d visible, %d hidden, %d for all", vis, hidden, forAll)
	}
	janDocs := must[[]*ent.Document](t)(c.Document.Query().Where(document.PersonID(jan.ID)).All(ctx))
	if len(janDocs) != 2 {
		t.Errorf("Jan Jansen has %d documents", len(janDocs))
	}
	if a := must[*ent.Account](t)(jan.QueryAccount().Only(ctx)); !a.NotifyNewDocuments {
		t.Error("Jan Jansen does not get the new-document mail")
	}

	// Exactly one open sick report, not Jan Jansen's (he reports sick in the demo).
	open := must[[]*ent.SickReport](t)(c.SickReport.Query().Where(sickreport.RecoveryDateIsNil()).All(ctx))
	if len(open) != 1 || open[0].PersonID == jan.ID || open[0].EmployerID != mkb.ID || open[0].FirstSickDay.After(today) {
		t.Errorf("open sick reports: %+v", open)
	}

	// Employers on different variants show different features (R20, R22).
	features := func(e *ent.Employer) []feature.Feature {
		codes := must[[]string](t)(c.ProductActivation.Query().
			Where(productactivation.EmployerID(e.ID), productactivation.DeactivatedAtIsNil()).QueryProduct().
			Select("code").Strings(ctx))
		return feature.Of(codes)
	}
	// Everything of Start and the leave card, not the Plus leave requests, calendar,
	// personal-data changes and Salaris berekenen, nor the Pro products.
	if f := features(mkb); !slices.Equal(f, slices.DeleteFunc(slices.Clone(feature.All), func(f feature.Feature) bool {
		return f == feature.LeaveRequests || f == feature.LeaveCalendar || f == feature.SalaryCalculator || f == feature.Assistant ||
			f == feature.PolicyAssistant || f == feature.Preboarding || f == feature.ExpenseClaims || f == feature.PersonalDataChanges ||
			f == feature.MyTeam
	})) {
		t.Errorf("Voorbeeld MKB features %v", f)
	}
	if f := features(bakery); slices.Contains(f, feature.Documents) || !slices.Contains(f, feature.Payslips) || !slices.Contains(f, feature.SalaryCalculator) {
		t.Errorf("Bakkerij De Korenaar features %v; want payslips, no documents", f)
	}
}
