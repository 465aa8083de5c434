package leave_test

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// mails returns the outbox mails of kind, oldest first.
func (w *requestWorld) mails(kind outboxmail.Kind) []*ent.OutboxMail {
	return w.c.OutboxMail.Query().Where(outboxmail.KindEQ(kind)).Order(ent.Asc(outboxmail.FieldID)).AllX(w.sys)
}

// twice runs run on two instances at once and returns the sum of what they did.
func twice(t *testing.T, run func() (int, error)) int {
	t.Helper()
	var wg sync.WaitGroup
	counts, errs := make([]int, 2), make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], errs[i] = run()
		}()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("two instances: %v %v", errs[0], errs[1])
	}
	return counts[0] + counts[1]
}

// R33: the handlers hear of new requests in one digest per handler per hour, sent once
// whichever of two instances runs; every staff user who may decide (HANDLE_REQUESTS at
// the employer or its provider) and nobody else, in their language (R46).
func TestDigestOncePerHandlerPerHour(t *testing.T) {
	w := newRequestWorld(t)
	w.activate(w.w.EmpA2, leave.ProductLeavePolicy)
	hr := w.w.EmployerStaff(w.R1, "hr", "x", viewer.HandleRequests)
	w.c.User.UpdateOne(hr).SetEmail("hr@romeo.example").SetLanguage("en").ExecX(w.sys)
	ak := w.w.ProviderStaff(w.P1, "ak", "x", viewer.HandleRequests, viewer.ViewEmployees)
	w.c.User.UpdateOne(ak).SetEmail("ak@office.example").ExecX(w.sys)
	for _, u := range []*ent.User{
		w.w.EmployerStaff(w.R1, "payroll", "x", viewer.ViewEmployees),     // no right
		w.w.EmployerStaff(w.w.EmpA2, "other", "x", viewer.HandleRequests), // another employer
		w.w.ProviderStaff(w.P2, "akb", "x", viewer.HandleRequests),        // another provider
		w.w.EmployerStaff(w.R1, "blocked", "x", viewer.HandleRequests),
	} {
		up := w.c.User.UpdateOne(u).SetEmail(u.Username + "@elsewhere.example")
		if u.Username == "blocked" {
			up.SetState("BLOCKED")
		}
		up.ExecX(w.sys)
	}
	w.svc.AdminURL = "https://wp.example.nl/beheer"
	job := func() (int, error) { return (&leave.DigestJob{Leave: w.svc}).RunOnce(context.Background()) }
	// Two requests between 10:00 and 11:00 (UTC).
	w.clk.Set(time.Date(2026, 3, 2, 10, 5, 0, 0, time.UTC))
	w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-20", "2026-04-24"))
	w.clk.Set(time.Date(2026, 3, 2, 10, 40, 0, 0, time.UTC))
	w.submit(w.bob, w.in(w.bob, w.stat, "2026-03-16", "2026-03-16"))
	// Before the hour is over nothing goes out.
	w.clk.Set(time.Date(2026, 3, 2, 10, 59, 0, 0, time.UTC))
	if n := twice(t, job); n != 0 {
		t.Fatalf("before the hour: %d digests", n)
	}
	w.clk.Set(time.Date(2026, 3, 2, 11, 2, 0, 0, time.UTC))
	if n := twice(t, job); n != 2 {
		t.Fatalf("two instances sent %d digests, want 2 (one per handler)", n)
	}
	if n := twice(t, job); n != 0 {
		t.Fatalf("running again sent %d", n)
	}
	ms := w.mails(outboxmail.KindLEAVE_REQUESTS_DIGEST)
	if len(ms) != 2 {
		t.Fatalf("%d digests", len(ms))
	}
	byTo := map[string]*ent.OutboxMail{}
	for _, m := range ms {
		byTo[m.ToAddress] = m
	}
	en, nl := byTo["hr@romeo.example"], byTo["ak@office.example"]
	if en == nil || nl == nil {
		t.Fatalf("digests went to %v", byTo)
	}
	if en.Locale != outboxmail.LocaleEn || en.Subject != "New leave requests (2)" ||
		!strings.Contains(en.TextBody, "Ann Jansen") || !strings.Contains(en.TextBody, "Bob Jansen") ||
		!strings.Contains(en.TextBody, "20-04-2026 to 24-04-2026") || !strings.Contains(en.TextBody, "/werkgevers/"+w.R1.ID+"/verlofaanvragen") {
		t.Errorf("English digest: %s\n%s", en.Subject, en.TextBody)
	}
	if nl.Locale != outboxmail.LocaleNl || nl.Subject != "Nieuwe verlofaanvragen (2)" || !strings.Contains(nl.TextBody, "40 uur") {
		t.Errorf("Dutch digest: %s\n%s", nl.Subject, nl.TextBody)
	}
	// The next hour's digest has only the request of that hour.
	w.clk.Set(time.Date(2026, 3, 2, 11, 30, 0, 0, time.UTC))
	w.submit(w.ann, w.in(w.ann, w.ext, "2026-06-01", "2026-06-01"))
	w.clk.Set(time.Date(2026, 3, 2, 12, 1, 30, 0, time.UTC))
	if n := twice(t, job); n != 2 {
		t.Fatalf("second hour: %d digests", n)
	}
	ms = w.mails(outboxmail.KindLEAVE_REQUESTS_DIGEST)
	if len(ms) != 4 || ms[2].Subject == ms[0].Subject || strings.Contains(ms[3].TextBody, "Bob Jansen") {
		t.Errorf("second hour: %d mails, %q", len(ms), ms[len(ms)-1].TextBody)
	}
	// An hour without requests sends nothing.
	w.clk.Set(time.Date(2026, 3, 2, 13, 5, 0, 0, time.UTC))
	if n := twice(t, job); n != 0 {
		t.Errorf("a quiet hour sent %d", n)
	}
}

