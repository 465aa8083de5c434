package assistant_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/assistant"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// R41: Dutch and English phrasings, with typos, map to the right intent.
func TestRecognise(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want assistant.Intent
		faq  string
	}{
		// Dutch (≥ 15).
		{"hoeveel verlof heb ik nog?", assistant.LeaveBalance, ""},
		{"Hoeveel vakantiedagen heb ik nog over?", assistant.LeaveBalance, ""},
		{"wat is mijn verlofsaldo", assistant.LeaveBalance, ""},
		{"hoevel verlog heb ik nog", assistant.LeaveBalance, ""}, // two typos
		{"Wanneer vervalt mijn verlof?", assistant.LeaveExpiry, ""},
		{"tot wanneer zijn mijn vakantieuren geldig", assistant.LeaveExpiry, ""},
		{"Wat is de status van mijn verlofaanvraag?", assistant.LeaveRequests, ""},
		{"is mijn verlof aanvraag al goedgekeurd", assistant.LeaveRequests, ""},
		{"Wat was mijn laatste nettoloon?", assistant.LatestPay, ""},
		{"hoeveel salaris heb ik vorige maand gekregen", assistant.LatestPay, ""},
		{"Wanneer komt mijn volgende loonstrook?", assistant.NextPayslip, ""},
		{"wanneer krijg ik mijn nieuwe loonstrook", assistant.NextPayslip, ""},
		{"Sta ik nog ziek gemeld?", assistant.SickReport, ""},
		{"heb ik een open ziekmelding", assistant.SickReport, ""},
		{"Waar vind ik mijn arbeidscontract?", assistant.Document, ""},
		{"waar staat mijn jaaropgave", assistant.Document, ""},
		{"Ik ben mijn wachtwoord vergeten", assistant.Help, "wachtwoord-vergeten"},
		{"gebruikersnaam kwijt, wat nu?", assistant.Help, "gebruikersnaam-vergeten"},
		{"Is er een app van het werkportaal?", assistant.Help, "app"},
		{"ik heb meerdere dienstverbanden, krijg ik twee inlogcodes?", assistant.Help, "dienstverbanden"},
		{"wat is het weer morgen", assistant.Unknown, ""},
		// English (≥ 10).
		{"How much leave do I have left?", assistant.LeaveBalance, ""},
		{"how many vacation days do i have", assistant.LeaveBalance, ""},
		{"what's my holiday balance", assistant.LeaveBalance, ""},
		{"When does my leave expire?", assistant.LeaveExpiry, ""},
		{"What is the status of my leave request?", assistant.LeaveRequests, ""},
		{"What was my latest net pay?", assistant.LatestPay, ""},
		{"how much was my last salary", assistant.LatestPay, ""},
		{"When is my next payslp coming?", assistant.NextPayslip, ""}, // typo
		{"Am I still reported sick?", assistant.SickReport, ""},
		{"Where can I find my contract?", assistant.Document, ""},
		{"I forgot my password", assistant.Help, "wachtwoord-vergeten"},
		{"I forgot my username", assistant.Help, "gebruikersnaam-vergeten"},
		{"My account is locked after three wrong passwords", assistant.Help, "geblokkeerd"},
		{"what is the meaning of life", assistant.Unknown, ""},
	} {
		got, faq := assistant.Recognise(tc.q)
		if got != tc.want || faq != tc.faq {
			t.Errorf("%q: %s %q, want %s %q", tc.q, got, faq, tc.want, tc.faq)
		}
	}
}

type world struct {
	*testworld.Portal
	S *assistant.Service
}

func newWorld(t *testing.T) world {
	f := testworld.NewPortal(t)
	lv := &leave.Service{Client: f.C, Clock: f.Clk}
	lv.Gate = func(ctx context.Context, ft string) error { return f.Gate.Require(ctx, feature.Feature(ft)) }
	s := &assistant.Service{Client: f.C, Clock: f.Clk, Features: f.Gate, Payroll: f.Payroll, Leave: lv,
		Sick: f.Sick, Documents: f.Documents}
	return world{f, s}
}

func ask(t *testing.T, w world, m testworld.Member, q, lang string) *assistant.Answer {
	t.Helper()
	a, err := w.S.Ask(m.Ctx(), q, lang)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return a
}

func hours(h float64) *float64 { return &h }

