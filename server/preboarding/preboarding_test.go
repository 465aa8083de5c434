package preboarding_test

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/changeevent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	entpreboarding "github.com/werkportaal/werkportaal/ent/preboarding"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The BSNs of the tests: 111222333 and 123456782 pass the eleven test (9·1+8·1+7·1+
// 6·2+5·2+4·2+3·3+2·3−1·3 = 66 = 6·11; 9·1+8·2+…+2·8−1·2 = 154 = 14·11).
const validBSN = "111222333"

// jpeg is the start of a JPEG file (SOI and a JFIF APP0 segment), padded to a size the
// server takes; pdf a minimal PDF.
var (
	jpeg = append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"), bytes.Repeat([]byte("ID-FRONT-PIXELS "), 64)...)
	pdf  = append([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), bytes.Repeat([]byte("% ID-BACK \n"), 16)...)
)

type fixture struct {
	*testworld.Portal
	S *preboarding.Service
}

func newFixture(t *testing.T) *fixture {
	f := testworld.NewPortal(t) // A1 and B1 have MijnLoket - Preboarding among every feature
	f.WithProducts(f.A3, product.CodePreboarding)
	acc := &access.Service{Client: f.C, Clock: f.Clk, Links: access.Links{Base: "https://werkportaal.example.nl"}}
	key, err := preboarding.NewKey(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{Portal: f, S: &preboarding.Service{Client: f.C, Clock: f.Clk, Access: acc, Gate: f.Gate, Key: key,
		PortalURL: testworld.PortalURL}}
}

func (f *fixture) today() date.Date { return date.Of(f.Clk.Now()) }

func (f *fixture) hire(ctx context.Context, emp *ent.Employer, first string, inDays int) (*preboarding.View, error) {
	return f.S.Create(ctx, preboarding.NewHire{EmployerID: emp.ID, Initials: first[:1] + ".", FirstName: first,
		LastName: "Nieuw", Email: strings.ToLower(first) + "@prive.example", BirthDate: date.New(1996, 5, 4),
		FirstDay: f.today().AddDays(inDays), JobTitle: "Monteur"})
}

// candidate signs the candidate in, as the invitation's registration would: the account
// the invitation made becomes active (R4).
func (f *fixture) candidate(t *testing.T, v *preboarding.View) context.Context {
	t.Helper()
	acc := f.C.Account.Query().Where(account.PersonID(v.PersonID)).OnlyX(f.Sys)
	if acc.State != account.StateINVITED {
		t.Fatalf("account after the invitation: %s", acc.State)
	}
	acc = acc.Update().SetState(account.StateACTIVE).SetUsername("kandidaat-" + v.PersonID).
		SetUsernameKey("kandidaat-" + strings.ToLower(v.PersonID)).SaveX(f.Sys)
	return testworld.Employee(f.A1, acc.ID, v.PersonID)
}

func s(v string) *string { return &v }

func (f *fixture) fill(t *testing.T, ctx context.Context) *preboarding.View {
	t.Helper()
	yes := true
	from := f.today().AddDays(10)
	must := testworld.Must[*preboarding.View](t)
	must(f.S.Save(ctx, preboarding.Checklist{Phone: s("0612345678"), Nationality: s("Nederlandse"),
		Street: s("Kerkstraat 1"), PostalCode: s("5301 AB"), City: s("Zaltbommel"), Country: s("Nederland"),
		BSN: s("111.222.333"), IBAN: s("nl91 abna 0417 1643 00"), TaxCredit: &yes, TaxCreditFrom: &from,
		EmergencyName: s("Piet Nieuw"), EmergencyRelation: s("broer"), EmergencyPhone: s("0687654321")}))
	must(f.S.Upload(ctx, preboarding.Front, jpeg))
	return must(f.S.Upload(ctx, preboarding.Back, pdf))
}

func mails(t *testing.T, f *fixture, kind outboxmail.Kind) []*ent.OutboxMail {
	t.Helper()
	return testworld.Must[[]*ent.OutboxMail](t)(f.C.OutboxMail.Query().Where(outboxmail.KindEQ(kind)).All(f.Sys))
}

func TestBSNElevenTest(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"111222333", "111222333", true},
		{"123456782", "123456782", true},
		{" 1112.22-333 ", "111222333", true},
		{"123456789", "", false}, // sum 147 = 13·11 + 4
		{"000000000", "", false}, // sum 0
		{"12345678", "", false},  // 012345678: sum 104 = 9·11 + 5
		{"1112223334", "", false},
		{"11122233a", "", false},
		{"", "", false},
	} {
		got, ok := preboarding.NormalBSN(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("NormalBSN(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestSealBindsRowAndField(t *testing.T) {
	k := preboarding.DeriveKey([]byte("a secret of at least thirty-two bytes"), "test")
	sealed, err := k.Seal("prb_1", "bsn", []byte(validBSN))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte(validBSN)) {
		t.Fatal("the sealed value holds the plaintext")
	}
	if got, err := k.Open("prb_1", "bsn", sealed); err != nil || string(got) != validBSN {
		t.Fatalf("open: %q %v", got, err)
	}
	if _, err := k.Open("prb_2", "bsn", sealed); err == nil {
		t.Error("a value copied to another row opens")
	}
	other := preboarding.DeriveKey([]byte("another secret of thirty-two bytes!"), "test")
	if _, err := other.Open("prb_1", "bsn", sealed); err == nil {
		t.Error("another key opens it")
	}
	if _, err := preboarding.ParseKey("dG9vIHNob3J0"); err == nil {
		t.Error("a short key is taken")
	}
}

func TestSniffType(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 80)...)
	for _, c := range []struct {
		b    []byte
		want string
	}{{jpeg, preboarding.TypeJPEG}, {png, preboarding.TypePNG}, {pdf, preboarding.TypePDF},
		{[]byte("<html><body>not an ID</body></html>"), ""}, {[]byte("GIF89a......"), ""}} {
		if got := preboarding.SniffType(c.b); got != c.want {
			t.Errorf("SniffType(%q…) = %q, want %q", c.b[:6], got, c.want)
		}
	}
}