// R33, R28: once a year, from the employer's reminder day, employees with statutory
// hours of last year left hear how many expire on 1 July — computed from the ledger,
// once per employee per year whichever of two instances runs, in their language (R46).
func TestExpiryReminderOncePerYear(t *testing.T) {
	w := newRequestWorld(t)
	// Ann: 10 h of 2025 left; Bob left on 31 March; Cas used all of 2025 already.
	w.c.Person.UpdateOne(w.c.Person.GetX(w.sys, w.ann.PersonID)).SetEmail("ann@example.nl").ExecX(w.sys)
	w.c.Account.Create().SetProviderID(w.P1.ID).SetEmployerID(w.R1.ID).SetPersonID(w.ann.PersonID).SetState("ACTIVE").
		SetUsername("ann").SetUsernameKey("ann").SetLanguage("en").ExecX(w.sys)
	w.c.Person.UpdateOne(w.c.Person.GetX(w.sys, w.bob.PersonID)).SetEmail("bob@example.nl").ExecX(w.sys)
	cas := w.employment(w.R1, "Cas", date.New(2020, 1, 1))
	w.c.Person.UpdateOne(w.c.Person.GetX(w.sys, cas.PersonID)).SetEmail("cas@example.nl").ExecX(w.sys)
	if _, err := w.svc.RecordEntries(integrator(w.P1, viewer.ManagePayrollData), []leave.EntryInput{
		{EmploymentID: w.bob.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindAccrual, Hours: 20, Date: date.New(2025, 1, 1)},
		{EmploymentID: cas.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindAccrual, Hours: 8, Date: date.New(2025, 1, 1)},
		{EmploymentID: cas.ID, LeaveTypeID: w.stat.ID, Kind: leave.KindTaken, Hours: 8, Date: date.New(2025, 12, 1)},
	}); err != nil {
		t.Fatal(err)
	}
	// The employer moves the reminder to 15 April.
	if _, err := w.svc.SetExpiryReminder(staff(w.R1, viewer.ManageHRSettings), w.R1.ID, 4, 15); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.SetExpiryReminder(staff(w.R1, viewer.ManageHRSettings), w.R1.ID, 7, 1); apperr.CodeOf(err) == "" {
		t.Error("a reminder on 1 July was accepted")
	}
	if _, err := w.svc.SetExpiryReminder(staff(w.R1, without(viewer.ManageHRSettings)...), w.R1.ID, 4, 1); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without the right: %v", err)
	}
	if _, err := w.svc.SetExpiryReminder(staff(w.B1, viewer.ManageHRSettings), w.R1.ID, 4, 1); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("another tenant: %v", err)
	}
	job := func() (int, error) { return (&leave.ReminderJob{Leave: w.svc, Batch: 1}).RunOnce(context.Background()) }
	w.at("2026-04-14")
	if n := twice(t, job); n != 0 {
		t.Fatalf("before the reminder day: %d", n)
	}
	w.at("2026-04-15")
	if n := twice(t, job); n != 1 {
		t.Fatalf("two instances sent %d reminders, want 1 (Ann)", n)
	}
	w.at("2026-04-16")
	if n := twice(t, job); n != 0 {
		t.Fatalf("the next day: %d", n)
	}
	ms := w.mails(outboxmail.KindLEAVE_EXPIRY_REMINDER)
	if len(ms) != 1 || ms[0].ToAddress != "ann@example.nl" || ms[0].Locale != outboxmail.LocaleEn ||
		ms[0].Subject != "Please note: 10 hours of leave expire on 01-07-2026" {
		t.Fatalf("reminders: %+v", ms)
	}
	// A year on, 2026's hours are due: Ann gets the second reminder of her life.
	w.at("2027-04-15")
	if n := twice(t, job); n != 1 {
		t.Errorf("2027: %d reminders", n)
	}
	if ms := w.mails(outboxmail.KindLEAVE_EXPIRY_REMINDER); len(ms) != 2 || !strings.Contains(ms[1].Subject, "01-07-2027") {
		t.Errorf("2027 reminder: %+v", ms)
	}
}

