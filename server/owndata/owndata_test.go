package owndata_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/owndata"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/testworld"
)

type world struct {
	*testworld.Portal
	lv  *leave.Service
	svc *owndata.Service
}

func newWorld(t *testing.T, rules ratelimit.Rules) *world {
	t.Helper()
	f := testworld.NewPortal(t)
	lv := &leave.Service{Client: f.C, Clock: f.Clk}
	lv.Gate = func(ctx context.Context, feat string) error { return f.Gate.Require(ctx, feature.Feature(feat)) }
	limits := &ratelimit.Limiter{DB: f.Store.DB, Dialect: f.Store.Dialect, Clock: f.Clk, Rules: rules}
	svc := &owndata.Service{Client: f.C, Clock: f.Clk, Gate: f.Gate, Payroll: f.Payroll, Leave: lv,
		Documents: f.Documents, Sick: f.Sick, Limits: limits}
	for _, e := range []*ent.Employer{f.A1, f.B1} {
		if err := lv.OnProductActivated(f.Sys, f.C, e, leave.ProductLeavePolicy); err != nil {
			t.Fatal(err)
		}
	}
	return &world{Portal: f, lv: lv, svc: svc}
}

// content gives m payslips, an annual statement, leave, documents and a sick report,
// with amounts and titles that carry tag so that they can be told apart.
func (w *world) content(m testworld.Member, e *ent.Employer, staff context.Context, gross int64, tag string) {
	w.T.Helper()
	w.Publish(staff, testworld.Slip(m, 2026, 9, gross), testworld.Slip(m, 2026, 10, gross+1))
	if _, _, err := w.Publisher.PublishAnnualStatement(staff, publish.AnnualStatementInput{
		EmploymentID: m.Job.ID, Year: 2025, WageForPayrollTaxCents: gross * 12, WithheldPayrollTaxCents: gross * 2,
		LabourTaxCreditCents: 500_000, ZvwWageCents: gross * 12, PayrollTaxCreditApplied: true, BSN: "111222333",
	}); err != nil {
		w.T.Fatal(err)
	}
	lt := w.C.LeaveType.Query().Where(leavetype.EmployerID(e.ID), leavetype.CategoryEQ(leavetype.CategorySTATUTORY)).OnlyX(w.Sys)
	year := 2026
	res, err := w.lv.RecordEntries(staff, []leave.EntryInput{{EmploymentID: m.Job.ID, LeaveTypeID: lt.ID, Kind: leave.KindCorrection,
		Hours: 8, Date: date.New(2026, 2, 1), Year: &year, Reason: "Correctie " + tag}})
	if err != nil || res[0].Error != nil {
		w.T.Fatalf("ledger: %v %v", err, res)
	}
	w.AddDoc(staff, e, &m, "Contract "+tag, true)
	w.AddDoc(staff, e, &m, "Verborgen "+tag, false)
	if _, err := w.Sick.ReportSick(m.Ctx(), date.New(2026, 11, 2), nil); err != nil {
		w.T.Fatal(err)
	}
}

