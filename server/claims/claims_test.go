package claims_test

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/changeevent"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// t0 is Monday 2 March 2026 in the morning.
var t0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// jpeg is the start of a JPEG file: enough for the content sniffing.
var jpeg = append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{1}, 100)...)

// world: A1 (provider A) with MijnLoket, Declaraties and Dossiervorming; A2 (provider A)
// with Declaraties but without Dossiervorming; B1 (provider B) with both. Ann and Bob
// are employees of A1 since 2020; Nora joined A1 on 15 February 2026; Otto left A1 on
// 31 January 2026; Anouk is at A2, Carl at B1.
type world struct {
	t                        *testing.T
	w                        *testworld.World
	c                        *ent.Client
	sys                      context.Context
	svc                      *claims.Service
	wf                       *workflow.Service
	products                 *product.Service
	A1, A2, B1               *ent.Employer
	ann, bob, nora, otto     *ent.Employment
	anouk, carl              *ent.Employment
	km, receipt, fixed       *claims.Component
	kmA2, receiptA2, kmB1    *claims.Component
	hanna, olga, bert, henkA context.Context
	n                        int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	tw := testworld.New(t, t0)
	clk := clock.NewFake(t0)
	x := &world{t: t, w: tw, c: tw.Store.Client, sys: tw.Sys}
	x.wf = &workflow.Service{Client: x.c, Clock: clk}
	x.svc = &claims.Service{Client: x.c, Clock: clk, Features: &feature.Gate{Client: x.c}, Workflow: x.wf}
	x.products = &product.Service{Client: x.c, Clock: clk}
	x.c.Provider.UpdateOne(tw.ProvB).SetMijnloketAddendumSignedAt(t0).ExecX(x.sys)
	x.A1 = x.activate(tw.EmpA1, product.CodeMijnLoket, product.CodeExpenseClaims, product.CodeDocuments)
	x.A2 = x.activate(tw.EmpA2, product.CodeMijnLoket, product.CodeExpenseClaims)
	x.B1 = x.activate(tw.EmpB1, product.CodeMijnLoket, product.CodeExpenseClaims, product.CodeDocuments)
	x.ann = x.employee(x.A1, "Ann", date.New(2020, 1, 1), nil)
	x.bob = x.employee(x.A1, "Bob", date.New(2020, 1, 1), nil)
	x.nora = x.employee(x.A1, "Nora", date.New(2026, 2, 15), nil)
	end := date.New(2026, 1, 31)
	x.otto = x.employee(x.A1, "Otto", date.New(2020, 1, 1), &end)
	x.anouk = x.employee(x.A2, "Anouk", date.New(2020, 1, 1), nil)
	x.carl = x.employee(x.B1, "Carl", date.New(2020, 1, 1), nil)
	x.hanna = testworld.EmployerUser(x.A1, "usr_hanna", viewer.HandleRequests)
	x.olga = testworld.EmployerUser(x.A1, "usr_olga", viewer.ViewEmployees)
	x.bert = testworld.EmployerUser(x.B1, "usr_bert", viewer.HandleRequests)
	x.henkA = testworld.EmployerUser(x.A2, "usr_henk", viewer.HandleRequests)
	tw.EmployerStaff(x.A1, "hanna", "x", viewer.HandleRequests)
	tw.EmployerStaff(x.A2, "henk", "x", viewer.HandleRequests)
	tw.EmployerStaff(x.B1, "bert", "x", viewer.HandleRequests)
	x.km = x.component(x.A1, "Reiskosten", claims.KindKilometres, 23, false)
	x.receipt = x.component(x.A1, "Parkeerkosten", claims.KindReceipt, 0, true)
	x.fixed = x.component(x.A1, "Thuiswerkvergoeding", claims.KindFixed, 250, false)
	x.kmA2 = x.component(x.A2, "Reiskosten", claims.KindKilometres, 21, false)
	x.receiptA2 = x.component(x.A2, "Parkeerkosten", claims.KindReceipt, 0, true)
	x.kmB1 = x.component(x.B1, "Reiskosten", claims.KindKilometres, 19, false)
	return x
}

