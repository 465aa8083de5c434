package testworld

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// PortalStart, the clock's start in NewPortal, is a Tuesday morning in November, Dutch
// winter time (UTC+1).
var PortalStart = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

// AllFeatureProducts are the products that switch on every portal feature (R20, R22).
var AllFeatureProducts = []string{product.CodeMijnLoket, product.CodeDocuments, product.CodeLeaveCard,
	product.CodePersonalDataView, product.CodeAbsenceReporting, product.CodeLeaveRequests, product.CodeLeaveCalendar,
	product.CodeSalaryCalculator, product.CodeInsuranceCompare, product.CodeAssistant, product.CodePolicyAssistant,
	product.CodeExpenseClaims, product.CodePreboardingFeature, product.CodePersonalDataEdit}

// PortalURL is the employee portal's home in the new-document mail of NewPortal.
const PortalURL = "https://werkportaal.example.nl/werknemer"

// Member is a person with an employment and, when it has one, an account.
type Member struct {
	P   *ent.Person
	Job *ent.Employment
	Acc *ent.Account
}

// Ctx signs the member in as an employee.
func (m Member) Ctx() context.Context {
	return viewer.NewContext(context.Background(), auth.EmployeePrincipal(m.Acc, m.P))
}

// Portal is the world of the portal's content (R20–R26) with its services on the
// world's database and a fake clock at PortalStart: provider A as P1 with employer A1
// (every portal feature), A2 (MijnLoket only: Start) and a third, A3 (no MijnLoket);
// provider B as P2 with B1 (every feature). The employers have an address, which the
// PDFs print.
type Portal struct {
	*World
	T   testing.TB
	C   *ent.Client
	Clk *clock.Fake

	Gate      *feature.Gate
	Publisher *publish.Service
	Payroll   *read.Service
	Documents *documents.Service
	Sick      *sick.Service

	P1, P2         *ent.Provider
	A1, A2, A3, B1 *ent.Employer
	// A1: Ann and Bob active (Ann wants the new-document mail), Cas blocked (wants
	// it), Dirk without an account; Eva of A2, Fien of A3, Gijs of B1, each active and
	// wanting the mail.
	Ann, Bob, Cas, Dirk Member
	Eva, Fien, Gijs     Member
	// Staff with every right, and A1's staff without VIEW_EMPLOYEES or without
	// MANAGE_PAYROLL_DATA.
	StaffA1, StaffA2       context.Context
	ProviderP1, ProviderP2 context.Context
	NoViewA1, NoManageA1   context.Context
	n                      int
}

// NewPortal builds the portal's world on a fresh database.
func NewPortal(t testing.TB) *Portal {
	t.Helper()
	w := New(t, PortalStart)
	c := w.Store.Client
	f := &Portal{World: w, T: t, C: c, Clk: clock.NewFake(PortalStart), P1: w.ProvA, P2: w.ProvB}
	f.Gate = &feature.Gate{Client: c}
	f.Publisher = &publish.Service{Client: c, Clock: f.Clk}
	f.Payroll = &read.Service{Client: c, Clock: f.Clk, Features: f.Gate}
	f.Documents = &documents.Service{Client: c, Clock: f.Clk, Features: f.Gate, PortalURL: PortalURL}
	f.Sick = &sick.Service{Client: c, Clock: f.Clk, Features: f.Gate}
	f.A1 = f.WithProducts(w.EmpA1, AllFeatureProducts...)
	f.A2 = f.WithProducts(w.EmpA2, product.CodeMijnLoket)
	f.A3 = f.WithProducts(w.Employer(w.ProvA, "Garage Noord", "23737"))
	f.B1 = f.WithProducts(w.EmpB1, AllFeatureProducts...)
	f.Ann = f.Member(f.A1, "Ann", account.StateACTIVE, true)
	f.Bob = f.Member(f.A1, "Bob", account.StateACTIVE, false)
	f.Cas = f.Member(f.A1, "Cas", account.StateBLOCKED, true)
	f.Dirk = f.Member(f.A1, "Dirk", "", false)
	f.Eva = f.Member(f.A2, "Eva", account.StateACTIVE, true)
	f.Fien = f.Member(f.A3, "Fien", account.StateACTIVE, true)
	f.Gijs = f.Member(f.B1, "Gijs", account.StateACTIVE, true)
	all := viewer.AllRights
	f.StaffA1 = EmployerUser(f.A1, "usr_a1", all...)
	f.StaffA2 = EmployerUser(f.A2, "usr_a2", all...)
	f.ProviderP1 = ProviderUser(f.P1, "usr_ak_p1", all...)
	f.ProviderP2 = ProviderUser(f.P2, "usr_ak_p2", all...)
	f.NoViewA1 = EmployerUser(f.A1, "usr_a1_noview", Without(viewer.ViewEmployees)...)
	f.NoManageA1 = EmployerUser(f.A1, "usr_a1_nomanage", Without(viewer.ManagePayrollData)...)
	return f
}

