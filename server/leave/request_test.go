package leave_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/changeevent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// requestWorld: employer R1 of provider P1 with MijnLoket, Verlofaanvragen and
// Verlofregeling; Ann works 8 hours Monday to Friday with 10 statutory hours of 2025,
// 160 of 2026 and 40 extra-statutory hours of 2025; Bob's employment ends on 31 March.
type requestWorld struct {
	*fixture
	R1        *ent.Employer
	ann, bob  *ent.Employment
	stat, ext *leave.Type
	handler   context.Context
}

func newRequestWorld(t *testing.T) *requestWorld {
	t.Helper()
	f := newFixture(t)
	f.c.Provider.UpdateOne(f.P1).SetMijnloketAddendumSignedAt(t0).ExecX(f.sys)
	gate := &feature.Gate{Client: f.c}
	f.svc.Gate = func(ctx context.Context, code string) error {
		return gate.Require(ctx, feature.Feature(code))
	}
	w := &requestWorld{fixture: f}
	w.R1 = f.employer(f.P1, "Romeo BV", "1004", product.CodeMijnLoket, product.CodeLeaveRequests, leave.ProductLeavePolicy)
	w.ann = f.employment(w.R1, "Ann", date.New(2020, 1, 1))
	w.bob = f.employment(w.R1, "Bob", date.New(2020, 1, 1))
	f.c.Employment.UpdateOne(w.bob).SetEndDate(date.New(2026, 3, 31)).ExecX(f.sys)
	w.stat, w.ext = f.typeOf(w.R1, leave.Statutory), f.typeOf(w.R1, leave.ExtraStatutory)
	week := leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}
	for _, j := range []*ent.Employment{w.ann, w.bob} {
		if _, err := f.svc.SetWorkPattern(staff(w.R1, viewer.ManageHRSettings, viewer.ViewEmployees), j.ID, week, leave.SourceStaff); err != nil {
			t.Fatal(err)
		}
	}
	res, err := f.svc.RecordEntries(integrator(f.P1, viewer.ManagePayrollData), []leave.EntryInput{
		{EmploymentID: w.ann.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindAccrual, Hours: 10, Date: date.New(2025, 1, 1)},
		{EmploymentID: w.ann.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindAccrual, Hours: 160, Date: date.New(2026, 1, 1)},
		{EmploymentID: w.ann.ID, LeaveTypeID: w.ext.ID, Kind: leave.KindAccrual, Hours: 40, Date: date.New(2025, 1, 1)},
		{EmploymentID: w.bob.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindAccrual, Hours: 160, Date: date.New(2026, 1, 1)},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Error != nil {
			t.Fatal(r.Error)
		}
	}
	w.handler = staff(w.R1, viewer.HandleRequests)
	return w
}

func (w *requestWorld) in(j *ent.Employment, t *leave.Type, first, last string, adjust ...leave.DayInput) leave.RequestInput {
	return leave.RequestInput{EmploymentID: j.ID, LeaveTypeID: t.ID, FirstDay: date.MustParse(first), LastDay: date.MustParse(last), Adjust: adjust}
}

func (w *requestWorld) submit(j *ent.Employment, in leave.RequestInput) *leave.Request {
	w.t.Helper()
	r, err := w.svc.SubmitRequest(employee(j), in)
	if err != nil {
		w.t.Fatalf("submit: %v", err)
	}
	return r
}

func (w *requestWorld) decide(ctx context.Context, accept bool, comment string, ids ...string) []leave.DecisionResult {
	w.t.Helper()
	res, err := w.svc.Decide(ctx, leave.Decision{IDs: ids, Accept: accept, Comment: comment})
	if err != nil {
		w.t.Fatalf("decide: %v", err)
	}
	return res
}

// plannedOn sums the planned minutes of Ann's ledger per type.
func (w *requestWorld) planned(j *ent.Employment) map[string]leave.Minutes {
	out := map[string]leave.Minutes{}
	for _, e := range w.c.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID), leaveentry.KindEQ(leaveentry.KindPLANNED)).AllX(w.sys) {
		out[e.LeaveTypeID] -= leave.Minutes(e.Minutes)
	}
	return out
}

