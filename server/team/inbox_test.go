package team_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/changeevent"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/team"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// mss is the portal world with Management Self Service and the Workflow editor at A1,
// whose department Winkel Ann manages and Bob and Finn are in; claims and personal-data
// changes of A1 go to the employee's manager.
type mss struct {
	*testworld.Portal
	wf   *workflow.Service
	ts   *team.Service
	cl   *claims.Service
	dc   *datachange.Service
	km   *claims.Component
	finn testworld.Member
	dep  *workflow.Department
}

const bobPassword = "Zonnebloem-Kade-42"

func newMSS(t *testing.T) *mss {
	t.Helper()
	f := testworld.NewPortal(t)
	f.WithProducts(f.A1, product.CodeManagementSelfService, product.CodeWorkflowEditor)
	f.Gate.Clock = f.Clk
	x := &mss{Portal: f, wf: &workflow.Service{Client: f.C, Clock: f.Clk}}
	x.cl = &claims.Service{Client: f.C, Clock: f.Clk, Features: f.Gate, Workflow: x.wf}
	x.dc = &datachange.Service{Client: f.C, Clock: f.Clk, Workflow: x.wf, Gate: f.Gate,
		Passwords: &auth.Service{Client: f.C, Clock: f.Clk, PasswordHasher: auth.NewHasher(auth.HasherConfig{})}, PortalURL: testworld.PortalURL}
	lv := &leave.Service{Client: f.C, Clock: f.Clk, Decider: workflow.LeaveRouter{Workflow: x.wf}}
	x.ts = &team.Service{Client: f.C, Gate: f.Gate, Leave: lv, Claims: x.cl, DataChanges: x.dc, Clock: f.Clk,
		Calendars: &calendar.Service{Client: f.C, Clock: f.Clk, Features: f.Gate}}
	x.finn = f.Member(f.A1, "Finn", account.StateACTIVE, false)
	var err error
	x.dep, err = x.wf.SaveDepartment(f.StaffA1, workflow.DepartmentInput{EmployerID: f.A1.ID, Name: "Winkel", ManagerIDs: []string{f.Ann.P.ID}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []testworld.Member{f.Bob, x.finn} {
		if err := x.wf.SetPersonDepartment(f.StaffA1, f.A1.ID, m.P.ID, &x.dep.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []spec.Kind{spec.KindClaim, spec.KindPersonalDataChange} {
		if _, err := x.wf.SetRoute(f.StaffA1, f.A1.ID, k, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}}); err != nil {
			t.Fatal(err)
		}
	}
	x.km, err = x.cl.SaveComponent(f.StaffA1, claims.ComponentInput{EmployerID: f.A1.ID, Name: "Reiskosten",
		Kind: claims.KindKilometres, RateCents: 23, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	hash, err := auth.HashPassword(bobPassword)
	if err != nil {
		t.Fatal(err)
	}
	f.C.Account.UpdateOne(f.Bob.Acc).SetPasswordHash(hash).ExecX(f.Sys)
	return x
}

var jpeg = append([]byte{0xFF, 0xD8, 0xFF, 0xE0}, bytes.Repeat([]byte{1}, 100)...)

// claim has m claim km kilometres yesterday, with a photo of the receipt.
func (x *mss) claim(m testworld.Member, km float64) (*claims.Claim, *claims.Receipt) {
	x.T.Helper()
	rc, err := x.cl.UploadReceipt(m.Ctx(), claims.ReceiptUpload{FileName: "bon.jpg", Data: jpeg})
	if err != nil {
		x.T.Fatal(err)
	}
	c, err := x.cl.Submit(m.Ctx(), claims.SubmitInput{ComponentID: x.km.ID, Date: date.Of(x.Clk.Now()).AddDays(-1),
		Kilometres: &km, Description: "Klantbezoek", ReceiptIDs: []string{rc.ID}})
	if err != nil {
		x.T.Fatal(err)
	}
	return c, rc
}

func taskOf(t *testing.T, ts []*team.Task, subjectID string) *team.Task {
	t.Helper()
	for _, x := range ts {
		if x.SubjectID == subjectID {
			return x
		}
	}
	t.Fatalf("no task of %s among %d", subjectID, len(ts))
	return nil
}

// R35 with R36 and R37: claims and personal-data changes routed to the manager reach
// Mijn team's inbox the way leave does — a step of their route given to the manager —
// with what the manager decides on: the claim with its receipt (which the manager may
// download), a change old beside new with an IBAN masked. Decided there, they run on
// the route: the claim enters the change feed, the address is applied, the IBAN change
// is rejected with its reason.
func TestInboxHoldsClaimsAndDataChangesR35(t *testing.T) {
	x := newMSS(t)
	ann := x.Ann.Ctx()
	c, rc := x.claim(x.Bob, 42)
	phone, err := x.dc.Submit(x.Bob.Ctx(), datachange.Request{Field: datachange.FieldPhone, New: datachange.Values{Phone: "0698765432"}})
	if err != nil {
		t.Fatal(err)
	}
	iban, err := x.dc.Submit(x.Bob.Ctx(), datachange.Request{Field: datachange.FieldIBAN, New: datachange.Values{IBAN: "NL91ABNA0417164300"}, Password: bobPassword})
	if err != nil {
		t.Fatal(err)
	}
	tasks, err := x.ts.Inbox(ann)
	if err != nil || len(tasks) != 3 {
		t.Fatalf("Ann's inbox: %d tasks, %v", len(tasks), err)
	}
	ct := taskOf(t, tasks, c.ID)
	if ct.Kind != spec.KindClaim || ct.Claim == nil || ct.Claim.Kilometres == nil || *ct.Claim.Kilometres != 42 ||
		ct.Claim.AmountCents != 966 || len(ct.Claim.Receipts) != 1 || ct.PersonName != "Bob Jansen" || ct.Leave != nil {
		t.Fatalf("the claim's task: %+v", ct)
	}
	if dl, err := x.cl.ReceiptDownload(ann, rc.ID); err != nil || !bytes.Equal(dl.Data, jpeg) {
		t.Fatalf("the manager cannot open the receipt: %v", err)
	}
	it := taskOf(t, tasks, iban.ID)
	if it.DataChange == nil || it.DataChange.New.IBAN != "NL** **** **** **43 00" || it.DataChange.PersonName != "Bob Jansen" {
		t.Fatalf("the IBAN change as the manager sees it: %+v", it.DataChange)
	}
	pt := taskOf(t, tasks, phone.ID)
	if pt.DataChange == nil || pt.DataChange.New.Phone != "0698765432" || pt.DataChange.Old.Phone != "0612345678" {
		t.Fatalf("the phone change: %+v", pt.DataChange)
	}

	// Bob manages nobody: no Mijn team, so no deciding his own claim through it.
	if err := x.ts.Decide(x.Bob.Ctx(), ct.RequestID, true, ""); err == nil {
		t.Fatal("Bob decided through Mijn team")
	}
	if err := x.ts.Decide(ann, ct.RequestID, true, "Goed"); err != nil {
		t.Fatalf("decide the claim: %v", err)
	}
	if got := x.C.Claim.GetX(x.Sys, c.ID); got.Status != "APPROVED" || got.DecidedByName == nil {
		t.Fatalf("claim after the decision: %+v", got)
	}
	if n := x.C.ChangeEvent.Query().Where(changeevent.SubjectID(c.ID)).CountX(x.Sys); n != 1 {
		t.Fatalf("the approved claim is %d times in the feed", n)
	}
	if err := x.ts.Decide(ann, pt.RequestID, true, ""); err != nil {
		t.Fatalf("decide the phone change: %v", err)
	}
	if p := x.C.Person.GetX(x.Sys, x.Bob.P.ID); p.Phone == nil || *p.Phone != "0698765432" {
		t.Fatalf("the phone was not applied: %v", p.Phone)
	}
	if err := x.ts.Decide(ann, it.RequestID, false, "Graag via de salarisadministratie"); err != nil {
		t.Fatalf("reject the IBAN change: %v", err)
	}
	if got := x.C.DataChange.GetX(x.Sys, iban.ID); got.Status != "REJECTED" || got.Comment != "Graag via de salarisadministratie" {
		t.Fatalf("IBAN change after the rejection: %+v", got)
	}
	if err := x.ts.Decide(ann, ct.RequestID, true, ""); err == nil {
		t.Fatal("a decided task was decided again")
	}
	if tasks, err := x.ts.Inbox(ann); err != nil || len(tasks) != 0 {
		t.Fatalf("the inbox after deciding: %d %v", len(tasks), err)
	}
}

// R35: a substitute gets the claims that open in the period and decides them in their
// own Mijn team "namens" the manager; a task left when the period ends stays reachable.
func TestSubstituteDecidesAClaimNamensR35(t *testing.T) {
	x := newMSS(t)
	today := date.Of(x.Clk.Now())
	if _, err := x.wf.SetSubstitute(x.Ann.Ctx(), workflow.SubstituteInput{SubstituteID: x.finn.P.ID, FirstDay: today, LastDay: today.AddDays(2)}); err != nil {
		t.Fatal(err)
	}
	c1, _ := x.claim(x.Bob, 10)
	c2, _ := x.claim(x.Bob, 12)
	if tasks, err := x.ts.Inbox(x.Ann.Ctx()); err != nil || len(tasks) != 0 {
		t.Fatalf("the manager still gets the tasks: %d %v", len(tasks), err)
	}
	finn := x.finn.Ctx()
	tasks, err := x.ts.Inbox(finn)
	if err != nil || len(tasks) != 2 || tasks[0].OnBehalfOfName == nil || *tasks[0].OnBehalfOfName != "Ann Jansen" {
		t.Fatalf("Finn's inbox: %+v %v", tasks, err)
	}
	if err := x.ts.Decide(finn, taskOf(t, tasks, c1.ID).RequestID, true, ""); err != nil {
		t.Fatal(err)
	}
	st := x.C.WorkflowStep.Query().Where(workflowstep.HasRequestWith(workflowrequest.SubjectID(c1.ID))).OnlyX(x.Sys)
	if st.OnBehalfOfName == nil || *st.OnBehalfOfName != "Ann Jansen" || st.DecidedByName == nil {
		t.Fatalf("the trail does not say namens: %+v", st)
	}
	// After the period Finn still reaches the task he was given.
	x.Clk.Advance(5 * 24 * time.Hour)
	tasks, err = x.ts.Inbox(finn)
	if err != nil || len(tasks) != 1 || tasks[0].SubjectID != c2.ID {
		t.Fatalf("after the period Finn's inbox: %d %v", len(tasks), err)
	}
}

// R35: a manager with more open tasks than the inbox shows (100) sees the oldest ones,
// oldest first — the page is chosen in SQL, not any hundred sorted afterwards. The
// claims are stored newest first (the clock goes back between them), so the oldest is
// the last row written, which a page without an order leaves out.
func TestInboxShowsTheOldestTasksR35(t *testing.T) {
	x := newMSS(t)
	start := x.Clk.Now()
	x.Clk.Advance(200 * time.Minute)
	var oldest string
	for i := range 101 {
		km := float64(1 + i)
		c, err := x.cl.Submit(x.Bob.Ctx(), claims.SubmitInput{ComponentID: x.km.ID, Date: date.Of(x.Clk.Now()).AddDays(-1),
			Kilometres: &km, Description: "Rit"})
		if err != nil {
			t.Fatal(err)
		}
		oldest = c.ID
		x.Clk.Advance(-time.Minute)
	}
	x.Clk.Set(start.Add(200 * time.Minute))
	tasks, err := x.ts.Inbox(x.Ann.Ctx())
	if err != nil {
		t.Fatal(err)
	}
	if len(tasks) != 100 {
		t.Fatalf("%d tasks, want the inbox's 100", len(tasks))
	}
	if tasks[0].SubjectID != oldest {
		t.Errorf("first task %s, want the oldest claim %s", tasks[0].SubjectID, oldest)
	}
	for i := 1; i < len(tasks); i++ {
		if tasks[i].Submitted.Before(tasks[i-1].Submitted) {
			t.Fatalf("task %d submitted before task %d", i, i-1)
		}
	}
}