// WithProducts gives e an address and activates the products codes.
func (f *Portal) WithProducts(e *ent.Employer, codes ...string) *ent.Employer {
	f.T.Helper()
	e = e.Update().SetStreet("Hogeweg 1").SetPostalCode("5301 LL").SaveX(f.Sys)
	for _, code := range codes {
		pr := f.C.Product.Query().Where(entproduct.Code(code)).OnlyX(f.Sys)
		f.C.ProductActivation.Create().SetEmployerID(e.ID).SetProductID(pr.ID).
			SetActivatedAt(PortalStart.AddDate(0, 0, -20)).SetActivatedBy(AddendumSignedBy).ExecX(f.Sys)
	}
	return e
}

// Member adds a person of e called first Jansen, employed since 2020, with an account
// in state (none when "") that wants the new-document mail when notify.
func (f *Portal) Member(e *ent.Employer, first string, state account.State, notify bool) Member {
	f.T.Helper()
	f.n++
	c := f.C
	email := strings.ToLower(first) + "@example.nl"
	p := c.Person.Create().SetEmployerID(e.ID).
		SetFirstName(first).SetInitials(first[:1] + ".").SetLastName("Jansen").SetEmail(email).SetPhone("0612345678").
		SetBirthDate(date.New(1985, 3, 17)).SetSearchKey(strings.ToLower(first) + " jansen").SaveX(f.Sys)
	job := c.Employment.Create().SetPersonID(p.ID).
		SetEmployeeNumber(f.n).SetStartDate(date.New(2020, 2, 1)).SetJobTitle("Medewerker").SaveX(f.Sys)
	m := Member{P: p, Job: job}
	if state != "" {
		m.Acc = c.Account.Create().SetPersonID(p.ID).
			SetState(state).SetUsername(strings.ToLower(first)).SetUsernameKey(strings.ToLower(first)).
			SetRegisteredEmail(strings.ToLower(first) + "@prive.example").SetNotifyNewDocuments(notify).SaveX(f.Sys)
	}
	return m
}

// Slip is a payslip for m: a month with two earnings, two deductions, an employer
// contribution and a reservation.
func Slip(m Member, year, month int, gross int64) publish.PayslipInput {
	run := date.New(year, time.Month(month), 20)
	tax := gross / 5
	return publish.PayslipInput{
		EmploymentID: m.Job.ID, PeriodType: payslip.PeriodTypeMONTH, Year: year, Period: month,
		RunDate: run, GrossCents: gross, NetCents: gross - tax - 5_000,
		Lines: []publish.LineInput{
			{Code: "1000", Description: "Salaris", AmountCents: gross - 10_000, Category: payslipline.CategoryEARNINGS},
			{Code: "1200", Description: "Reiskosten", AmountCents: 10_000, Category: payslipline.CategoryEARNINGS},
			{Code: "5000", Description: "Loonheffing", AmountCents: tax, Category: payslipline.CategoryDEDUCTIONS},
			{Code: "5100", Description: "Pensioenpremie werknemer", AmountCents: 5_000, Category: payslipline.CategoryDEDUCTIONS},
			{Code: "6100", Description: "Werkgeversheffing Zvw", AmountCents: gross * 651 / 10_000, Category: payslipline.CategoryEMPLOYER_CONTRIBUTIONS},
			{Code: "4000", Description: "Reservering vakantietoeslag", AmountCents: gross * 8 / 100, Category: payslipline.CategoryRESERVATIONS},
		},
	}
}

// TestIBAN is the bank account FullSlip pays to (valid, Dutch); only NL** **** **** **43 00
// may ever show of it.
const TestIBAN = "NL91 ABNA 0417 1643 00"