// R38 from the invitation to the employment: the candidate fills in the checklist,
// staff return one item with a remark, the candidate corrects it and submits again,
// staff complete it; the candidate is then a person with an employment, the same
// account, and payroll finds the change in the feed (R45).
func TestLifecycle(t *testing.T) {
	f := newFixture(t)
	must := testworld.Must[*preboarding.View](t)
	v := must(f.hire(f.StaffA1, f.A1, "Noor", 14))
	if v.State != preboarding.Invited || v.Done() != 0 || len(v.Items) != 7 {
		t.Fatalf("new: %+v", v)
	}
	// A person without an employment, invited with the preboarding's own mail (R2).
	if n := f.C.Employment.Query().Where(employment.PersonID(v.PersonID)).CountX(f.Sys); n != 0 {
		t.Fatalf("%d employments before completion", n)
	}
	inv := mails(t, f, outboxmail.KindPREBOARDING_INVITATION)
	if len(inv) != 1 || inv[0].ToAddress != "noor@prive.example" || !strings.Contains(inv[0].TextBody, "/werknemer/uitnodiging#") {
		t.Fatalf("invitation mails %+v", inv)
	}
	accID := f.C.Account.Query().Where(account.PersonID(v.PersonID)).OnlyX(f.Sys).ID
	cand := f.candidate(t, v)

	// Save as you go: a first item moves it to in progress; wrong numbers are refused.
	v = must(f.S.Save(cand, preboarding.Checklist{Phone: s("0612345678"), Nationality: s("Nederlandse")}))
	if v.State != preboarding.InProgress || !v.Items[0].Done || v.Done() != 1 {
		t.Fatalf("after personal data: %s %d", v.State, v.Done())
	}
	_, err := f.S.Save(cand, preboarding.Checklist{BSN: s("123456789")})
	testworld.WantUserError(t, err, preboarding.CodeInvalidBSN, "bsn")
	_, err = f.S.Save(cand, preboarding.Checklist{IBAN: s("NL91ABNA0417164301")})
	testworld.WantUserError(t, err, preboarding.CodeInvalidIBAN, "iban")
	_, err = f.S.Upload(cand, preboarding.Front, []byte("<html>"+strings.Repeat("x", 200)+"</html>"))
	testworld.WantUserError(t, err, preboarding.CodeFileType, "file")
	_, err = f.S.Upload(cand, preboarding.Front, append(jpeg, make([]byte, preboarding.MaxFileBytes)...))
	testworld.WantUserError(t, err, preboarding.CodeFileTooLarge, "file")
	_, err = f.S.Submit(cand)
	testworld.WantUserError(t, err, preboarding.CodeIncomplete)

	v = f.fill(t, cand)
	if v.Done() != 7 || v.BSN != "******333" || v.IBAN != "NL91ABNA0417164300" {
		t.Fatalf("candidate's view: done %d, BSN %q, IBAN %q", v.Done(), v.BSN, v.IBAN)
	}
	v = must(f.S.Submit(cand))
	if v.State != preboarding.Submitted || v.SubmittedAt == nil {
		t.Fatalf("submitted: %+v", v.State)
	}
	_, err = f.S.Save(cand, preboarding.Checklist{City: s("Utrecht")})
	testworld.WantUserError(t, err, preboarding.CodeWrongState)

	// Staff see the BSN in full and the ID copy as uploaded.
	staff := must(f.S.Get(f.StaffA1, v.ID))
	if staff.BSN != validBSN || len(staff.Files) != 2 {
		t.Fatalf("staff view: BSN %q, files %+v", staff.BSN, staff.Files)
	}
	ct, b, err := f.S.Document(f.StaffA1, v.ID, preboarding.Front)
	if err != nil || ct != preboarding.TypeJPEG || !bytes.Equal(b, jpeg) {
		t.Fatalf("front: %s %d %v", ct, len(b), err)
	}

	// Returned with a remark on one item; the candidate corrects it.
	_, err = f.S.Return(f.StaffA1, v.ID, map[preboarding.Item]string{preboarding.ItemIBAN: " "})
	testworld.WantUserError(t, err, preboarding.CodeRemarksRequired, "remarks")
	v = must(f.S.Return(f.StaffA1, v.ID, map[preboarding.Item]string{preboarding.ItemIBAN: "Dit is een spaarrekening"}))
	if v.State != preboarding.Returned || v.Items[3].Remark != "Dit is een spaarrekening" {
		t.Fatalf("returned: %s %+v", v.State, v.Items[3])
	}
	if len(mails(t, f, outboxmail.KindPREBOARDING_RETURNED)) != 1 {
		t.Error("no mail about the return")
	}
	_, err = f.S.Complete(f.StaffA1, v.ID)
	testworld.WantUserError(t, err, preboarding.CodeWrongState)
	must(f.S.Save(cand, preboarding.Checklist{IBAN: s("NL02 ABNA 0123 4567 89")}))
	v = must(f.S.Submit(cand))
	if v.State != preboarding.Submitted || v.Items[3].Remark != "" {
		t.Fatalf("resubmitted: %s %+v", v.State, v.Items[3])
	}

	// Completed: an employment from the first day, the same account, no new invitation.
	v = must(f.S.Complete(f.StaffA1, v.ID))
	if v.State != preboarding.Completed || v.EmploymentID == nil {
		t.Fatalf("completed: %+v", v)
	}
	job := f.C.Employment.GetX(f.Sys, *v.EmploymentID)
	if job.PersonID != v.PersonID || job.StartDate != v.FirstDay || job.JobTitle != "Monteur" || job.EmployeeNumber != 5 { // A1 employs Ann, Bob, Cas and Dirk as 1–4
		t.Fatalf("employment %+v", job)
	}
	if acc := f.C.Account.Query().Where(account.PersonID(v.PersonID)).OnlyX(f.Sys); acc.ID != accID || acc.State != account.StateACTIVE {
		t.Fatalf("account after completion: %s %s", acc.ID, acc.State)
	}
	if len(mails(t, f, outboxmail.KindPREBOARDING_INVITATION)) != 1 || len(mails(t, f, outboxmail.KindPREBOARDING_COMPLETED)) != 1 {
		t.Error("want one invitation and one completion mail")
	}
	ch := f.C.ChangeEvent.Query().Where(changeevent.Kind(string(preboarding.ChangeCompleted))).OnlyX(f.Sys)
	if ch.Data["iban"] != "NL02ABNA0123456789" || ch.Data["firstDay"] != v.FirstDay.String() || ch.EmploymentID == nil {
		t.Fatalf("change %+v", ch.Data)
	}
	for k, x := range ch.Data {
		if strings.Contains(x, validBSN) {
			t.Errorf("the change feed carries the BSN in %s", k)
		}
	}
	// The candidate's portal now reads the employee's own data with the same login.
	mine := must(f.S.Mine(cand))
	if mine.State != preboarding.Completed {
		t.Errorf("candidate sees %s", mine.State)
	}
	if n := f.C.Employment.Query().Where(employment.PersonID(v.PersonID)).CountX(cand); n != 1 {
		t.Errorf("the new employee reads %d employments of their own", n)
	}
}