// R29, R30: the hours come from the work pattern minus public holidays, a day can be
// adjusted, and the balance before and after is shown before sending; accepting books
// planned entries on the type whose hours expire first; the card shows them.
func TestRequestPreviewSubmitAccept(t *testing.T) {
	w := newRequestWorld(t)
	// 20–24 April 2026, Friday a half day: 8+8+8+8+4.
	in := w.in(w.ann, w.stat, "2026-04-20", "2026-04-24", leave.DayInput{Date: date.New(2026, 4, 24), Hours: 4})
	p, err := w.svc.PreviewRequest(employee(w.ann), in)
	if err != nil || p.Error != nil {
		t.Fatalf("preview: %v %v", err, p.Error)
	}
	if len(p.Days) != 5 || p.Days[4].Computed != h(8) || p.Days[4].Minutes != h(4) || p.Minutes != h(36) ||
		p.BalanceBefore != h(210) || p.BalanceAfter != h(174) {
		t.Errorf("preview: %+v", p)
	}
	// Easter Monday (6 April 2026) is a public holiday: no hours that day.
	p, _ = w.svc.PreviewRequest(employee(w.ann), w.in(w.ann, w.stat, "2026-04-06", "2026-04-07"))
	if p.Minutes != h(8) || p.Days[0].Computed != 0 {
		t.Errorf("Easter Monday: %+v", p.Days)
	}
	r := w.submit(w.ann, in)
	if r.Status != leave.StatusSubmitted || r.Minutes != h(36) || r.Deadline == nil || !r.Deadline.Equal(w.clk.Now().Add(leave.LapseAfter)) {
		t.Fatalf("submitted: %+v", r)
	}
	if w.audits(string(leave.ActionRequestSubmitted)) != 1 {
		t.Error("no audit event of the submission")
	}
	res := w.decide(w.handler, true, "Prima, fijne vakantie", r.ID)
	if res[0].Error != nil || res[0].Request.Status != leave.StatusAccepted || res[0].Request.DecisionComment != "Prima, fijne vakantie" {
		t.Fatalf("accept: %+v", res[0])
	}
	// R30 booking order: 10 hours of statutory 2025 (expire 1 July 2026), then statutory
	// 2026 (1 July 2027); the extra-statutory hours of 2025 expire in 2031 and stay.
	pl := w.planned(w.ann)
	if pl[w.stat.ID] != h(36) || pl[w.ext.ID] != 0 {
		t.Errorf("planned per type: %v", pl)
	}
	first := w.c.LeaveEntry.Query().Where(leaveentry.EmploymentID(w.ann.ID), leaveentry.KindEQ(leaveentry.KindPLANNED)).
		Order(ent.Asc(leaveentry.FieldDate)).FirstX(w.sys)
	if first.Date != date.New(2026, 4, 20) || first.RequestID == nil || *first.RequestID != r.ID || first.Source != leaveentry.SourceREQUEST {
		t.Errorf("first planned entry: %+v", first)
	}
	card, _ := w.svc.PersonCard(employee(w.ann), w.ann.PersonID, ptr(2026))
	if card[0].Planned != h(36) || card[0].Remaining != h(170-36) {
		t.Errorf("card: %+v", card[0])
	}
	if w.audits(string(leave.ActionRequestAccepted)) != 1 {
		t.Error("no audit event of the acceptance")
	}
	// Decided already: a second decision is refused, per request.
	if res := w.decide(w.handler, false, "toch niet", r.ID); res[0].Error == nil || res[0].Error.Code != leave.CodeRequestNotOpen {
		t.Errorf("decided twice: %+v", res[0])
	}
}