// FullSlip is Slip as a complete loonstrook (R23): hours, minimum wage, kinds, quantity
// and rate on the lines, the fiscal data, the year-to-date totals and the bank account.
func FullSlip(m Member, year, month int, gross int64) publish.PayslipInput {
	p := Slip(m, year, month, gross)
	kinds := []payslipline.Kind{payslipline.KindSALARY, payslipline.KindOTHER, payslipline.KindPAYROLL_TAX,
		payslipline.KindPENSION_PREMIUM, payslipline.KindOTHER, payslipline.KindHOLIDAY_ALLOWANCE_RESERVED}
	for i := range p.Lines {
		p.Lines[i].Kind = &kinds[i]
	}
	hours, rate := 138.67, (gross-10_000)*100/13867
	p.Lines[0].Quantity, p.Lines[0].RateCents = &hours, &rate
	start := date.New(year, time.Month(month), 1)
	end := start.AddDays(date.New(year, time.Month(month)+1, 1).Time().AddDate(0, 0, -1).Day() - 1)
	white, monthly, lhk := payslip.TaxTableColourWHITE, payslip.TaxTablePeriodMONTH, true
	iban := TestIBAN
	p.Loonstrook = publish.Loonstrook{
		PeriodStart: &start, PeriodEnd: &end,
		HoursPerWeek: ptr(32.0), PartTimePercentage: ptr(84.21), HoursWorked: &hours,
		MinimumHourlyWageCents: ptr[int64](1_440), MinimumWageCents: ptr[int64](199_680),
		TaxTableColour: &white, TaxTablePeriod: &monthly, PayrollTaxCreditApplied: &lhk,
		SVWageCents: ptr(gross - 5_000), TaxableWageCents: ptr(gross - 5_000),
		YTDGrossCents: ptr(gross * int64(month)), YTDSVWageCents: ptr((gross - 5_000) * int64(month)),
		YTDTaxableWageCents: ptr((gross - 5_000) * int64(month)), YTDPayrollTaxCents: ptr(gross / 5 * int64(month)),
		YTDNetCents: ptr(p.NetCents * int64(month)), BankAccount: &iban,
	}
	return p
}

func ptr[T any](v T) *T { return &v }

// Publish publishes payslips as ctx and fails the test on any error.
func (f *Portal) Publish(ctx context.Context, in ...publish.PayslipInput) *publish.PublishResult {
	f.T.Helper()
	res, err := f.Publisher.PublishPayslips(ctx, in)
	if err != nil {
		f.T.Fatalf("publish: %v", err)
	}
	return res
}

// A tiny but real PDF, PNG and JPEG header: the type is recognised by content.
var (
	PDFBytes  = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	PNGBytes  = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	JPEGBytes = []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}
)

// AddDoc adds a contract titled title as ctx to the dossier of m at e, or for all of
// e's employees when m is nil, and fails the test on any error. It returns the document
// and how many new-document mails were queued.
func (f *Portal) AddDoc(ctx context.Context, e *ent.Employer, m *Member, title string, visible bool) (*ent.Document, int) {
	f.T.Helper()
	in := documents.AddDocumentInput{EmployerID: e.ID, Category: document.CategoryCONTRACT, Title: title, FileName: title + ".pdf", Data: PDFBytes, Visible: visible}
	if m != nil {
		in.PersonID = m.P.ID
	}
	d, n, err := f.Documents.AddDocument(ctx, in)
	if err != nil {
		f.T.Fatalf("add document %s: %v", title, err)
	}
	return d, n
}

// NewDocMails returns the NEW_DOCUMENT mails in the outbox, by address.
func (f *Portal) NewDocMails() map[string][]*ent.OutboxMail {
	out := map[string][]*ent.OutboxMail{}
	for _, m := range f.C.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindNEW_DOCUMENT)).AllX(f.Sys) {
		out[m.ToAddress] = append(out[m.ToAddress], m)
	}
	return out
}

// Must fails the test on err and returns v: Must[int](t)(q.Count(ctx)).
func Must[T any](t testing.TB) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

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

// WageLines returns n lines of a realistic Dutch payslip of gross cents, for the
// benchmarks; more than the table has repeat it.
func WageLines(n int, gross int64) []publish.LineInput {
	out := make([]publish.LineInput, n)
	for i := range out {
		c := wageComponents[i%len(wageComponents)]
		out[i] = publish.LineInput{Code: c.code, Description: c.desc, AmountCents: gross * c.permille / 1000, Category: c.cat}
	}
	return out
}