// R38 privacy: the raw columns hold no BSN and no ID image, and nothing the candidate
// typed reaches the audit trail.
func TestEncryptedAtRest(t *testing.T) {
	f := newFixture(t)
	v := testworld.Must[*preboarding.View](t)(f.hire(f.StaffA1, f.A1, "Sem", 20))
	f.fill(t, f.candidate(t, v))
	var raw []byte
	if err := f.Store.DB.QueryRowContext(context.Background(), "SELECT bsn_sealed FROM preboardings WHERE id = "+placeholder(f), v.ID).Scan(&raw); err != nil {
		t.Fatal(err)
	}
	if len(raw) < 20 || bytes.Contains(raw, []byte(validBSN)) || bytes.Contains(raw, []byte("111.222.333")) {
		t.Fatalf("bsn_sealed holds %q", raw)
	}
	rows, err := f.Store.DB.QueryContext(context.Background(), "SELECT sealed FROM preboarding_files")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
		if err := rows.Scan(&raw); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte("ID-FRONT-PIXELS")) || bytes.Contains(raw, []byte("ID-BACK")) || bytes.HasPrefix(raw, []byte("%PDF")) {
			t.Error("an ID image is stored in the clear")
		}
	}
	_ = rows.Close()
	if n != 2 {
		t.Fatalf("%d files", n)
	}
	for _, e := range f.C.AuditEvent.Query().Where(auditevent.TargetID(v.ID)).AllX(f.Sys) {
		for k, x := range e.Details {
			if strings.Contains(x, "333") || strings.Contains(x, "NL91") || strings.Contains(x, "Kerkstraat") {
				t.Errorf("audit %s %s=%q carries what the candidate typed", e.Action, k, x)
			}
		}
	}
}