// R41: the answers come from the employee's own data through the pages' services, with
// a link to the page; "hoeveel verlof heb ik nog?" gives the ledger's hours; nothing is
// invented when the data is missing.
func TestAnswersFromOwnData(t *testing.T) {
	w := newWorld(t)
	expiry := date.New(2027, 7, 1)
	testworld.Must[[]*leave.CardLine](t)(w.Publisher.SetLeaveBalances(w.StaffA1, []publish.LeaveBalanceInput{
		{EmploymentID: w.Ann.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 160, Taken: 40, Remaining: hours(120), ExpiryDate: &expiry},
		{EmploymentID: w.Bob.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 160, Taken: 8, Remaining: hours(152)},
	}))

	// Ann's balance: her 120 hours, not Bob's 152, with the expiry and a link.
	a := ask(t, w, w.Ann, "hoeveel verlof heb ik nog?", "nl")
	if a.Intent != assistant.LeaveBalance || !a.Answered || !strings.Contains(a.Text, "120 uur") || strings.Contains(a.Text, "152") ||
		!strings.Contains(a.Text, "1 juli 2027") || a.Link == nil || a.Link.Path != "/werknemer/verlof" || a.Contact != nil {
		t.Errorf("Ann's leave: %+v %+v", a, a.Link)
	}
	a = ask(t, w, w.Bob, "How much leave do I have left?", "en")
	if !a.Answered || !strings.Contains(a.Text, "152 hours") || strings.Contains(a.Text, "120") || !strings.Contains(a.Text, "expire on 1 July 2027") {
		t.Errorf("Bob's leave: %q", a.Text)
	}
	a = ask(t, w, w.Ann, "wanneer vervalt mijn verlof", "nl")
	if a.Intent != assistant.LeaveExpiry || !strings.HasPrefix(a.Text, "De uren") || !strings.Contains(a.Text, "1 juli 2027") {
		t.Errorf("Ann's expiry: %q", a.Text)
	}

	// Pay: no payslip yet → says so, no amount, the employer's contact.
	a = ask(t, w, w.Ann, "wat was mijn laatste nettoloon?", "nl")
	if a.Intent != assistant.LatestPay || a.Answered || strings.Contains(a.Text, "€") || a.Contact == nil || a.Contact.Name != w.A1.Name {
		t.Errorf("no payslip: %+v", a)
	}
	// The next payslip's date only when a published one says so.
	a = ask(t, w, w.Ann, "wanneer komt mijn volgende loonstrook?", "nl")
	if a.Intent != assistant.NextPayslip || a.Answered || strings.ContainsAny(a.Text, "0123456789") {
		t.Errorf("no next payslip: %+v", a)
	}
	w.Publish(w.ProviderP1, testworld.Slip(w.Ann, 2026, 10, 300_000), testworld.Slip(w.Bob, 2026, 10, 500_000))
	dec := testworld.Slip(w.Ann, 2026, 12, 310_000)
	visible := date.New(2026, 12, 23)
	dec.VisibleFrom = &visible
	w.Publish(w.ProviderP1, dec)
	a = ask(t, w, w.Ann, "What was my latest net pay?", "en")
	// Slip: net = gross − gross/5 − 50,00 = 3000 − 600 − 50 = €2,350.00; December is not visible yet.
	if !a.Answered || !strings.Contains(a.Text, "€2,350.00") || !strings.Contains(a.Text, "October 2026") || a.Link == nil ||
		!strings.HasPrefix(a.Link.Path, "/werknemer/loonstroken/") {
		t.Errorf("Ann's pay: %q %+v", a.Text, a.Link)
	}
	a = ask(t, w, w.Ann, "wanneer komt mijn volgende loonstrook?", "nl")
	if !a.Answered || !strings.Contains(a.Text, "23 december 2026") {
		t.Errorf("Ann's next payslip: %q", a.Text)
	}
	a = ask(t, w, w.Bob, "wanneer komt mijn volgende loonstrook?", "nl")
	if a.Answered {
		t.Errorf("Bob has no next payslip: %q", a.Text)
	}

	// Sick report: none, then the open one.
	a = ask(t, w, w.Ann, "sta ik nog ziek gemeld?", "nl")
	if a.Intent != assistant.SickReport || !a.Answered || a.Text != "Je hebt geen openstaande ziekmelding." {
		t.Errorf("no sick report: %q", a.Text)
	}
	if _, err := w.Sick.ReportSick(w.Ann.Ctx(), date.New(2026, 11, 20), nil); err != nil {
		t.Fatal(err)
	}
	a = ask(t, w, w.Ann, "Am I still reported sick?", "en")
	if !strings.Contains(a.Text, "20 November 2026") || a.Link.Path != "/werknemer/ziek-en-hersteld" {
		t.Errorf("sick report: %q", a.Text)
	}
	if a = ask(t, w, w.Bob, "sta ik nog ziek gemeld?", "nl"); strings.Contains(a.Text, "november") {
		t.Errorf("Bob sees Ann's sick report: %q", a.Text)
	}

	// Leave requests: none open.
	a = ask(t, w, w.Ann, "wat is de status van mijn verlofaanvraag", "nl")
	if a.Intent != assistant.LeaveRequests || !a.Answered || a.Text != "Je hebt geen openstaande verlofaanvragen." || a.Link.Path != "/werknemer/verlof-aanvragen" {
		t.Errorf("requests: %+v", a)
	}

	// Documents: Ann's visible contract, not Bob's.
	w.AddDoc(w.StaffA1, w.A1, &w.Ann, "Arbeidscontract Ann", true)
	w.AddDoc(w.StaffA1, w.A1, &w.Bob, "Arbeidscontract Bob", true)
	a = ask(t, w, w.Ann, "waar vind ik mijn arbeidscontract?", "nl")
	if a.Intent != assistant.Document || len(a.Facts) != 1 || a.Facts[0].Label != "Arbeidscontract Ann" || a.Link.Path != "/werknemer/documenten" {
		t.Errorf("documents: %+v", a)
	}

	// Help from the login-help page's texts.
	a = ask(t, w, w.Ann, "ik ben mijn wachtwoord vergeten", "nl")
	if a.Intent != assistant.Help || !strings.Contains(a.Text, "Wachtwoord vergeten?") || strings.Contains(a.Text, "<") ||
		a.Link.Path != "/werknemer/problemen-met-inloggen#wachtwoord-vergeten" {
		t.Errorf("help: %+v", a)
	}
	a = ask(t, w, w.Ann, "I forgot my username", "en")
	if !strings.Contains(a.Text, "Forgot username?") && !strings.Contains(a.Text, "username") {
		t.Errorf("help en: %q", a.Text)
	}

	// Not known: says so, names the employer.
	a = ask(t, w, w.Ann, "wat is het weer morgen?", "nl")
	if a.Intent != assistant.Unknown || a.Answered || a.Contact == nil || a.Contact.Name != w.A1.Name || a.Contact.Street != "Hogeweg 1" {
		t.Errorf("unknown: %+v %+v", a, a.Contact)
	}
}