// R30: the refusals, each with its code.
func TestRequestRefusals(t *testing.T) {
	w := newRequestWorld(t)
	w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-20", "2026-04-21"))
	adv, err := w.svc.CreateType(staff(w.R1, viewer.ManageHRSettings), w.R1.ID, leave.TypeInput{Name: ptr("ADV"),
		Category: ptr(leave.WorkingTimeReduction), Requestable: ptr(false)})
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		job  *ent.Employment
		in   leave.RequestInput
		code apperr.UserCode
	}{
		"weekend":             {w.ann, w.in(w.ann, w.stat, "2026-04-25", "2026-04-26"), leave.CodeZeroHours},
		"King's Day adjusted": {w.ann, w.in(w.ann, w.stat, "2026-04-27", "2026-04-27"), leave.CodeZeroHours},
		"overlap":             {w.ann, w.in(w.ann, w.stat, "2026-04-21", "2026-04-22"), leave.CodeOverlap},
		"after employment":    {w.bob, w.in(w.bob, w.stat, "2026-03-30", "2026-04-01"), leave.CodeOutsideEmployment},
		"not requestable":     {w.ann, w.in(w.ann, adv, "2026-05-04", "2026-05-04"), leave.CodeNotRequestable},
		"balance":             {w.ann, w.in(w.ann, w.stat, "2026-05-04", "2026-09-30"), leave.CodeBalanceTooLow},
		"backwards":           {w.ann, w.in(w.ann, w.stat, "2026-05-05", "2026-05-04"), leave.CodeInvalidRequest},
		"adjusted outside":    {w.ann, w.in(w.ann, w.stat, "2026-05-04", "2026-05-04", leave.DayInput{Date: date.New(2026, 5, 5), Hours: 4}), leave.CodeInvalidRequest},
	} {
		_, err := w.svc.SubmitRequest(employee(c.job), c.in)
		if ue, ok := err.(*apperr.UserError); !ok || ue.Code != c.code {
			t.Errorf("%s: %v, want %s", name, err, c.code)
		}
	}
	// Allowing a negative balance lets the long request through.
	if _, err := w.svc.UpdateType(staff(w.R1, viewer.ManageHRSettings), w.stat.ID, leave.TypeInput{AllowNegative: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	p, err := w.svc.PreviewRequest(employee(w.ann), w.in(w.ann, w.stat, "2026-05-04", "2026-09-30"))
	if err != nil || p.Error != nil || p.BalanceAfter >= 0 {
		t.Errorf("negative allowed: %+v %v", p, err)
	}
	// Another employee's employment is not the employee's to request on.
	if _, err := w.svc.SubmitRequest(employee(w.bob), w.in(w.ann, w.stat, "2026-06-01", "2026-06-01")); err == nil {
		t.Error("Bob requested leave on Ann's employment")
	}
	// R22: without Verlofaanvragen the employee cannot request.
	a1 := w.employment(w.A1, "Cas", date.New(2020, 1, 1))
	if _, err := w.svc.PreviewRequest(employee(a1), w.in(a1, w.typeOf(w.A1, leave.Statutory), "2026-06-01", "2026-06-01")); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("without the product: %v", err)
	}
	// Staff do not request leave.
	if _, err := w.svc.SubmitRequest(w.handler, w.in(w.ann, w.stat, "2026-06-01", "2026-06-01")); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("staff requested: %v", err)
	}
}

