package workflow_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// amsterdam is the moment of a day and time on the Dutch clock.
func amsterdam(y int, m time.Month, d, hour, minute int) time.Time {
	return time.Date(y, m, d, hour, minute, 0, 0, clock.Amsterdam)
}

// withAddresses gives the world's people and staff addresses: Mia, Max and Bob as
// employees (Max reads English), Hanna and Nina as staff (Nina reads English); Ben
// (blocked) and Olga (no rights) have one too.
func (x *world) withAddresses() {
	for _, j := range []*ent.Employment{x.mia, x.max, x.bob, x.ann} {
		p := x.c.Person.GetX(x.sys, j.PersonID)
		upd := x.c.Account.Update().Where(account.PersonID(j.PersonID)).SetRegisteredEmail(strings.ToLower(p.FirstName) + "@prive.example")
		if j == x.max {
			upd.SetLanguage("en")
		}
		upd.ExecX(x.sys)
	}
	for _, u := range []*ent.User{x.hanna, x.nina, x.ben, x.olga} {
		upd := x.c.User.UpdateOne(u).SetEmail(u.Username + "@werkgever.example")
		if u.ID == x.nina.ID {
			upd.SetLanguage("en")
		}
		upd.ExecX(x.sys)
	}
}

// mails returns the queued mails of kind, oldest first.
func (x *world) mails(kind mail.Kind) []*ent.OutboxMail {
	return x.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.Kind(kind))).
		Order(ent.Asc(outboxmail.FieldCreatedAt), ent.Asc(outboxmail.FieldToAddress)).AllX(x.sys)
}

func addresses(ms []*ent.OutboxMail) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ToAddress)
	}
	slices.Sort(out)
	return out
}

// runTwice runs once on two instances at the same time, as two servers would, and
// returns how many each queued.
func runTwice(t *testing.T, a, b func(context.Context) (int, error)) int {
	t.Helper()
	var wg sync.WaitGroup
	counts := make([]int, 2)
	errs := make([]error, 2)
	for i, run := range []func(context.Context) (int, error){a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], errs[i] = run(context.Background())
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return counts[0] + counts[1]
}

// R34: a route's notify-only recipients get a mail when a request is decided — by a
// step (with "namens" for a substitute) or automatically — in their own language; a
// withdrawal is no decision, and a blocked user gets nothing.
func TestNotifyOnlyRecipientsHearOfTheDecisionR34(t *testing.T) {
	x := newWorld(t)
	x.withAddresses()
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}},
		NotifyUserIDs: []string{x.olga.ID, x.nina.ID, x.ben.ID}})
	r := x.submit(x.ann, "2026-06-01", "2026-06-01")
	if n := len(x.mails(mail.RequestDecidedNotice)); n != 0 {
		t.Fatalf("%d notices before a decision", n)
	}
	if _, err := x.decide(me(x.mia), r.ID, true); err != nil {
		t.Fatal(err)
	}
	ms := x.mails(mail.RequestDecidedNotice)
	if got := addresses(ms); !slices.Equal(got, []string{"nina@werkgever.example", "olga@werkgever.example"}) {
		t.Fatalf("notices to %v", got)
	}
	for _, m := range ms {
		nl := m.ToAddress == "olga@werkgever.example"
		want := []string{"Ann Jansen", "verlofaanvraag", "goedgekeurd", "door werknemer"}
		if !nl {
			want = []string{"Ann Jansen", "leave request", "approved", "by werknemer"}
		}
		for _, w := range want {
			if !strings.Contains(m.TextBody, w) || !strings.Contains(m.HTMLBody, w) {
				t.Errorf("notice to %s lacks %q:\n%s", m.ToAddress, w, m.TextBody)
			}
		}
		if m.EmployerID == nil || *m.EmployerID != x.A1.ID {
			t.Errorf("notice without the employer whose texts apply: %+v", m)
		}
	}

	// A substitute's rejection says for whom; a withdrawal sends nothing.
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.bob.PersonID,
		FirstDay: date.New(2026, 3, 2), LastDay: date.New(2026, 3, 6)}); err != nil {
		t.Fatal(err)
	}
	x.clk.Advance(time.Minute)
	rejected := x.submit(x.ann, "2026-06-08", "2026-06-08")
	if _, err := x.decide(me(x.bob), rejected.ID, false); err != nil {
		t.Fatal(err)
	}
	withdrawn := x.submit(x.ann, "2026-06-15", "2026-06-15")
	if _, err := x.lv.WithdrawRequest(me(x.ann), withdrawn.ID); err != nil {
		t.Fatal(err)
	}
	ms = x.mails(mail.RequestDecidedNotice)
	if len(ms) != 4 {
		t.Fatalf("%d notices after a rejection and a withdrawal, want 4", len(ms))
	}
	for _, m := range ms[2:] {
		if !strings.Contains(m.TextBody, "namens Mia Jansen") && !strings.Contains(m.TextBody, "on behalf of Mia Jansen") {
			t.Errorf("the substitute's rejection does not say for whom:\n%s", m.TextBody)
		}
		if !strings.Contains(m.Subject, "Afgewezen") && !strings.Contains(m.Subject, "Rejected") {
			t.Errorf("subject %q", m.Subject)
		}
	}

	// Automatic approval is a decision too.
	x.clk.Advance(time.Minute)
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetRight}}, NotifyUserIDs: []string{x.olga.ID},
		AutoApproval: &spec.AutoApproval{MaxLeaveMinutes: ptr(int64(8 * 60))}})
	x.submit(x.ann, "2026-06-22", "2026-06-22")
	ms = x.mails(mail.RequestDecidedNotice)
	if len(ms) != 5 || !strings.Contains(ms[4].TextBody, "automatisch") {
		t.Fatalf("automatic approval: %d notices", len(ms))
	}
}