func placeholder(f *fixture) string {
	if f.Store.Dialect == "postgres" {
		return "$1"
	}
	return "?"
}

// R38: only MANAGE_PREBOARDING reaches a preboarding, only within the tenant; the
// candidate sees only their own, and only with the product (R22).
func TestRightsAndTenants(t *testing.T) {
	f := newFixture(t)
	must := testworld.Must[*preboarding.View](t)
	v := must(f.hire(f.ProviderP1, f.A1, "Lot", 20))
	f.fill(t, f.candidate(t, v))

	noRight := testworld.EmployerUser(f.A1, "usr_a1_nopre", testworld.Without(viewer.ManagePreboarding)...)
	_, err := f.hire(noRight, f.A1, "Kim", 20)
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.S.Get(noRight, v.ID)
	testworld.WantCode(t, err, apperr.Forbidden)
	_, _, err = f.S.Document(noRight, v.ID, preboarding.Front)
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.S.List(noRight, f.A1.ID, nil)
	testworld.WantCode(t, err, apperr.Forbidden)
	// The right alone does not open the rows through ent either.
	if n, err := f.C.Preboarding.Query().Count(noRight); err == nil && n > 0 {
		t.Errorf("staff without the right read %d preboardings", n)
	}
	// Another employer's or provider's staff: not found, as for a missing one.
	for name, ctx := range map[string]context.Context{"A2": f.StaffA2, "P2": f.ProviderP2} {
		_, err := f.S.Get(ctx, v.ID)
		testworld.WantCode(t, err, apperr.NotFound)
		_, err = f.S.Complete(ctx, v.ID)
		testworld.WantCode(t, err, apperr.NotFound)
		if l, err := f.S.List(ctx, f.A1.ID, nil); err != nil || len(l) != 0 {
			t.Errorf("%s lists %d of A1's", name, len(l))
		}
	}
	_, err = f.hire(f.ProviderP2, f.A1, "Kim", 20)
	testworld.WantCode(t, err, apperr.NotFound)
	// An employer without either preboarding product.
	_, err = f.hire(f.StaffA2, f.A2, "Kim", 20)
	testworld.WantUserError(t, err, preboarding.CodeProductNotActive)
	// The supporting Preboarding alone is enough for staff (A3 has no MijnLoket).
	must(f.hire(f.ProviderP1, f.A3, "Kim", 20))
	// Another employee has no preboarding and reads none; an employee's claimed rights
	// count for nothing.
	if mine, err := f.S.Mine(f.Ann.Ctx()); err != nil || mine != nil {
		t.Errorf("Ann's preboarding: %v %v", mine, err)
	}
	annWithRight := testworld.Employee(f.A1, f.Ann.Acc.ID, f.Ann.P.ID, viewer.ManagePreboarding)
	_, err = f.S.Get(annWithRight, v.ID)
	testworld.WantCode(t, err, apperr.Forbidden)
	// Integrators acknowledge; staff do not.
	_, err = f.S.AcknowledgeDocuments(f.StaffA1, v.ID)
	testworld.WantCode(t, err, apperr.Forbidden)
	// A past first day is refused.
	_, err = f.hire(f.StaffA1, f.A1, "Kim", -1)
	testworld.WantUserError(t, err, preboarding.CodeFirstDayNotFuture, "firstDay")
	// Without a key nothing is accepted.
	noKey := *f.S
	noKey.Key = nil
	_, err = noKey.Create(f.StaffA1, preboarding.NewHire{EmployerID: f.A1.ID})
	testworld.WantUserError(t, err, preboarding.CodeNotConfigured)
}