// R30: withdrawing while submitted; rejecting needs a reason; only handlers of the
// employer decide (the Decider), with a result per request; a cancellation of accepted
// future leave, once accepted, reverses its entries.
func TestRequestWithdrawRejectCancel(t *testing.T) {
	w := newRequestWorld(t)
	a := w.submit(w.ann, w.in(w.ann, w.stat, "2026-06-01", "2026-06-02"))
	got, err := w.svc.WithdrawRequest(employee(w.ann), a.ID)
	if err != nil || got.Status != leave.StatusWithdrawn {
		t.Fatalf("withdraw: %+v %v", got, err)
	}
	if _, err := w.svc.WithdrawRequest(employee(w.ann), a.ID); err == nil {
		t.Error("withdrawn twice")
	}
	b := w.submit(w.ann, w.in(w.ann, w.stat, "2026-06-01", "2026-06-02"))
	if _, err := w.svc.WithdrawRequest(employee(w.bob), b.ID); err == nil {
		t.Error("Bob withdrew Ann's request")
	}
	if _, err := w.svc.Decide(w.handler, leave.Decision{IDs: []string{b.ID}, Accept: false, Comment: "  "}); err == nil {
		t.Error("rejected without a reason")
	}
	for name, ctx := range map[string]context.Context{
		"without HANDLE_REQUESTS": staff(w.R1, without(viewer.HandleRequests)...),
		"other employer":          staff(w.A1, all()...),
		"other provider":          provider(w.P2, all()...),
	} {
		res, err := w.svc.Decide(ctx, leave.Decision{IDs: []string{b.ID}, Accept: true})
		if err == nil && (res[0].Error == nil || res[0].Error.Code != leave.CodeRequestNotFound) {
			t.Errorf("%s decided: %+v", name, res[0])
		}
	}
	// An employee decides only a step the route gives them as a manager (R35): the
	// default Decider gives them none.
	if res, err := w.svc.Decide(employee(w.bob), leave.Decision{IDs: []string{b.ID}, Accept: true}); err != nil ||
		res[0].Error == nil || res[0].Error.Code != leave.CodeRequestNotFound {
		t.Errorf("an employee decided: %+v %v", res, err)
	}
	c := w.submit(w.ann, w.in(w.ann, w.stat, "2026-07-06", "2026-07-07"))
	// A batch: one rejected with its reason, one unknown ID, one accepted by a provider user.
	res := w.decide(provider(w.P1, viewer.HandleRequests), false, "Te druk in juni", b.ID, "vla_01J00000000000000000000000")
	if res[0].Error != nil || res[0].Request.Status != leave.StatusRejected || res[0].Request.DecisionComment != "Te druk in juni" ||
		res[1].Error == nil || res[1].Error.Code != leave.CodeRequestNotFound {
		t.Errorf("batch: %+v", res)
	}
	w.decide(w.handler, true, "", c.ID)
	if w.planned(w.ann)[w.stat.ID] != h(16) {
		t.Fatalf("planned after accepting: %v", w.planned(w.ann))
	}
	// Cancellation of accepted future leave: decided like a request.
	if _, err := w.svc.RequestCancellation(employee(w.ann), b.ID, ""); err == nil {
		t.Error("cancelled rejected leave")
	}
	cx, err := w.svc.RequestCancellation(employee(w.ann), c.ID, "toch thuis")
	if err != nil || cx.Kind != leave.KindCancellation || cx.Status != leave.StatusSubmitted || cx.CancelsID == nil || *cx.CancelsID != c.ID {
		t.Fatalf("cancellation: %+v %v", cx, err)
	}
	if _, err := w.svc.RequestCancellation(employee(w.ann), c.ID, ""); err == nil {
		t.Error("two open cancellations")
	}
	w.decide(w.handler, true, "", cx.ID)
	if w.planned(w.ann)[w.stat.ID] != 0 {
		t.Errorf("planned after the cancellation: %v", w.planned(w.ann))
	}
	orig := w.c.LeaveRequest.GetX(w.sys, c.ID)
	// The feed (R45): the accepted leave, then its cancellation; a rejection feeds nothing.
	if kinds := w.c.ChangeEvent.Query().Order(ent.Asc(changeevent.FieldSeq)).Select(changeevent.FieldKind).StringsX(w.sys); !slices.Equal(kinds,
		[]string{string(changefeed.LeaveAccepted), string(changefeed.LeaveCancelled)}) {
		t.Errorf("change feed: %v", kinds)
	}
	if orig.Status != leaverequest.StatusCANCELLED || w.audits(string(leave.ActionRequestCancelled)) != 1 ||
		w.audits(string(leave.ActionRequestRejected)) != 1 || w.audits(string(leave.ActionRequestWithdrawn)) != 1 {
		t.Errorf("cancelled: %s", orig.Status)
	}
	// The employee sees them all with status and the handler's comment.
	mine, err := w.svc.MyRequests(employee(w.ann))
	if err != nil || len(mine) != 4 {
		t.Fatalf("my requests: %d %v", len(mine), err)
	}
	if other, _ := w.svc.MyRequests(employee(w.bob)); len(other) != 0 {
		t.Error("Bob sees Ann's requests")
	}
}