// files unzips the export of m into name → content.
func (w *world) export(ctx context.Context) (map[string]string, error) {
	w.T.Helper()
	ex, err := w.svc.Start(ctx)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := ex.WriteTo(ctx, &buf); err != nil {
		w.T.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		w.T.Fatalf("not a ZIP: %v", err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			w.T.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		out[f.Name] = string(b)
	}
	return out, nil
}

// pdfText is the text a PDF shows.
func pdfText(t *testing.T, b string) string {
	t.Helper()
	text, err := pdftext.Text([]byte(b))
	if err != nil {
		t.Fatal(err)
	}
	return text
}

func names(files map[string]string) []string {
	var out []string
	for n := range files {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// AVG art. 15/20, R23, R25, R26, R27, R28: the ZIP holds every part of the employee's
// own data, and nothing of a colleague at the same employer or of another tenant.
func TestExportHoldsOwnDataOnly(t *testing.T) {
	w := newWorld(t, ratelimit.Rules{})
	w.content(w.Ann, w.A1, w.StaffA1, 412_345, "Ann")
	w.content(w.Bob, w.A1, w.StaffA1, 598_765, "Bob")
	w.content(w.Gijs, w.B1, w.ProviderP2, 733_333, "Gijs")
	w.AddDoc(w.StaffA1, w.A1, nil, "Personeelsgids A1", true)
	w.AddDoc(w.ProviderP2, w.B1, nil, "Personeelsgids B1", true)

	files, err := w.export(w.Ann.Ctx())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"README.txt", "documenten/contract-ann.pdf", "documenten/personeelsgids-a1.pdf", "documenten/documenten.csv",
		"gegevens.json", "gegevens.pdf", "jaaropgaven/jaaropgave-2025.pdf", "jaaropgaven/jaaropgaven.csv",
		"logboek.csv", "loonstroken/loonstrook-2026-09.pdf", "loonstroken/loonstrook-2026-10.pdf",
		"loonstroken/loonstroken.csv", "loonstroken/loonstroken.json", "verlof/verlofaanvragen.csv",
		"verlof/verlofmutaties.csv", "verzuim/ziekmeldingen.csv",
	}
	slices.Sort(want)
	if got := names(files); !slices.Equal(got, want) {
		t.Fatalf("entries:\n%v\nwant\n%v", got, want)
	}
	for name, wantIn := range map[string][]string{
		"gegevens.json":                {`"firstName": "Ann"`, `"username": "ann"`, `"employeeNumber"`},
		"loonstroken/loonstroken.json": {`"grossCents": 412345`, `"grossCents": 412346`, `"code": "5100"`},
		"loonstroken/loonstroken.csv":  {"4123,45", "Pensioenpremie werknemer"},
		"jaaropgaven/jaaropgaven.csv":  {"2025", "49481,40"},
		"verlof/verlofmutaties.csv":    {"Correctie Ann", "8,00"},
		"verzuim/ziekmeldingen.csv":    {"2026-11-02"},
		"documenten/documenten.csv":    {"Contract Ann", "Personeelsgids A1"},
		"logboek.csv":                  {string(owndata.ActionExported), "SICK_REPORTED"},
		"README.txt":                   {"Mijn gegevens", "loonstroken/", "logboek.csv"},
	} {
		for _, s := range wantIn {
			if !strings.Contains(files[name], s) {
				t.Errorf("%s lacks %q:\n%.600s", name, s, files[name])
			}
		}
	}
	// The readable summary holds Ann's personal data, login and employment (AVG art. 15).
	summary := pdfText(t, files["gegevens.pdf"])
	for _, s := range []string{"Mijn gegevens", "Ann Jansen", "ann@example.nl", "ann@prive.example", "0612345678", "ann", w.A1.Name,
		strconv.Itoa(w.Ann.Job.EmployeeNumber), "Geboortedatum", "Personeelsnummer"} {
		if !strings.Contains(summary, s) {
			t.Errorf("gegevens.pdf lacks %q:\n%s", s, summary)
		}
	}
	files["gegevens.pdf"] = summary
	// Nothing of Bob (same employer) or Gijs (another provider), in any file (the PDF
	// summary read as its text).
	for name, body := range files {
		for _, s := range []string{"Bob", "bob@", "Gijs", "598765", "5987,65", "7333,33", "733333", w.Bob.P.ID, w.Gijs.P.ID, "Personeelsgids B1", "Verborgen"} {
			if strings.Contains(body, s) {
				t.Errorf("%s holds %q of someone else (or a hidden document)", name, s)
			}
		}
	}
	if strings.Contains(files["jaaropgaven/jaaropgaven.csv"], "111222333") || strings.Contains(files["gegevens.json"], "password") {
		t.Error("the BSN belongs in the PDF only, and no password hash anywhere")
	}

	// R27: the export is in the trail, by the employee, about themselves.
	ev := w.C.AuditEvent.Query().Where(auditevent.Action(string(owndata.ActionExported))).OnlyX(w.Sys)
	if ev.ActorID != w.Ann.Acc.ID || ev.PersonID == nil || *ev.PersonID != w.Ann.P.ID || ev.EmployerID == nil || *ev.EmployerID != w.A1.ID {
		t.Fatalf("audit event: %+v", ev)
	}
}

// R22, R46: an employer with only MijnLoket (Start) gives payslips, annual statements,
// the personal data and the trail, not the parts of products it lacks; the README is in
// the language the employee chose.
func TestExportFollowsProductsAndLanguage(t *testing.T) {
	w := newWorld(t, ratelimit.Rules{})
	w.Publish(w.StaffA2, testworld.Slip(w.Eva, 2026, 10, 300_000))
	w.C.Account.UpdateOne(w.Eva.Acc).SetLanguage(account.LanguageEn).ExecX(w.Sys)
	files, err := w.export(w.Eva.Ctx())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"README.txt", "gegevens.json", "gegevens.pdf", "jaaropgaven/jaaropgaven.csv", "logboek.csv",
		"loonstroken/loonstrook-2026-10.pdf", "loonstroken/loonstroken.csv", "loonstroken/loonstroken.json"}
	slices.Sort(want)
	if got := names(files); !slices.Equal(got, want) {
		t.Fatalf("entries %v, want %v", got, want)
	}
	if !strings.Contains(files["README.txt"], "My data") || strings.Contains(files["README.txt"], "verlof/") {
		t.Fatalf("README:\n%s", files["README.txt"])
	}
	if text := pdfText(t, files["gegevens.pdf"]); !strings.Contains(text, "My data") || !strings.Contains(text, "Date of birth") {
		t.Fatalf("gegevens.pdf is not in English:\n%s", text)
	}
}

// Only an employee exports their own data: staff and integrators have no such export,
// and without a principal it is UNAUTHENTICATED.
func TestExportIsForEmployeesOnly(t *testing.T) {
	w := newWorld(t, ratelimit.Rules{})
	for name, ctx := range map[string]context.Context{"staff": w.StaffA1, "provider": w.ProviderP1, "nobody": context.Background()} {
		if _, err := w.svc.Start(ctx); err == nil {
			t.Errorf("%s started an export", name)
		}
	}
	if n := w.C.AuditEvent.Query().Where(auditevent.Action(string(owndata.ActionExported))).CountX(w.Sys); n != 0 {
		t.Fatalf("%d export events for refused exports", n)
	}
}

// The export is counted per account in the database: beyond the limit it is
// TOO_MANY_REQUESTS with a Retry-After and not audited; another account has its own
// count; after the window it works again.
func TestExportRateLimit(t *testing.T) {
	w := newWorld(t, ratelimit.Rules{ExportAccount: ratelimit.Rule{Limit: 2, Window: time.Hour}})
	for i := 0; i < 2; i++ {
		if _, err := w.export(w.Ann.Ctx()); err != nil {
			t.Fatalf("export %d: %v", i+1, err)
		}
	}
	_, err := w.svc.Start(w.Ann.Ctx())
	if retry, ok := apperr.RetryAfterOf(err); !ok || retry <= 0 {
		t.Fatalf("third export in the hour: %v", err)
	}
	if _, err := w.export(w.Bob.Ctx()); err != nil {
		t.Fatalf("Bob's own count: %v", err)
	}
	audited := func(m testworld.Member) int {
		return w.C.AuditEvent.Query().Where(auditevent.Action(string(owndata.ActionExported)), auditevent.ActorID(m.Acc.ID)).CountX(w.Sys)
	}
	if audited(w.Ann) != 2 || audited(w.Bob) != 1 {
		t.Fatalf("audited: Ann %d, Bob %d", audited(w.Ann), audited(w.Bob))
	}
	w.Clk.Advance(time.Hour)
	if _, err := w.export(w.Ann.Ctx()); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}