// R38: ending deletes what the candidate submitted, stops the link and the login, and
// leaves the audit line of the end.
func TestEnd(t *testing.T) {
	f := newFixture(t)
	must := testworld.Must[*preboarding.View](t)
	v := must(f.hire(f.StaffA1, f.A1, "Jip", 20))
	cand := f.candidate(t, v)
	f.fill(t, cand)
	v = must(f.S.End(f.StaffA1, v.ID))
	if v.State != preboarding.Ended || v.BSN != "" || v.IBAN != "" || v.Street != "" || len(v.Files) != 0 || v.Done() != 1 {
		t.Fatalf("ended: %+v", v)
	}
	pb := f.C.Preboarding.GetX(f.Sys, v.ID)
	if (pb.BsnSealed != nil && len(*pb.BsnSealed) > 0) || pb.EmergencyName != "" {
		t.Fatal("the sealed BSN or the emergency contact stayed")
	}
	if n := f.C.PreboardingFile.Query().CountX(f.Sys); n != 0 {
		t.Fatalf("%d files stayed", n)
	}
	if acc := f.C.Account.Query().Where(account.PersonID(v.PersonID)).OnlyX(f.Sys); acc.State != account.StateBLOCKED {
		t.Fatalf("account %s", acc.State)
	}
	if n := f.C.AuditEvent.Query().Where(auditevent.TargetID(v.ID), auditevent.Action(string(preboarding.ActionEnded))).CountX(f.Sys); n != 1 {
		t.Fatalf("%d end lines", n)
	}
	_, err := f.S.End(f.StaffA1, v.ID)
	testworld.WantUserError(t, err, preboarding.CodeWrongState)
	_, err = f.S.Save(cand, preboarding.Checklist{City: s("Utrecht")})
	testworld.WantUserError(t, err, preboarding.CodeWrongState)
}

// runTwice runs RunOnce on two instances at once and sums what they did.
func runTwice(t *testing.T, f *fixture) (reminded, purged int) {
	t.Helper()
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j := &preboarding.Jobs{Preboarding: f.S, Batch: 1}
			r, p, err := j.RunOnce(context.Background())
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			reminded, purged = reminded+r, purged+p
			mu.Unlock()
		}()
	}
	wg.Wait()
	return reminded, purged
}