// R35: a manager and a substitute with open tasks get one digest a working day, from
// seven in the morning, in their own language, listing the tasks; nobody with nothing
// waiting gets one; not on a weekend or a public holiday; two instances send each once.
func TestDailyDigestOncePerWorkingDayR35(t *testing.T) {
	x := newWorld(t)
	x.withAddresses()
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	x.clk.Set(amsterdam(2026, 3, 2, 6, 30))                    // Monday
	annsRequest := x.submit(x.ann, "2026-06-01", "2026-06-01") // to Mia
	x.submit(x.mia, "2026-06-01", "2026-06-01")                // Mia's own, to Max
	job := func() *workflow.DigestJob {
		return &workflow.DigestJob{Workflow: &workflow.Service{Client: x.c, Clock: x.clk}, MyTeamURL: "https://werkportaal.example.nl/werknemer/mijn-team", Batch: 1}
	}
	one, two := job(), job()
	if n, err := one.RunOnce(context.Background()); err != nil || n != 0 {
		t.Fatalf("before seven: %d %v", n, err)
	}
	x.clk.Set(amsterdam(2026, 3, 2, 7, 5))
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 2 {
		t.Fatalf("two instances queued %d digests, want 2", n)
	}
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 0 {
		t.Fatalf("a second run queued %d", n)
	}
	ms := x.mails(mail.TeamTasksDigest)
	if got := addresses(ms); !slices.Equal(got, []string{"max@prive.example", "mia@prive.example"}) {
		t.Fatalf("digests to %v", got)
	}
	for _, m := range ms {
		want := []string{"Ann Jansen – verlofaanvraag – ingediend 02-03-2026", "https://werkportaal.example.nl/werknemer/mijn-team", "Mijn team"}
		if m.ToAddress == "max@prive.example" {
			want = []string{"Mia Jansen – leave request – submitted 02-03-2026", "My team"}
		}
		for _, w := range want {
			if !strings.Contains(m.TextBody, w) || !strings.Contains(m.HTMLBody, w) {
				t.Errorf("digest to %s lacks %q:\n%s", m.ToAddress, w, m.TextBody)
			}
		}
	}

	// Mia decides; on Tuesday only Max has a task waiting. A substitute for Mia from
	// Tuesday gets Ann's next request and a digest that says for whom.
	if _, err := x.decide(me(x.mia), annsRequest.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := x.wf.SetSubstitute(me(x.mia), workflow.SubstituteInput{SubstituteID: x.bob.PersonID,
		FirstDay: date.New(2026, 3, 3), LastDay: date.New(2026, 3, 13)}); err != nil {
		t.Fatal(err)
	}
	x.clk.Set(amsterdam(2026, 3, 3, 6, 0))
	x.submit(x.ann, "2026-06-08", "2026-06-08")
	x.clk.Set(amsterdam(2026, 3, 3, 9, 0))
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 2 {
		t.Fatalf("Tuesday: %d digests, want Max's and Bob's", n)
	}
	ms = x.mails(mail.TeamTasksDigest)
	if got := addresses(ms[2:]); !slices.Equal(got, []string{"bob@prive.example", "max@prive.example"}) {
		t.Fatalf("Tuesday's digests to %v", got)
	}
	for _, m := range ms[2:] {
		if m.ToAddress == "bob@prive.example" && !strings.Contains(m.TextBody, "Ann Jansen – verlofaanvraag – ingediend 03-03-2026 – namens Mia Jansen") {
			t.Errorf("the substitute's digest:\n%s", m.TextBody)
		}
	}

	// Saturday and Easter Monday are no working days.
	for _, day := range []time.Time{amsterdam(2026, 3, 7, 9, 0), amsterdam(2026, 4, 6, 9, 0)} {
		x.clk.Set(day)
		if n, err := one.RunOnce(context.Background()); err != nil || n != 0 {
			t.Fatalf("%s: %d digests, %v", day.Weekday(), n, err)
		}
	}
	x.clk.Set(amsterdam(2026, 4, 7, 9, 0))
	if n, err := one.RunOnce(context.Background()); err != nil || n != 2 {
		t.Fatalf("the Tuesday after Easter: %d digests, %v", n, err)
	}
}

// R35: a task open for five working days is reported to the holders of
// HANDLE_REQUESTS of its employer — not to a blocked one or one without the right —
// once, however often and on how many instances the job runs; weekends and the public
// holidays the employer gives off do not count.
func TestEscalationAfterFiveWorkingDaysR35(t *testing.T) {
	x := newWorld(t)
	x.withAddresses()
	x.setRoute(x.A1, spec.KindLeave, spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	job := func() *workflow.EscalationJob {
		return &workflow.EscalationJob{Workflow: &workflow.Service{Client: x.c, Clock: x.clk}, AdminURL: "https://werkportaal.example.nl/beheer", Batch: 1}
	}
	one, two := job(), job()
	x.clk.Set(amsterdam(2026, 3, 2, 10, 0)) // Monday
	r := x.submit(x.ann, "2026-06-01", "2026-06-01")
	x.clk.Set(amsterdam(2026, 3, 6, 23, 0)) // Friday: four working days
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 0 {
		t.Fatalf("after four working days %d reported", n)
	}
	x.clk.Set(amsterdam(2026, 3, 9, 0, 30)) // Monday: five
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 1 {
		t.Fatalf("after five working days %d reported, want 1", n)
	}
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 0 {
		t.Fatalf("reported again: %d", n)
	}
	ms := x.mails(mail.TaskEscalated)
	if got := addresses(ms); !slices.Equal(got, []string{"hanna@werkgever.example", "nina@werkgever.example"}) {
		t.Fatalf("escalation to %v", got)
	}
	for _, m := range ms {
		want := []string{"Ann Jansen – verlofaanvraag – open sinds 02-03-2026 – bij Mia Jansen", "5 werkdagen", "https://werkportaal.example.nl/beheer/werkgevers/" + x.A1.ID}
		if m.ToAddress == "nina@werkgever.example" {
			want = []string{"Ann Jansen – leave request – open since 02-03-2026 – with Mia Jansen", "5 working days"}
		}
		for _, w := range want {
			if !strings.Contains(m.TextBody, w) {
				t.Errorf("escalation to %s lacks %q:\n%s", m.ToAddress, w, m.TextBody)
			}
		}
	}
	st := x.route(r.ID).Edges.Steps[0]
	if st.EscalatedAt == nil || st.State != workflowstep.StateOPEN {
		t.Fatalf("the step after the escalation: %+v", st)
	}
	if n := x.c.AuditEvent.Query().Where(auditevent.ActionEQ(string(workflow.ActionStepEscalated)), auditevent.TargetID(st.RequestID)).CountX(x.sys); n != 1 {
		t.Fatalf("%d escalation events", n)
	}

	// Around Easter, at an employer that gives Good Friday off: a step opened on the
	// Tuesday before waits over Good Friday and Easter Monday, so on the Wednesday after
	// it has four working days behind it and on Thursday five.
	x.c.LeaveScheme.Update().Where(leavescheme.EmployerID(x.A1.ID)).SetGoodFridayOff(true).ExecX(x.sys)
	x.clk.Set(amsterdam(2026, 3, 31, 11, 0))
	easter := x.submit(x.bob, "2026-06-01", "2026-06-01") // no department: to the right
	for _, day := range []time.Time{amsterdam(2026, 4, 7, 9, 0), amsterdam(2026, 4, 8, 9, 0)} {
		x.clk.Set(day)
		if n, err := one.RunOnce(context.Background()); err != nil || n != 0 {
			t.Fatalf("%s %d: %d reported, %v", day.Weekday(), day.Day(), n, err)
		}
	}
	x.clk.Set(amsterdam(2026, 4, 9, 9, 0))
	if n := runTwice(t, one.RunOnce, two.RunOnce); n != 1 {
		t.Fatalf("the Thursday after Easter: %d reported", n)
	}
	ms = x.mails(mail.TaskEscalated)
	if len(ms) != 4 || !strings.Contains(ms[3].TextBody+ms[2].TextBody, "Bob Jansen – verlofaanvraag – open sinds 31-03-2026 – bij iedereen met Behandelen aanvragen") {
		t.Fatalf("%d escalations; the last:\n%s", len(ms), ms[len(ms)-1].TextBody)
	}
	if x.route(easter.ID).Edges.Steps[0].EscalatedAt == nil {
		t.Fatal("the Easter step is not marked")
	}
}