func (x *world) activate(e *ent.Employer, codes ...string) *ent.Employer {
	x.t.Helper()
	for _, code := range codes {
		ctx := testworld.ProviderUser(&ent.Provider{ID: e.ProviderID}, "usr_ak_"+e.ProviderID, viewer.ManageProducts)
		if _, err := x.products.Activate(ctx, e.ID, code); err != nil {
			x.t.Fatalf("activate %s: %v", code, err)
		}
	}
	return e
}

func (x *world) employee(e *ent.Employer, first string, start date.Date, end *date.Date) *ent.Employment {
	x.t.Helper()
	x.n++
	p := x.w.Person(e, first, "Jansen", "")
	j := x.w.Employment(p, x.n, start, func(c *ent.EmploymentCreate) { c.SetNillableEndDate(end) })
	x.w.Account(p, first+e.AdministrationNumber, "x")
	return j
}

func hr(e *ent.Employer) context.Context {
	return testworld.EmployerUser(e, "usr_hr_"+e.AdministrationNumber, viewer.ManageHRSettings)
}

func (x *world) component(e *ent.Employer, name string, kind claims.ComponentKind, rate int64, receipt bool) *claims.Component {
	x.t.Helper()
	c, err := x.svc.SaveComponent(hr(e), claims.ComponentInput{EmployerID: e.ID, Name: name, Kind: kind, RateCents: rate,
		ReceiptRequired: receipt, Active: true})
	if err != nil {
		x.t.Fatalf("component %s: %v", name, err)
	}
	return c
}

// me acts as the employee of j.
func me(j *ent.Employment) context.Context {
	return testworld.Employee(&ent.Employer{ID: j.EmployerID, ProviderID: j.ProviderID}, "acc_"+j.PersonID, j.PersonID)
}

func (x *world) upload(j *ent.Employment) *claims.Receipt {
	x.t.Helper()
	r, err := x.svc.UploadReceipt(me(j), claims.ReceiptUpload{FileName: "bon.jpg", Data: jpeg})
	if err != nil {
		x.t.Fatalf("upload: %v", err)
	}
	return r
}

func (x *world) kmClaim(j *ent.Employment, comp *claims.Component, km float64, receipts ...string) *claims.Claim {
	x.t.Helper()
	c, err := x.svc.Submit(me(j), claims.SubmitInput{ComponentID: comp.ID, Date: date.New(2026, 2, 27), Kilometres: &km,
		Description: "Klantbezoek", ReceiptIDs: receipts})
	if err != nil {
		x.t.Fatalf("submit: %v", err)
	}
	return c
}

func decideOne(t *testing.T, x *world, ctx context.Context, id string, accept bool, comment string) (*claims.Claim, error) {
	t.Helper()
	res, err := x.svc.Decide(ctx, []string{id}, accept, comment)
	if err != nil {
		return nil, err
	}
	return res[0].Claim, res[0].Err
}

func integrator(e *ent.Employer) context.Context {
	return testworld.APIClient(&ent.Provider{ID: e.ProviderID}, "cli_payroll_"+e.ProviderID, viewer.ManagePayrollData)
}

