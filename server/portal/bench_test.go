package portal_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/portal"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The benchmarks of the portal content (make bench): a payslip and an annual statement
// rendered as PDF in memory, and batches of payslips published through the Service on
// a test store (SQLite, or Postgres with TEST_DATABASE_URL).

// wageComponents are the lines of a Dutch payslip, each an amount in thousandths of
// the gross wage; a payslip of n lines takes the first n (repeating when n is larger).
var wageComponents = []struct {
	code, desc string
	cat        payslipline.Category
	permille   int64
}{
	{"1000", "Salaris", payslipline.CategoryEARNINGS, 880},
	{"1010", "Overwerk 125%", payslipline.CategoryEARNINGS, 45},
	{"1020", "Onregelmatigheidstoeslag", payslipline.CategoryEARNINGS, 30},
	{"1200", "Reiskostenvergoeding woon-werk", payslipline.CategoryEARNINGS, 25},
	{"1210", "Thuiswerkvergoeding", payslipline.CategoryEARNINGS, 5},
	{"1300", "Bijtelling auto van de zaak", payslipline.CategoryEARNINGS, 15},
	{"5000", "Loonheffing tabel wit maand", payslipline.CategoryDEDUCTIONS, 180},
	{"5100", "Pensioenpremie werknemer", payslipline.CategoryDEDUCTIONS, 55},
	{"5110", "Premie WGA-hiaat werknemer", payslipline.CategoryDEDUCTIONS, 3},
	{"5120", "Premie PAWW", payslipline.CategoryDEDUCTIONS, 2},
	{"5200", "Contributie vakbond", payslipline.CategoryDEDUCTIONS, 6},
	{"5300", "Inhouding bijtelling auto", payslipline.CategoryDEDUCTIONS, 15},
	{"5400", "Personeelsvereniging", payslipline.CategoryDEDUCTIONS, 2},
	{"6000", "Werkgeversheffing Zvw", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 65},
	{"6010", "Premie WW (Awf) laag", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 26},
	{"6020", "Premie Aof", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 62},
	{"6030", "Premie Whk", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 12},
	{"6040", "Uitvoeringsfonds overheid", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 1},
	{"6100", "Pensioenpremie werkgever", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 110},
	{"6110", "Premie WIA-excedent werkgever", payslipline.CategoryEMPLOYER_CONTRIBUTIONS, 4},
	{"4000", "Reservering vakantietoeslag", payslipline.CategoryRESERVATIONS, 80},
	{"4010", "Reservering vakantiedagen", payslipline.CategoryRESERVATIONS, 95},
	{"4020", "Reservering eindejaarsuitkering", payslipline.CategoryRESERVATIONS, 83},
	{"4030", "Reservering persoonlijk budget", payslipline.CategoryRESERVATIONS, 16},
	{"4040", "Reservering levensfasebudget", payslipline.CategoryRESERVATIONS, 8},
}

// lineInputs returns n lines of a payslip of gross cents.
func lineInputs(n int, gross int64) []portal.LineInput {
	out := make([]portal.LineInput, n)
	for i := range out {
		c := wageComponents[i%len(wageComponents)]
		out[i] = portal.LineInput{Code: c.code, Description: c.desc, AmountCents: gross * c.permille / 1000, Category: c.cat}
	}
	return out
}

// payslipData is a realistic payslip of n lines as the PDF prints it.
func payslipData(n int) portal.PayslipData {
	const gross = 412_345
	ps := &ent.Payslip{ID: pid.New(pid.Payslip), PeriodType: payslip.PeriodTypeMONTH, Year: 2026, Period: 10,
		RunDate: date.New(2026, 10, 23), VisibleFrom: date.New(2026, 10, 23), GrossCents: gross, NetCents: 301_234}
	var lines []*ent.PayslipLine
	for i, l := range lineInputs(n, gross) {
		lines = append(lines, &ent.PayslipLine{ID: pid.New(pid.PayslipLine), PayslipID: ps.ID, Position: i,
			Code: l.Code, Description: l.Description, AmountCents: l.AmountCents, Category: l.Category})
	}
	return portal.PayslipData{
		Payslip: ps, Lines: lines,
		Employer: &ent.Employer{Name: "Installatiebedrijf Van den Berg BV", AdministrationNumber: "90017",
			Street: "Nijverheidsweg 112", PostalCode: "5301 LL", City: "Zaltbommel"},
		Person: &ent.Person{Initials: "J.M.", FirstName: "José", LastNamePrefix: "van der", LastName: "Meulen-Çelik",
			BirthDate: date.New(1987, 4, 2)},
		Employment: &ent.Employment{EmployeeNumber: 1234, JobTitle: "Servicemonteur koeltechniek",
			StartDate: date.New(2015, 9, 1)},
	}
}