// R31: a vacation request still submitted at its deadline is accepted by lapse of time
// — by exactly one of two instances of the job; a type that is not vacation leave does
// not lapse. R30: planned days become taken once passed, once.
func TestRequestLapseAndTaken(t *testing.T) {
	w := newRequestWorld(t)
	special, err := w.svc.CreateType(staff(w.R1, viewer.ManageHRSettings), w.R1.ID, leave.TypeInput{Name: ptr("Bijzonder verlof"),
		Category: ptr(leave.Other), AllowNegative: ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	// R33, R46: Ann reads the portal in English; one handler of R1 has an address and the
	// right, another the address but not the right.
	w.c.Person.UpdateOne(w.c.Person.GetX(w.sys, w.ann.PersonID)).SetEmail("ann@example.nl").ExecX(w.sys)
	w.c.Account.Create().SetProviderID(w.P1.ID).SetEmployerID(w.R1.ID).SetPersonID(w.ann.PersonID).SetState("ACTIVE").
		SetUsername("ann").SetUsernameKey("ann").SetLanguage("en").ExecX(w.sys)
	for name, rights := range map[string][]string{"hr": {string(viewer.HandleRequests)}, "payroll": {string(viewer.ViewEmployees)}} {
		w.c.User.Create().SetProviderID(w.P1.ID).SetEmployerID(w.R1.ID).SetUsername(name).SetUsernameKey(name).
			SetDisplayName(name).SetEmail(name + "@romeo.example").SetPasswordHash("x").SetRights(rights).ExecX(w.sys)
	}
	vac := w.submit(w.ann, w.in(w.ann, w.stat, "2026-05-11", "2026-05-12"))
	other := w.submit(w.ann, w.in(w.ann, special, "2026-05-18", "2026-05-18"))
	soon := w.submit(w.ann, w.in(w.ann, w.stat, "2026-03-03", "2026-03-04"))
	w.decide(w.handler, true, "", soon.ID)
	if other.Deadline != nil {
		t.Errorf("a type that is not vacation leave got a deadline")
	}
	job := func() *leave.RequestJob { return &leave.RequestJob{Leave: w.svc, Batch: 1} }
	// 3–4 March accepted: after 3 March one day is taken, after 4 March both, once.
	w.at("2026-03-04")
	if _, _, err := job().RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if card, _ := w.svc.PersonCard(employee(w.ann), w.ann.PersonID, ptr(2026)); card[0].Taken != h(8) || card[0].Planned != h(8) {
		t.Errorf("after 3 March: taken %v planned %v", card[0].Taken.Hours(), card[0].Planned.Hours())
	}
	w.at("2026-03-05")
	if _, _, err := job().RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	// 4 March's 8 hours came from two accrual years (2 of 2025, 6 of 2026): three
	// planned entries, three taken; running again adds nothing.
	takenEvents := w.audits(string(leave.ActionLeaveTaken))
	if _, _, err := job().RunOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	card, _ := w.svc.PersonCard(employee(w.ann), w.ann.PersonID, ptr(2026))
	if card[0].Taken != h(16) || card[0].Planned != 0 {
		t.Errorf("card after the days passed: taken %v planned %v", card[0].Taken.Hours(), card[0].Planned.Hours())
	}
	if !w.c.LeaveRequest.GetX(w.sys, soon.ID).BookedTaken || takenEvents != 3 || w.audits(string(leave.ActionLeaveTaken)) != 3 {
		t.Errorf("taken booked %d times", w.audits(string(leave.ActionLeaveTaken)))
	}
	// One minute before the deadline nothing lapses.
	w.clk.Set(vac.Deadline.Add(-time.Minute))
	if n, _, err := job().RunOnce(context.Background()); err != nil || n != 0 {
		t.Fatalf("before the deadline: %d %v", n, err)
	}
	w.clk.Set(vac.Deadline.Add(time.Minute))
	var wg sync.WaitGroup
	counts := make([]int, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], _, errs[i] = job().RunOnce(context.Background())
		}()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil || counts[0]+counts[1] != 1 {
		t.Fatalf("two instances: %v %v", counts, errs)
	}
	got := w.c.LeaveRequest.GetX(w.sys, vac.ID)
	if got.Status != leaverequest.StatusACCEPTED || !got.ByLapse || w.audits(string(leave.ActionRequestLapsed)) != 1 {
		t.Errorf("lapsed: %+v", got)
	}
	if st := w.c.LeaveRequest.GetX(w.sys, other.ID).Status; st != leaverequest.StatusSUBMITTED {
		t.Errorf("special leave lapsed: %s", st)
	}
	// Both sides hear of the lapse: Ann in English, the handler with the right only.
	lapsedMail := w.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindLEAVE_LAPSED)).AllX(w.sys)
	if len(lapsedMail) != 1 || lapsedMail[0].ToAddress != "hr@romeo.example" || !strings.Contains(lapsedMail[0].TextBody, "Ann Jansen") {
		t.Errorf("handler mails: %+v", lapsedMail)
	}
	decided := w.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindLEAVE_DECIDED)).Order(ent.Asc(outboxmail.FieldID)).AllX(w.sys)
	if len(decided) != 2 || decided[1].ToAddress != "ann@example.nl" || decided[1].Locale != outboxmail.LocaleEn ||
		decided[1].Subject != "Your leave request was approved" || !strings.Contains(decided[1].TextBody, "7:638") ||
		strings.Contains(decided[0].TextBody, "7:638") {
		t.Errorf("employee mails: %+v", decided)
	}
	// The change feed's part (R45): accepted leave, the lapsed one included.
	ch, err := w.svc.ChangesSince(provider(w.P1, viewer.ViewEmployees, viewer.HandleRequests), time.Time{}, 100)
	if err != nil || len(ch) != 2 {
		t.Errorf("changes: %d %v", len(ch), err)
	}
	if ch, _ := w.svc.ChangesSince(provider(w.P2, all()...), time.Time{}, 100); len(ch) != 0 {
		t.Error("another provider sees the changes")
	}
	// …and the integrators' feed itself, written in the decisions' transactions: the
	// accepted request and the lapsed one, with the days and hours payroll books.
	feed := w.c.ChangeEvent.Query().Order(ent.Asc(changeevent.FieldSeq)).AllX(w.sys)
	if len(feed) != 2 || feed[0].Kind != string(changefeed.LeaveAccepted) || feed[0].SubjectID != soon.ID ||
		feed[1].Kind != string(changefeed.LeaveLapsed) || feed[1].SubjectID != vac.ID ||
		feed[1].Data["firstDay"] != "2026-05-11" || feed[1].Data["lastDay"] != "2026-05-12" || feed[1].Data["hours"] != "16" ||
		feed[1].EmploymentID == nil || *feed[1].EmploymentID != w.ann.ID || feed[1].ProviderID != w.P1.ID {
		t.Errorf("change feed: %+v", feed)
	}
}