// R41: the assistant answers only about the viewer; asking about someone else is refused
// without reading their data.
func TestRefusesAnotherEmployeesData(t *testing.T) {
	w := newWorld(t)
	testworld.Must[[]*leave.CardLine](t)(w.Publisher.SetLeaveBalances(w.StaffA1, []publish.LeaveBalanceInput{
		{EmploymentID: w.Bob.Job.ID, Year: 2026, LeaveType: leave.Statutory, Entitlement: 160, Remaining: hours(152)},
	}))
	for _, q := range []string{"hoeveel verlof heeft Bob nog?", "Hoeveel verlof heeft mijn collega nog?", "How much leave does Bob have left?",
		"what is his salary", "wat verdient mijn manager", "Wat is het saldo van Fatima El Amrani?", "hoeveel verlof heeft iemand anders"} {
		a := ask(t, w, w.Ann, q, "nl")
		if a.Intent != assistant.OtherPerson || a.Answered || strings.Contains(a.Text, "152") {
			t.Errorf("%q: %+v", q, a)
		}
	}
	// A month's name or the employee's own name is no other person.
	if a := ask(t, w, w.Ann, "Hoeveel verlof heb ik in December nog?", "nl"); a.Intent == assistant.OtherPerson {
		t.Errorf("December is a person: %+v", a)
	}
	for _, q := range []string{"Hoi, ik ben Ann. Hoeveel verlof heb ik nog?", "tot wanneer zijn mijn vakantieuren geldig?",
		"Goedemorgen! Kan ik zien hoeveel verlof ik nog heb?", "When do they pay my salary?"} {
		if a := ask(t, w, w.Ann, q, "nl"); a.Intent == assistant.OtherPerson {
			t.Errorf("%q is about someone else: %+v", q, a)
		}
	}
}