// R36: staff set up the components; the tax-free amount per kilometre of the year is
// shown as information; without Dossiervorming components that need a receipt are not
// offered.
func TestComponents(t *testing.T) {
	x := newWorld(t)
	page, err := x.svc.EmployerComponents(hr(x.A1), x.A1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Components) != 3 || page.TaxFreeYear != 2026 || page.TaxFreeKmCents == nil || *page.TaxFreeKmCents != 23 || !page.DocumentsActive {
		t.Fatalf("page = %+v", page)
	}
	if _, err := x.svc.EmployerComponents(x.hanna, x.A1.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("without MANAGE_HR_SETTINGS: %v", err)
	}
	if _, err := x.svc.EmployerComponents(hr(x.B1), x.A1.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("another tenant: %v", err)
	}
	_, err = x.svc.SaveComponent(hr(x.A1), claims.ComponentInput{EmployerID: x.A1.ID, Name: "Fiets", Kind: claims.KindKilometres})
	testworld.WantUserError(t, err, claims.CodeInvalidComponent, "rate")
	_, err = x.svc.SaveComponent(hr(x.A1), claims.ComponentInput{EmployerID: x.A1.ID, Name: "reiskosten", Kind: claims.KindFixed, RateCents: 100})
	testworld.WantUserError(t, err, claims.CodeInvalidComponent, "name")
	_, err = x.svc.SaveComponent(hr(x.A1), claims.ComponentInput{EmployerID: x.A1.ID, ID: x.km.ID, Name: "Reiskosten", Kind: claims.KindFixed, RateCents: 100})
	testworld.WantUserError(t, err, claims.CodeInvalidComponent, "kind")
	if _, err := x.svc.SaveComponent(hr(x.B1), claims.ComponentInput{EmployerID: x.B1.ID, ID: x.km.ID, Name: "X", Kind: claims.KindKilometres, RateCents: 1}); apperr.CodeOf(err) == "" {
		t.Fatal("changed another tenant's component")
	}

	opts, err := x.svc.MyOptions(me(x.ann))
	if err != nil || len(opts.Components) != 3 || !opts.ReceiptsAllowed {
		t.Fatalf("A1 options = %+v, %v", opts, err)
	}
	opts, err = x.svc.MyOptions(me(x.anouk))
	if err != nil || len(opts.Components) != 1 || opts.Components[0].ID != x.kmA2.ID || opts.ReceiptsAllowed {
		t.Fatalf("A2 options (no Dossiervorming) = %+v, %v", opts, err)
	}
	if n := x.c.AuditEvent.Query().Where(auditevent.Action(string(claims.ActionComponentSaved))).CountX(x.sys); n != 6 {
		t.Fatalf("component audit events = %d", n)
	}
}