// R28: the staff person page's ledger: every entry, newest first, a page at a time,
// with its source (the request it was booked for); VIEW_EMPLOYEES within the tenant.
func TestLedgerPage(t *testing.T) {
	w := newRequestWorld(t)
	r := w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-20", "2026-04-21"))
	w.decide(w.handler, true, "", r.ID)
	viewerCtx := staff(w.R1, viewer.ViewEmployees)
	p1, err := w.svc.LedgerPage(viewerCtx, w.ann.ID, w.stat.ID, 2, "")
	if err != nil {
		t.Fatal(err)
	}
	// Entries of the statutory type: 2 accruals and 3 planned (21 April takes 2 hours of
	// 2025 and 6 of 2026).
	if p1.TotalCount != 5 || len(p1.Entries) != 2 || !p1.HasNextPage || p1.EndCursor == nil {
		t.Fatalf("page 1: %+v", p1)
	}
	if e := p1.Entries[0]; e.Kind != leave.KindPlanned || e.Date != date.New(2026, 4, 21) || e.Request == nil || e.Request.ID != r.ID {
		t.Errorf("newest entry: %+v", e)
	}
	p2, err := w.svc.LedgerPage(viewerCtx, w.ann.ID, w.stat.ID, 3, *p1.EndCursor)
	if err != nil || len(p2.Entries) != 3 || p2.HasNextPage || p2.Entries[2].Date != date.New(2025, 1, 1) || p2.Entries[2].Request != nil {
		t.Fatalf("page 2: %+v %v", p2, err)
	}
	if all, _ := w.svc.LedgerPage(viewerCtx, w.ann.ID, "", 100, ""); all.TotalCount != 6 {
		t.Errorf("all types: %d", all.TotalCount)
	}
	if _, err := w.svc.LedgerPage(viewerCtx, w.ann.ID, "", 101, ""); apperr.CodeOf(err) != apperr.BadRequest {
		t.Errorf("page of 101: %v", err)
	}
	if _, err := w.svc.LedgerPage(staff(w.R1, without(viewer.ViewEmployees)...), w.ann.ID, "", 10, ""); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without VIEW_EMPLOYEES: %v", err)
	}
	if _, err := w.svc.LedgerPage(provider(w.P2, all()...), w.ann.ID, "", 10, ""); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("another provider: %v", err)
	}
	if _, err := w.svc.LedgerPage(staff(w.A1, all()...), w.ann.ID, "", 10, ""); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("another employer: %v", err)
	}
}

// R30, R32: the queue lists colleagues away with the days within the request (never
// the type), bounded, and reads a fixed number of statements whatever the page size.
func TestQueueColleaguesAndStatements(t *testing.T) {
	w := newRequestWorld(t)
	if _, err := w.svc.UpdateType(staff(w.R1, viewer.ManageHRSettings), w.stat.ID, leave.TypeInput{AllowNegative: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	week := leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}
	var others []*ent.Employment
	for _, name := range []string{"Cas", "Dirk", "Eva", "Fien"} {
		j := w.employment(w.R1, name, date.New(2020, 1, 1))
		if _, err := w.svc.SetWorkPattern(staff(w.R1, viewer.ManageHRSettings, viewer.ViewEmployees), j.ID, week, leave.SourceStaff); err != nil {
			t.Fatal(err)
		}
		others = append(others, j)
	}
	// Cas is away 15–21 April, accepted.
	c := w.submit(others[0], w.in(others[0], w.stat, "2026-04-15", "2026-04-21"))
	w.decide(w.handler, true, "", c.ID)
	// The statements of a queue of one open request…
	var n atomic.Int64
	counted := *w.svc
	counted.Client = ent.NewClient(ent.Driver(dialect.DebugWithContext(w.st.Driver, func(context.Context, ...any) { n.Add(1) })))
	w.submit(w.ann, w.in(w.ann, w.stat, "2026-04-20", "2026-04-24"))
	q, err := counted.Queue(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, Open: true})
	if err != nil || len(q) != 1 {
		t.Fatalf("queue: %v %v", q, err)
	}
	one := n.Load()
	if a := q[0].ColleaguesAway(); len(a) != 1 || a[0].Name != "Cas Jansen" || a[0].FirstDay != date.New(2026, 4, 20) ||
		a[0].LastDay != date.New(2026, 4, 21) || q[0].ColleaguesAwayMore() != 0 {
		t.Errorf("colleagues away: %+v", a)
	}
	// …and of four: the same.
	for _, j := range others[1:] {
		w.submit(j, w.in(j, w.stat, "2026-05-04", "2026-05-05"))
	}
	n.Store(0)
	q, err = counted.Queue(w.handler, leave.QueueFilter{EmployerID: w.R1.ID, Open: true})
	if err != nil || len(q) != 4 {
		t.Fatalf("queue of 4: %d %v", len(q), err)
	}
	if n.Load() != one {
		t.Errorf("%d statements for 4 requests, %d for 1: not constant in the page size", n.Load(), one)
	}
	// Another employer's handler sees none of it.
	if q, err := w.svc.Queue(staff(w.A1, viewer.HandleRequests), leave.QueueFilter{EmployerID: w.R1.ID}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("handler of another employer: %v %v", q, err)
	}
}