// R22, R41: the assistant needs its product; a question about a part the employer does
// not have says so; input is bounded; staff cannot ask.
func TestProductGateAndBounds(t *testing.T) {
	w := newWorld(t)
	for _, m := range []testworld.Member{w.Eva, w.Fien} {
		if _, err := w.S.Ask(m.Ctx(), "hoeveel verlof heb ik nog?", "nl"); apperr.CodeOf(err) != apperr.FeatureNotActive {
			t.Errorf("%s: want FEATURE_NOT_ACTIVE, got %v", m.P.FirstName, err)
		}
	}
	if _, err := w.S.Ask(w.StaffA1, "hoeveel verlof heb ik nog?", "nl"); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("staff: %v", err)
	}
	// Gijs's employer B1 has the assistant but not the leave card (switched off here).
	w.C.ProductActivation.Update().SetDeactivatedAt(testworld.PortalStart).
		Where(productactivationEmployer(w.B1.ID, "MIJNLOKET_LEAVE_CARD")).ExecX(w.Sys)
	a := ask(t, w, w.Gijs, "hoeveel verlof heb ik nog?", "nl")
	if a.Answered || !strings.Contains(a.Text, "niet in het werkportaal") || a.Contact == nil {
		t.Errorf("no leave card: %+v", a)
	}
	for q, code := range map[string]apperr.UserCode{"   ": assistant.CodeQuestionEmpty, strings.Repeat("verlof ", 50): assistant.CodeQuestionTooLong} {
		_, err := w.S.Ask(w.Ann.Ctx(), q, "nl")
		if ue, ok := apperr.AsUser(err); !ok || ue.Code != code {
			t.Errorf("%q: %v", q[:5], err)
		}
	}
}

// R41: questions leave only anonymous counts per employer, day, intent and answered;
// staff with MANAGE_HR_SETTINGS read them for their own employers only.
func TestAnonymousCounts(t *testing.T) {
	w := newWorld(t)
	ask(t, w, w.Ann, "hoeveel verlof heb ik nog?", "nl")
	ask(t, w, w.Bob, "How much leave do I have left?", "en")
	ask(t, w, w.Ann, "wat is het weer?", "nl")
	w.Clk.Advance(24 * time.Hour)
	ask(t, w, w.Ann, "wat is het weer?", "nl")
	ask(t, w, w.Gijs, "wat is het weer?", "nl")

	cs := testworld.Must[[]*assistant.Count](t)(w.S.Counts(w.StaffA1, w.A1.ID, nil, nil))
	var got []string
	for _, c := range cs {
		got = append(got, c.Day.String()+" "+string(c.Intent)+" "+map[bool]string{true: "yes", false: "no"}[c.Answered]+" "+itoa(c.Count))
	}
	want := "2026-11-25 UNKNOWN no 1|2026-11-24 LEAVE_BALANCE no 2|2026-11-24 UNKNOWN no 1"
	if strings.Join(got, "|") != want {
		t.Errorf("counts %q, want %q", strings.Join(got, "|"), want)
	}
	// The rows hold no person: the table has no column for one (schema golden), and the
	// count of B1 is B1's.
	if _, err := w.S.Counts(w.StaffA1, w.B1.ID, nil, nil); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A1 staff read B1's counts: %v", err)
	}
	if _, err := w.S.Counts(w.Ann.Ctx(), w.A1.ID, nil, nil); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("an employee reads counts: %v", err)
	}
	from, to := date.New(2026, 1, 1), date.New(2026, 11, 25)
	if _, err := w.S.Counts(w.StaffA1, w.A1.ID, &from, &to); apperr.CodeOf(err) != apperr.BadRequest {
		t.Errorf("a range of a year: %v", err)
	}
}

// R41: the questions are limited per account in the database.
func TestRateLimit(t *testing.T) {
	w := newWorld(t)
	w.S.Limits = &ratelimit.Limiter{DB: w.Store.DB, Dialect: w.Store.Dialect, Clock: w.Clk,
		Rules: ratelimit.Rules{AssistantAccount: ratelimit.Rule{Limit: 3, Window: time.Minute}}}
	for i := range 3 {
		if _, err := w.S.Ask(w.Ann.Ctx(), "hoeveel verlof heb ik nog?", "nl"); err != nil {
			t.Fatalf("question %d: %v", i+1, err)
		}
	}
	if _, err := w.S.Ask(w.Ann.Ctx(), "hoeveel verlof heb ik nog?", "nl"); apperr.CodeOf(err) != apperr.TooManyRequests {
		t.Errorf("fourth question: %v", err)
	}
	// Bob has his own count.
	if _, err := w.S.Ask(w.Bob.Ctx(), "hoeveel verlof heb ik nog?", "nl"); err != nil {
		t.Errorf("Bob: %v", err)
	}
	w.Clk.Advance(time.Minute)
	if _, err := w.S.Ask(w.Ann.Ctx(), "hoeveel verlof heb ik nog?", "nl"); err != nil {
		t.Errorf("after a minute: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func productactivationEmployer(employerID, code string) predicate.ProductActivation {
	return productactivation.And(productactivation.EmployerID(employerID), productactivation.HasProductWith(product.Code(code)))
}