// R36, R34, R45: a claim of 42 km with a receipt goes to HANDLE_REQUESTS on the default
// route, is approved, enters the change feed, and payroll marks it processed in a
// period, with a result per claim and no reach into another tenant.
func TestClaimApprovedAndProcessed(t *testing.T) {
	x := newWorld(t)
	rc := x.upload(x.ann)
	cl := x.kmClaim(x.ann, x.km, 42, rc.ID)
	if cl.Status != claims.StatusSubmitted || cl.AmountCents != 966 || len(cl.Receipts) != 1 || cl.Receipts[0].ContentType != "image/jpeg" {
		t.Fatalf("claim = %+v", cl)
	}
	wr := x.c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(cl.ID)).OnlyX(x.sys)
	if wr.Kind != workflowrequest.KindCLAIM || wr.Status != workflowrequest.StatusOPEN {
		t.Fatalf("route = %+v", wr)
	}
	q, err := x.svc.Queue(x.hanna, x.A1.ID, claims.QueueOpen, 0)
	if err != nil || len(q) != 1 || q[0].Claim.ID != cl.ID || q[0].PersonName != "Ann Jansen" {
		t.Fatalf("queue = %+v, %v", q, err)
	}
	if q, err := x.svc.Queue(x.bert, x.A1.ID, claims.QueueOpen, 0); apperr.CodeOf(err) != apperr.NotFound || q != nil {
		t.Fatalf("other tenant's queue = %v, %v", q, err)
	}
	if _, err := decideOne(t, x, x.olga, cl.ID, true, ""); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("without HANDLE_REQUESTS: %v", err)
	}
	if _, err := decideOne(t, x, x.bert, cl.ID, true, ""); testworld.UserCode(t, err) != claims.CodeNotFound {
		t.Fatalf("other tenant decides: %v", err)
	}
	got, err := decideOne(t, x, x.hanna, cl.ID, true, "")
	if err != nil || got.Status != claims.StatusApproved {
		t.Fatalf("approve = %+v, %v", got, err)
	}
	if _, err := decideOne(t, x, x.hanna, cl.ID, true, ""); testworld.UserCode(t, err) != claims.CodeNotOpen {
		t.Fatalf("approve twice: %v", err)
	}
	ev := x.c.ChangeEvent.Query().Where(changeevent.Kind(string(changefeed.ClaimApproved))).OnlyX(x.sys)
	if ev.SubjectID != cl.ID || ev.Data["amount"] != "9.66" || ev.Data["kilometres"] != "42" || *ev.EmploymentID != x.ann.ID {
		t.Fatalf("feed = %+v", ev)
	}

	open := x.kmClaim(x.bob, x.km, 10)
	other := x.kmClaim(x.carl, x.kmB1, 10)
	res, err := x.svc.MarkProcessed(integrator(x.A1), []claims.Processed{
		{ID: cl.ID, PayrollPeriod: "2027-03"},
		{ID: open.ID, PayrollPeriod: "2027-03"},
		{ID: other.ID, PayrollPeriod: "2027-03"},
		{ID: cl.ID, PayrollPeriod: "2027-13"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[0].Claim.Status != claims.StatusProcessed || *res[0].Claim.PayrollPeriod != "2027-03" {
		t.Fatalf("processed = %+v", res[0])
	}
	testworld.WantUserError(t, res[1].Err, claims.CodeNotApproved, "claims", "1", "id")
	testworld.WantUserError(t, res[2].Err, claims.CodeNotFound, "claims", "2", "id")
	testworld.WantUserError(t, res[3].Err, claims.CodeInvalidPayrollPeriod, "claims", "3", "payrollPeriod")
	// Again with the same period changes nothing; another period is refused.
	res, err = x.svc.MarkProcessed(integrator(x.A1), []claims.Processed{{ID: cl.ID, PayrollPeriod: "2027-03"}, {ID: cl.ID, PayrollPeriod: "2027-04"}})
	if err != nil || res[0].Err != nil {
		t.Fatalf("again: %v %+v", err, res)
	}
	testworld.WantUserError(t, res[1].Err, claims.CodeNotApproved, "claims", "1", "payrollPeriod")
	if _, err := x.svc.MarkProcessed(testworld.APIClient(&ent.Provider{ID: x.A1.ProviderID}, "cli_x", viewer.ViewEmployees),
		[]claims.Processed{{ID: cl.ID, PayrollPeriod: "2027-03"}}); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("without MANAGE_PAYROLL_DATA: %v", err)
	}
	if _, err := x.svc.MarkProcessed(me(x.ann), []claims.Processed{{ID: cl.ID, PayrollPeriod: "2027-03"}}); apperr.CodeOf(err) != apperr.Forbidden {
		t.Fatalf("an employee marks: %v", err)
	}

	mine, err := x.svc.Mine(me(x.ann))
	if err != nil || len(mine) != 1 || mine[0].Status != claims.StatusProcessed || *mine[0].PayrollPeriod != "2027-03" {
		t.Fatalf("mine = %+v, %v", mine, err)
	}
	for _, a := range []audit.Action{claims.ActionReceiptUploaded, claims.ActionSubmitted, claims.ActionApproved, claims.ActionProcessed} {
		if n := x.c.AuditEvent.Query().Where(auditevent.Action(string(a)), auditevent.PersonID(x.ann.PersonID)).CountX(x.sys); n != 1 {
			t.Errorf("audit %s = %d", a, n)
		}
	}
}

// R36: submitted → withdrawn (by the employee, while submitted) | rejected (with a reason).
func TestWithdrawAndReject(t *testing.T) {
	x := newWorld(t)
	a := x.kmClaim(x.ann, x.km, 12)
	if _, err := x.svc.Withdraw(me(x.bob), a.ID); testworld.UserCode(t, err) != claims.CodeNotFound {
		t.Fatalf("another's withdraws: %v", err)
	}
	got, err := x.svc.Withdraw(me(x.ann), a.ID)
	if err != nil || got.Status != claims.StatusWithdrawn {
		t.Fatalf("withdraw = %+v, %v", got, err)
	}
	if wr := x.c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(a.ID)).OnlyX(x.sys); wr.Status != workflowrequest.StatusWITHDRAWN {
		t.Fatalf("route = %s", wr.Status)
	}
	if _, err := x.svc.Withdraw(me(x.ann), a.ID); testworld.UserCode(t, err) != claims.CodeNotOpen {
		t.Fatalf("withdraw twice: %v", err)
	}
	if _, err := decideOne(t, x, x.hanna, a.ID, true, ""); testworld.UserCode(t, err) != claims.CodeNotOpen {
		t.Fatalf("decide withdrawn: %v", err)
	}

	b := x.kmClaim(x.ann, x.km, 12)
	if _, err := x.svc.Decide(x.hanna, []string{b.ID}, false, " "); testworld.UserCode(t, err) != claims.CodeReasonRequired {
		t.Fatalf("reject without reason: %v", err)
	}
	got, err = decideOne(t, x, x.hanna, b.ID, false, "Geen zakelijke rit")
	if err != nil || got.Status != claims.StatusRejected || got.DecisionComment != "Geen zakelijke rit" {
		t.Fatalf("reject = %+v, %v", got, err)
	}
	if _, err := x.svc.Withdraw(me(x.ann), b.ID); testworld.UserCode(t, err) != claims.CodeNotOpen {
		t.Fatalf("withdraw rejected: %v", err)
	}
	if n := x.c.ChangeEvent.Query().CountX(x.sys); n != 0 {
		t.Fatalf("feed has %d entries for claims never approved", n)
	}
	for _, act := range []audit.Action{claims.ActionWithdrawn, claims.ActionRejected} {
		if n := x.c.AuditEvent.Query().Where(auditevent.Action(string(act))).CountX(x.sys); n != 1 {
			t.Errorf("audit %s = %d", act, n)
		}
	}
}