// R38: the reminder goes once, 3 days before the first day, to candidates who did not
// submit; the ID copy goes 30 days after the integrator acknowledged it. Two instances
// run the jobs at once, on the injected clock.
func TestJobsOnTwoInstances(t *testing.T) {
	f := newFixture(t)
	must := testworld.Must[*preboarding.View](t)
	soon := must(f.hire(f.StaffA1, f.A1, "Bas", 2))
	must(f.hire(f.StaffA1, f.A1, "Cor", 3))
	later := must(f.hire(f.StaffA1, f.A1, "Dex", 10))
	done := must(f.hire(f.StaffA1, f.A1, "Eef", 3))
	cand := f.candidate(t, done)
	f.fill(t, cand)
	must(f.S.Submit(cand)) // submitted: no reminder
	_ = soon

	if r, _ := runTwice(t, f); r != 2 {
		t.Fatalf("reminded %d, want 2 (Bas and Cor)", r)
	}
	if r, _ := runTwice(t, f); r != 0 {
		t.Fatalf("reminded %d again", r)
	}
	f.Clk.Advance(7 * 24 * time.Hour)
	if r, _ := runTwice(t, f); r != 1 {
		t.Fatalf("a week later reminded %d, want 1 (Dex)", r)
	}
	rem := mails(t, f, outboxmail.KindPREBOARDING_REMINDER)
	if len(rem) != 3 {
		t.Fatalf("%d reminder mails", len(rem))
	}
	if got := f.C.Preboarding.GetX(f.Sys, later.ID).RemindedAt; got == nil {
		t.Fatal("Dex not marked reminded")
	}

	// Completed and acknowledged: the copy stays 30 days, then goes once.
	must(f.S.Complete(f.StaffA1, done.ID))
	integrator := testworld.APIClient(f.P1, "cli_payroll", viewer.ManagePreboarding)
	v := must(f.S.AcknowledgeDocuments(integrator, done.ID))
	if v.DocumentsAcknowledgedAt == nil {
		t.Fatal("not acknowledged")
	}
	f.Clk.Advance(30*24*time.Hour - time.Minute)
	if _, p := runTwice(t, f); p != 0 {
		t.Fatalf("purged %d before 30 days", p)
	}
	f.Clk.Advance(2 * time.Minute)
	if _, p := runTwice(t, f); p != 1 {
		t.Fatalf("purged %d, want 1", p)
	}
	if _, p := runTwice(t, f); p != 0 {
		t.Fatalf("purged %d again", p)
	}
	if n := f.C.PreboardingFile.Query().CountX(f.Sys); n != 0 {
		t.Fatalf("%d files left", n)
	}
	v = must(f.S.Get(f.StaffA1, done.ID))
	if v.DocumentsDeletedAt == nil || len(v.Files) != 0 || v.BSN != validBSN || !v.Items[6].Done {
		t.Fatalf("after the purge: %+v", v)
	}
	_, _, err := f.S.Document(f.StaffA1, done.ID, preboarding.Front)
	testworld.WantCode(t, err, apperr.NotFound)
	if st := f.C.Preboarding.GetX(f.Sys, done.ID).State; st != entpreboarding.StateCOMPLETED {
		t.Fatalf("state %s", st)
	}
}

// The new hire's team is picked from the employer's teams, which staff with
// MANAGE_PREBOARDING read without MANAGE_HR_SETTINGS; other tenants' are not found.
func TestTeams(t *testing.T) {
	f := newFixture(t)
	at := f.Clk.Now()
	for _, name := range []string{"Werkplaats", "Kantoor"} {
		f.C.Department.Create().SetProviderID(f.A1.ProviderID).SetEmployerID(f.A1.ID).SetName(name).
			SetCreatedAt(at).SetUpdatedAt(at).ExecX(f.Sys)
	}
	f.C.Department.Create().SetProviderID(f.B1.ProviderID).SetEmployerID(f.B1.ID).SetName("Elders").
		SetCreatedAt(at).SetUpdatedAt(at).ExecX(f.Sys)

	onlyPreboarding := testworld.EmployerUser(f.A1, "usr_a1_pre", viewer.ManagePreboarding)
	teams, err := f.S.Teams(onlyPreboarding, f.A1.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tm := range teams {
		names = append(names, tm.Name)
	}
	if strings.Join(names, ",") != "Kantoor,Werkplaats" {
		t.Fatalf("teams of A1: %v", names)
	}
	// The team chosen is the new hire's after completion.
	v, err := f.S.Create(onlyPreboarding, preboarding.NewHire{EmployerID: f.A1.ID, Initials: "T.", FirstName: "Tess",
		LastName: "Nieuw", Email: "tess@prive.example", BirthDate: date.New(1999, 1, 2),
		FirstDay: f.today().AddDays(14), DepartmentID: &teams[1].ID})
	if err != nil || v.DepartmentID == nil || *v.DepartmentID != teams[1].ID {
		t.Fatalf("hire with a team: %+v %v", v, err)
	}

	noRight := testworld.EmployerUser(f.A1, "usr_a1_nopre", testworld.Without(viewer.ManagePreboarding)...)
	_, err = f.S.Teams(noRight, f.A1.ID)
	testworld.WantCode(t, err, apperr.Forbidden)
	for _, ctx := range []context.Context{f.StaffA2, f.ProviderP2} {
		_, err = f.S.Teams(ctx, f.A1.ID)
		testworld.WantCode(t, err, apperr.NotFound)
	}
}