// BenchmarkPayslipPDF renders one payslip of 25 lines (two pages) in memory.
func BenchmarkPayslipPDF(b *testing.B) {
	data := payslipData(25)
	var size int
	for b.Loop() {
		out, err := portal.PayslipPDF(data, t0)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}

// BenchmarkAnnualStatementPDF renders one jaaropgave in memory.
func BenchmarkAnnualStatementPDF(b *testing.B) {
	p := payslipData(0)
	data := portal.AnnualStatementData{
		Statement: &ent.AnnualStatement{Year: 2025, WageForPayrollTaxCents: 5_012_345, WithheldPayrollTaxCents: 1_234_567,
			LabourTaxCreditCents: 512_300, ZvwWageCents: 5_100_000, PayrollTaxCreditApplied: true, Bsn: "111222333"},
		Employer: p.Employer, Person: p.Person, Employment: p.Employment,
	}
	var size int
	for b.Loop() {
		out, err := portal.AnnualStatementPDF(data, t0)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}

// BenchmarkPublishPayslips publishes 100 payslips of 20 lines in one batch, as an
// integrator with MANAGE_PAYROLL_DATA, through the Service on a test store:
//   - new: every batch is a new month for all 100 employments (inserts);
//   - republish: the same month again with other amounts (updates, lines replaced);
//   - republish-after-24-months: the same after 24 earlier months were published, as
//     for employments with a history (the existing payslips of the batch's employments
//     are read to find the periods to update).
func BenchmarkPublishPayslips(b *testing.B) {
	const employments, lines = 100, 20
	st := storetest.Open(b)
	svc := &portal.Service{Client: st.Client, Clock: clock.NewFake(t0), PortalURL: "https://werkportaal.example.nl/werknemer"}
	name := fmt.Sprintf("%dx%d", employments, lines)

	// Every case has an employer of its own, so the history it meets is its own.
	seq := 0
	setup := func(b *testing.B) (publish func(year, month int, extra int64) *portal.PublishResult) {
		seq++
		emp, jobs := benchEmployer(b, st.Client, seq, employments)
		ctx := staff(emp, viewer.AllRights...)
		batch := make([]portal.PayslipInput, employments)
		return func(year, month int, extra int64) *portal.PublishResult {
			for i, job := range jobs {
				gross := 300_000 + int64(i)*1_000 + extra
				batch[i] = portal.PayslipInput{
					EmploymentID: job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: year, Period: month,
					RunDate: date.New(year, time.Month(month), 23), GrossCents: gross, NetCents: gross * 3 / 4,
					Lines: lineInputs(lines, gross),
				}
			}
			res, err := svc.PublishPayslips(ctx, batch)
			if err != nil {
				b.Fatal(err)
			}
			return res
		}
	}
	want := func(b *testing.B, res *portal.PublishResult, created, updated int) {
		if res.Created != created || res.Updated != updated {
			b.Fatalf("created %d, updated %d; want %d and %d", res.Created, res.Updated, created, updated)
		}
	}
	republish := func(b *testing.B, history int) {
		publish := setup(b)
		for m := range history {
			publish(2024+m/12, 1+m%12, 0)
		}
		n := int64(0)
		for b.Loop() {
			n++
			want(b, publish(2024+(history-1)/12, 1+(history-1)%12, n*100), 0, employments)
		}
		b.ReportMetric(float64(employments*b.N)/b.Elapsed().Seconds(), "payslips/s")
	}

	b.Run("new/"+name, func(b *testing.B) {
		publish := setup(b)
		// Months from January 2000 on; 1,212 iterations would reach 2101, far beyond
		// what a benchmark run does.
		n := 0
		for b.Loop() {
			want(b, publish(2000+n/12, 1+n%12, 0), employments, 0)
			n++
		}
		b.ReportMetric(float64(employments*b.N)/b.Elapsed().Seconds(), "payslips/s")
	})
	b.Run("republish/"+name, func(b *testing.B) { republish(b, 1) })
	b.Run("republish-after-24-months/"+name, func(b *testing.B) { republish(b, 24) })
}

// benchEmployer writes a provider and an employer (number seq) with MijnLoket and n employments.
func benchEmployer(tb testing.TB, c *ent.Client, seq, n int) (*ent.Employer, []*ent.Employment) {
	tb.Helper()
	ctx := viewer.System(context.Background())
	p, err := c.Provider.Create().SetName(fmt.Sprintf("Bench Provider %d", seq)).SetMijnloketAddendumSignedAt(t0.AddDate(0, -1, 0)).Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	name := fmt.Sprintf("Bench %d BV", seq)
	e, err := c.Employer.Create().SetProviderID(p.ID).SetName(name).SetNameKey(strings.ToLower(name)).
		SetAdministrationNumber(fmt.Sprint(9000 + seq)).SetStreet("Hogeweg 1").SetPostalCode("5301 LL").SetCity("Zaltbommel").Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	ml, err := c.Product.Query().Where(entproduct.Code(product.CodeMijnLoket)).Only(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.ProductActivation.Create().SetProviderID(p.ID).SetEmployerID(e.ID).SetProductID(ml.ID).
		SetActivatedAt(t0.AddDate(0, 0, -20)).SetActivatedBy("usr_setup").Exec(ctx); err != nil {
		tb.Fatal(err)
	}
	persons := make([]*ent.PersonCreate, n)
	for i := range persons {
		last := fmt.Sprintf("Bench%03d", i)
		persons[i] = c.Person.Create().SetProviderID(p.ID).SetEmployerID(e.ID).SetFirstName("Sam").
			SetInitials("S.").SetLastName(last).SetBirthDate(date.New(1985, 3, 17)).SetSearchKey("sam " + strings.ToLower(last))
	}
	ps, err := c.Person.CreateBulk(persons...).Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	jobs := make([]*ent.EmploymentCreate, n)
	for i, per := range ps {
		jobs[i] = c.Employment.Create().SetProviderID(p.ID).SetEmployerID(e.ID).SetPersonID(per.ID).
			SetEmployeeNumber(i + 1).SetStartDate(date.New(2020, 2, 1)).SetJobTitle("Medewerker")
	}
	js, err := c.Employment.CreateBulk(jobs...).Save(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	return e, js
}