// R36: the date is not in the future and lies within the employment (not before it
// began, not after it ended).
func TestDateRules(t *testing.T) {
	x := newWorld(t)
	km := 5.0
	for _, tc := range []struct {
		name string
		j    *ent.Employment
		day  date.Date
		code apperr.UserCode
	}{
		{"tomorrow", x.ann, date.New(2026, 3, 3), claims.CodeDateInFuture},
		{"before start", x.nora, date.New(2026, 2, 14), claims.CodeOutsideEmployment},
		{"after end", x.otto, date.New(2026, 2, 1), claims.CodeOutsideEmployment},
	} {
		_, err := x.svc.Submit(me(tc.j), claims.SubmitInput{ComponentID: x.km.ID, Date: tc.day, Kilometres: &km})
		testworld.WantUserError(t, err, tc.code, "date")
	}
	for _, ok := range []struct {
		j   *ent.Employment
		day date.Date
	}{{x.ann, date.New(2026, 3, 2)}, {x.nora, date.New(2026, 2, 15)}, {x.otto, date.New(2026, 1, 31)}} {
		if _, err := x.svc.Submit(me(ok.j), claims.SubmitInput{ComponentID: x.km.ID, Date: ok.day, Kilometres: &km}); err != nil {
			t.Errorf("%s: %v", ok.day, err)
		}
	}
}