// R30, R31: the handler's queue: open requests by deadline, the balance, who else is away.
func TestRequestQueue(t *testing.T) {
	w := newRequestWorld(t)
	cas := w.employment(w.R1, "Cas", date.New(2020, 1, 1))
	if _, err := w.svc.SetWorkPattern(staff(w.R1, viewer.ManageHRSettings, viewer.ViewEmployees), cas.ID,
		leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}, leave.SourceStaff); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.UpdateType(staff(w.R1, viewer.ManageHRSettings), w.stat.ID, leave.TypeInput{AllowNegative: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	c := w.submit(cas, w.in(cas, w.stat, "2026-04-20", "2026-04-24"))
	w.decide(w.handler, true, "", c.ID)
	a := w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-22", "2026-04-23"))
	q, err := w.svc.Queue(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, Open: true})
	if err != nil || len(q) != 1 || q[0].ID != a.ID || q[0].Deadline == nil || q[0].Balance != h(210) ||
		len(q[0].AlsoAway()) != 1 || q[0].AlsoAway()[0] != "Cas Jansen" || q[0].PersonName != "Ann Jansen" {
		t.Fatalf("queue: %+v %v", q, err)
	}
	if all, _ := w.svc.Queue(w.handler, leave.QueueFilter{EmployerID: w.R1.ID}); len(all) != 2 || all[0].ID != a.ID {
		t.Errorf("all: %d", len(all))
	}
	if dec, _ := w.svc.Queue(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, Decided: true}); len(dec) != 1 || dec[0].ID != c.ID {
		t.Errorf("decided: %d", len(dec))
	}
	if _, err := w.svc.Queue(staff(w.R1, without(viewer.HandleRequests)...), leave.QueueFilter{EmployerID: w.R1.ID}); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without the right: %v", err)
	}
	if _, err := w.svc.Queue(provider(w.P2, all()...), leave.QueueFilter{EmployerID: w.R1.ID}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("other provider: %v", err)
	}
}

// team places persons in a new department of e, as payroll's sync or the HR settings do.
func (w *requestWorld) team(e *ent.Employer, name string, persons ...string) *ent.Department {
	w.t.Helper()
	d := w.c.Department.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetName(name).SaveX(w.sys)
	for _, p := range persons {
		w.c.DepartmentMember.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetDepartmentID(d.ID).SetPersonID(p).ExecX(w.sys)
	}
	return d
}