// R36, R21: a component that needs a receipt gets one; receipts are PDF, JPEG or PNG of
// at most 10 MB, checked on their bytes, and only with Dossiervorming.
func TestReceiptRules(t *testing.T) {
	x := newWorld(t)
	amount := int64(1250)
	day := date.New(2026, 2, 27)
	_, err := x.svc.Submit(me(x.ann), claims.SubmitInput{ComponentID: x.receipt.ID, Date: day, AmountCents: &amount})
	testworld.WantUserError(t, err, claims.CodeReceiptRequired, "receiptIds")
	rc := x.upload(x.ann)
	cl, err := x.svc.Submit(me(x.ann), claims.SubmitInput{ComponentID: x.receipt.ID, Date: day, AmountCents: &amount, ReceiptIDs: []string{rc.ID}})
	if err != nil || cl.AmountCents != 1250 {
		t.Fatalf("with a receipt: %+v, %v", cl, err)
	}
	// A receipt is sent with one claim only, and only by its own employee.
	_, err = x.svc.Submit(me(x.ann), claims.SubmitInput{ComponentID: x.receipt.ID, Date: day, AmountCents: &amount, ReceiptIDs: []string{rc.ID}})
	testworld.WantUserError(t, err, claims.CodeInvalidClaim, "receiptIds")
	bobs := x.upload(x.bob)
	_, err = x.svc.Submit(me(x.ann), claims.SubmitInput{ComponentID: x.receipt.ID, Date: day, AmountCents: &amount, ReceiptIDs: []string{bobs.ID}})
	testworld.WantUserError(t, err, claims.CodeInvalidClaim, "receiptIds")

	_, err = x.svc.UploadReceipt(me(x.ann), claims.ReceiptUpload{FileName: "bon.jpg", Data: []byte("GIF89a not a receipt")})
	testworld.WantUserError(t, err, claims.CodeUnsupportedFileType, "file")
	big := append([]byte("%PDF-1.4\n"), make([]byte, claims.MaxReceiptBytes)...)
	_, err = x.svc.UploadReceipt(me(x.ann), claims.ReceiptUpload{FileName: "bon.pdf", Data: big})
	testworld.WantUserError(t, err, claims.CodeFileTooLarge, "file")
	pdf, err := x.svc.UploadReceipt(me(x.ann), claims.ReceiptUpload{FileName: "../../etc/Bon Café.pdf", DeclaredType: "image/png", Data: []byte("%PDF-1.4\n%%EOF")})
	if err != nil || pdf.ContentType != "application/pdf" || pdf.FileName != "bon-cafe.pdf" {
		t.Fatalf("pdf = %+v, %v", pdf, err)
	}

	// A2 has no Dossiervorming: no receipts, and what needs one is not offered.
	_, err = x.svc.UploadReceipt(me(x.anouk), claims.ReceiptUpload{FileName: "bon.jpg", Data: jpeg})
	testworld.WantUserError(t, err, claims.CodeReceiptsNotAvailable, "file")
	_, err = x.svc.Submit(me(x.anouk), claims.SubmitInput{ComponentID: x.receiptA2.ID, Date: day, AmountCents: &amount})
	testworld.WantUserError(t, err, claims.CodeInvalidClaim, "componentId")
	_, err = x.svc.Submit(me(x.anouk), claims.SubmitInput{ComponentID: x.kmA2.ID, Date: day, Kilometres: ptr(3.0), ReceiptIDs: []string{rc.ID}})
	testworld.WantUserError(t, err, claims.CodeReceiptsNotAvailable, "receiptIds")
	// Another employer's component is not offered.
	_, err = x.svc.Submit(me(x.anouk), claims.SubmitInput{ComponentID: x.km.ID, Date: day, Kilometres: ptr(3.0)})
	testworld.WantUserError(t, err, claims.CodeInvalidClaim, "componentId")
}

// R36: a receipt is served to the employee and to who is on the claim's route, never
// to another employee, staff the route did not reach, or another tenant.
func TestReceiptAccessByRoute(t *testing.T) {
	x := newWorld(t)
	rc := x.upload(x.ann)
	pending := x.upload(x.ann)
	x.kmClaim(x.ann, x.km, 42, rc.ID)
	get := func(ctx context.Context, id string) error {
		dl, err := x.svc.ReceiptDownload(ctx, id)
		if err == nil && (!bytes.Equal(dl.Data, jpeg) || dl.ContentType != "image/jpeg") {
			t.Fatalf("download = %+v", dl)
		}
		return err
	}
	for name, ctx := range map[string]context.Context{
		"the employee":                me(x.ann),
		"a holder of HANDLE_REQUESTS": x.hanna,
		"the provider's handler":      testworld.ProviderUser(&ent.Provider{ID: x.A1.ProviderID}, "usr_ak", viewer.HandleRequests),
	} {
		if err := get(ctx, rc.ID); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, ctx := range map[string]context.Context{
		"another employee":              me(x.bob),
		"staff without the right":       x.olga,
		"another employer's staff":      x.henkA,
		"another provider's staff":      x.bert,
		"another provider's integrator": testworld.APIClient(&ent.Provider{ID: x.B1.ProviderID}, "cli_b", viewer.ManagePayrollData, viewer.HandleRequests),
		"an employee of another tenant": me(x.carl),
	} {
		if err := get(ctx, rc.ID); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A receipt not yet sent with a claim is its employee's only.
	if err := get(me(x.ann), pending.ID); err != nil {
		t.Errorf("own pending: %v", err)
	}
	if err := get(x.hanna, pending.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("handler reads a pending receipt: %v", err)
	}
}

// R34, R36: a route with automatic approval approves a claim under its amount at once,
// and it reaches the feed; above the amount it waits for a decision.
func TestAutoApproval(t *testing.T) {
	x := newWorld(t)
	x.activate(x.A1, product.CodeWorkflowEditor)
	limit := int64(500)
	if _, err := x.wf.SetRoute(hr(x.A1), x.A1.ID, spec.KindClaim, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}},
		AutoApproval: &spec.AutoApproval{MaxClaimCents: &limit}}); err != nil {
		t.Fatal(err)
	}
	small, err := x.svc.Submit(me(x.ann), claims.SubmitInput{ComponentID: x.fixed.ID, Date: date.New(2026, 3, 1)})
	if err != nil || small.Status != claims.StatusApproved || small.AmountCents != 250 {
		t.Fatalf("small = %+v, %v", small, err)
	}
	if n := x.c.ChangeEvent.Query().Where(changeevent.SubjectID(small.ID)).CountX(x.sys); n != 1 {
		t.Fatalf("feed entries = %d", n)
	}
	big := x.kmClaim(x.ann, x.km, 42)
	if big.Status != claims.StatusSubmitted {
		t.Fatalf("big = %s", big.Status)
	}
}

func ptr[T any](v T) *T { return &v }

// R34: the handlers' queue is filtered by the route in its statement: a page holds the
// first claims the caller may decide, however many older ones went to someone else.
func TestQueuePageIsWhatTheCallerMayDecideR34(t *testing.T) {
	x := newWorld(t)
	x.activate(x.A1, product.CodeWorkflowEditor)
	nadia := x.w.EmployerStaff(x.A1, "nadia", "x", viewer.HandleRequests)
	asNadia := testworld.EmployerUser(x.A1, nadia.ID, viewer.HandleRequests)
	setRoute := func(st spec.Step) {
		t.Helper()
		if _, err := x.wf.SetRoute(hr(x.A1), x.A1.ID, spec.KindClaim, spec.Route{Steps: []spec.Step{st}}); err != nil {
			t.Fatal(err)
		}
	}
	setRoute(spec.Step{Target: spec.TargetUsers, UserIDs: []string{nadia.ID}})
	var hers, right []string
	for range 3 {
		hers = append(hers, x.kmClaim(x.ann, x.km, 10).ID)
	}
	setRoute(spec.Step{Target: spec.TargetRight})
	for range 2 {
		right = append(right, x.kmClaim(x.bob, x.km, 10).ID)
	}
	ids := func(q []*claims.QueueItem) []string {
		var out []string
		for _, it := range q {
			out = append(out, it.Claim.ID)
		}
		return out
	}
	q, err := x.svc.Queue(x.hanna, x.A1.ID, claims.QueueOpen, 2)
	if err != nil || !slices.Equal(ids(q), right) {
		t.Fatalf("Hanna's page of 2 = %v (%v), want %v", ids(q), err, right)
	}
	q, err = x.svc.Queue(asNadia, x.A1.ID, claims.QueueOpen, 4)
	if err != nil || !slices.Equal(ids(q), append(slices.Clone(hers), right[0])) {
		t.Fatalf("Nadia's page of 4 = %v (%v)", ids(q), err)
	}
	// Decided claims are the right's history, whoever decided them.
	if _, err := decideOne(t, x, asNadia, hers[0], true, ""); err != nil {
		t.Fatal(err)
	}
	q, err = x.svc.Queue(x.hanna, x.A1.ID, claims.QueueDecided, 0)
	if err != nil || !slices.Equal(ids(q), hers[:1]) {
		t.Fatalf("decided = %v (%v)", ids(q), err)
	}
}