// R30 (issue #14 §2): the queue narrowed to a team (a department); the teams a handler
// may choose; a team of another employer — of the same provider, whose user sees both —
// or one that does not exist matches nobody, and another provider's handler gets neither.
func TestRequestQueueByTeam(t *testing.T) {
	w := newRequestWorld(t)
	cas := w.employment(w.R1, "Cas", date.New(2020, 1, 1))
	dirk := w.employment(w.R1, "Dirk", date.New(2020, 1, 1))
	for _, j := range []*ent.Employment{cas, dirk} {
		if _, err := w.svc.SetWorkPattern(staff(w.R1, viewer.ManageHRSettings, viewer.ViewEmployees), j.ID,
			leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}, leave.SourceStaff); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.svc.UpdateType(staff(w.R1, viewer.ManageHRSettings), w.stat.ID, leave.TypeInput{AllowNegative: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	bakery := w.team(w.R1, "Bakkerij", w.ann.PersonID)
	shop := w.team(w.R1, "Winkel", cas.PersonID)
	// Another employer of the same provider with a team of its own.
	r2 := w.employer(w.P1, "Sierra BV", "1005", product.CodeMijnLoket)
	elsewhere := w.team(r2, "Aaa elders", w.employment(r2, "Eva", date.New(2020, 1, 1)).PersonID)

	a := w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-20", "2026-04-21"))
	c := w.submit(cas, w.in(cas, w.stat, "2026-04-22", "2026-04-23"))
	d := w.submit(dirk, w.in(dirk, w.stat, "2026-04-27", "2026-04-28"))
	w.decide(w.handler, true, "", c.ID)

	ids := func(ctx context.Context, f leave.QueueFilter) []string {
		t.Helper()
		q, err := w.svc.Queue(ctx, f)
		if err != nil {
			t.Fatalf("queue %+v: %v", f, err)
		}
		out := []string{}
		for _, it := range q {
			out = append(out, it.ID)
		}
		return out
	}
	same := func(name string, got []string, want ...string) {
		t.Helper()
		if !slices.Equal(got, append([]string{}, want...)) {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	same("everyone", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID}), a.ID, d.ID, c.ID)
	same("Bakkerij", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: bakery.ID}), a.ID)
	same("Winkel", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: shop.ID}), c.ID)
	same("Winkel, open", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: shop.ID, Open: true}))
	same("Winkel, decided", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: shop.ID, Decided: true}), c.ID)
	same("unknown team", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: "afd_unknown"}))
	// The provider's user sees both employers; R2's team still matches nobody at R1.
	ak := provider(w.P1, viewer.HandleRequests)
	same("R2's team at R1", ids(ak, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: elsewhere.ID}))
	// Moving Dirk into the bakery moves his request with him.
	w.c.DepartmentMember.Create().SetProviderID(w.R1.ProviderID).SetEmployerID(w.R1.ID).SetDepartmentID(bakery.ID).SetPersonID(dirk.PersonID).ExecX(w.sys)
	same("Bakkerij with Dirk", ids(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, TeamID: bakery.ID, Open: true}), a.ID, d.ID)

	teams, err := w.svc.QueueTeams(w.handler, w.R1.ID)
	if err != nil || len(teams) != 2 || teams[0].ID != bakery.ID || teams[0].Name != "Bakkerij" || teams[1].ID != shop.ID {
		t.Errorf("teams of R1: %+v %v", teams, err)
	}
	if teams, err := w.svc.QueueTeams(ak, r2.ID); err != nil || len(teams) != 1 || teams[0].ID != elsewhere.ID {
		t.Errorf("teams of R2: %+v %v", teams, err)
	}
	if _, err := w.svc.QueueTeams(staff(w.R1, without(viewer.HandleRequests)...), w.R1.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("teams without the right: %v", err)
	}
	if _, err := w.svc.QueueTeams(staff(r2, all()...), w.R1.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("teams of another employer: %v", err)
	}
	if _, err := w.svc.QueueTeams(provider(w.P2, all()...), w.R1.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("teams of another provider: %v", err)
	}
	if _, err := w.svc.Queue(provider(w.P2, all()...), leave.QueueFilter{EmployerID: w.R1.ID, TeamID: bakery.ID}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("queue of another provider by team: %v", err)
	}
}
