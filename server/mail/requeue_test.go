package mail_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// failAll runs a dispatcher against a mail server that is down until nothing is
// PENDING any more: with the fixture's 4-hour maximum age, every mail ends FAILED.
func (f *fixture) failAll() {
	f.t.Helper()
	d := f.dispatcher(smtpSender(f.t, downURL(f.t)))
	for f.nextDue() {
		if _, _, err := d.RunOnce(context.Background()); err != nil {
			f.t.Fatal(err)
		}
	}
}

// failedMails is three FAILED mails: one of employer A1 (about a person), one of A2,
// one of B1 of the other provider.
func (f *fixture) failedMails() (a1, a2, b1 *ent.OutboxMail) {
	f.t.Helper()
	f.enqueue(
		invitation(f.empA1, "sanne@example.nl", inviteLink, t0),
		invitation(f.empA2, "piet@example.nl", inviteLink, t0),
		invitation(f.empB1, "klaas@example.nl", inviteLink, t0),
	)
	f.failAll()
	byEmployer := map[string]*ent.OutboxMail{}
	for _, m := range f.byStatus(outboxmail.StatusFAILED) {
		byEmployer[*m.EmployerID] = m
	}
	if len(byEmployer) != 3 {
		f.t.Fatalf("%d FAILED mails", len(byEmployer))
	}
	return byEmployer[f.empA1.ID], byEmployer[f.empA2.ID], byEmployer[f.empB1.ID]
}

func ids(ms []*ent.OutboxMail) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	slices.Sort(out)
	return out
}

// TestFailedMailsTenancy: a provider user sees the failed mails of its provider and its
// employers, an employer user those of its employer; without MANAGE_MAIL_TEMPLATES,
// and for employees, there are none to see. Someone else's mail cannot be requeued:
// it does not exist for the caller (NOT_FOUND), and nothing changes.
func TestFailedMailsTenancy(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	a1, a2, b1 := f.failedMails()
	akA := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	wgA1 := employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates)
	wgA1NoRight := employerUser(f.empA1, "usr_wg2", viewer.ViewEmployees, viewer.ManagePortalAccess)
	employee := testworld.Employee(f.empA1, "acc_x", "per_test")

	see := func(ctx context.Context, employerID string) []string {
		t.Helper()
		q, err := mail.FailedMails(ctx, c, employerID)
		if err != nil {
			t.Fatalf("FailedMails: %v", err)
		}
		return ids(q.AllX(ctx))
	}
	if got, want := see(akA, ""), ids([]*ent.OutboxMail{a1, a2}); !slices.Equal(got, want) {
		t.Errorf("provider user sees %v, want %v", got, want)
	}
	if got := see(akA, f.empA2.ID); !slices.Equal(got, []string{a2.ID}) {
		t.Errorf("provider user at A2 sees %v", got)
	}
	if got := see(wgA1, ""); !slices.Equal(got, []string{a1.ID}) {
		t.Errorf("employer user sees %v, want only A1's", got)
	}
	_, err := mail.FailedMails(wgA1, c, f.empA2.ID)
	wantCode(t, err, apperr.NotFound)
	_, err = mail.FailedMails(akA, c, f.empB1.ID)
	wantCode(t, err, apperr.NotFound)
	for name, ctx := range map[string]context.Context{"no right": wgA1NoRight, "employee": employee} {
		if _, err := mail.FailedMails(ctx, c, ""); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("%s: FailedMails %v", name, err)
		}
		if _, err := mail.Requeue(ctx, c, a1.ID, f.clk.Now()); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("%s: Requeue %v", name, err)
		}
		// Below the domain check, the privacy policy refuses them too.
		if n, err := c.OutboxMail.Query().Count(ctx); err == nil && n > 0 {
			t.Errorf("%s reads %d outbox rows directly", name, n)
		}
		if n, _ := c.OutboxMail.Update().SetStatus(outboxmail.StatusPENDING).Save(ctx); n > 0 {
			t.Errorf("%s updated %d outbox rows directly", name, n)
		}
	}

	// An employer user cannot requeue another employer's mail, nor a provider user
	// another provider's; an employer user cannot change them directly either.
	for _, tc := range []struct {
		ctx  context.Context
		mail *ent.OutboxMail
	}{{wgA1, a2}, {wgA1, b1}, {akA, b1}} {
		_, err := mail.Requeue(tc.ctx, c, tc.mail.ID, f.clk.Now())
		wantCode(t, err, apperr.NotFound)
		if n, _ := c.OutboxMail.Update().Where(outboxmail.ID(tc.mail.ID)).SetStatus(outboxmail.StatusPENDING).Save(tc.ctx); n != 0 {
			t.Errorf("updated %s directly", tc.mail.ID)
		}
	}
	if n, _, err := mail.RequeueFailed(wgA1, c, f.empA2.ID, f.clk.Now()); apperr.CodeOf(err) != apperr.NotFound || n != 0 {
		t.Errorf("employer user requeues A2's mails: %d, %v", n, err)
	}
	if got := len(f.byStatus(outboxmail.StatusFAILED)); got != 3 || f.countEvents() != 0 {
		t.Fatalf("after refused requeues: %d FAILED, %d events", got, f.countEvents())
	}

	// Requeueing all of the employer user's scope takes only A1's.
	n, rest, err := mail.RequeueFailed(wgA1, c, "", f.clk.Now())
	if err != nil || n != 1 || rest != 0 {
		t.Fatalf("RequeueFailed as A1: %d requeued, %d left, %v", n, rest, err)
	}
	if got := ids(f.byStatus(outboxmail.StatusFAILED)); !slices.Equal(got, ids([]*ent.OutboxMail{a2, b1})) {
		t.Errorf("still FAILED: %v", got)
	}
	// The provider user's takes A2's, never B1's.
	if n, rest, err := mail.RequeueFailed(akA, c, "", f.clk.Now()); err != nil || n != 1 || rest != 0 {
		t.Fatalf("RequeueFailed as provider A: %d, %d, %v", n, rest, err)
	}
	if got := ids(f.byStatus(outboxmail.StatusFAILED)); !slices.Equal(got, []string{b1.ID}) {
		t.Errorf("still FAILED: %v", got)
	}
}

// TestRequeue: a requeued mail is PENDING and due at once, its maximum age counts from
// the requeue, it is delivered with its original Message-ID, and the requeue is in the
// audit trail with who did it (R27). A mail that is not FAILED is MAIL_NOT_FAILED.
func TestRequeue(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	a1, _, _ := f.failedMails()
	failedAt := *a1.FailedAt
	wg := employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates)

	f.clk.Advance(24 * time.Hour)
	requeuedAt := f.clk.Now()
	m, err := mail.Requeue(wg, c, a1.ID, requeuedAt)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != a1.ID || m.Status != outboxmail.StatusPENDING || !m.NextAttemptAt.Equal(requeuedAt) ||
		m.RequeuedAt == nil || !m.RequeuedAt.Equal(requeuedAt) || m.FailedAt != nil || m.Attempts != a1.Attempts {
		t.Fatalf("requeued: %+v", m)
	}
	ev := f.st.Client.AuditEvent.Query().Where(auditevent.Action(string(mail.MailRequeued))).OnlyX(f.sys)
	if ev.TargetID != a1.ID || ev.TargetType != "OutboxMail" || ev.ActorID != "usr_wg" || ev.ActorKind != auditevent.ActorKindSTAFF_USER ||
		*ev.EmployerID != f.empA1.ID || *ev.ProviderID != f.provA.ID || *ev.PersonID != "per_test" ||
		ev.Details["kind"] != "INVITATION" || !ev.CreatedAt.Equal(requeuedAt) {
		t.Errorf("audit event: %+v", ev)
	}
	// Twice is once.
	_, err = mail.Requeue(wg, c, a1.ID, f.clk.Now())
	wantUserError(t, err, mail.CodeMailNotFailed, "id")
	if n := f.countEvents(); n != 1 {
		t.Errorf("%d audit events after the refused second requeue", n)
	}

	// Still down: retried, and FAILED again only at the requeue plus the maximum age.
	down := f.dispatcher(smtpSender(t, downURL(t)))
	for f.nextDue() {
		if _, _, err := down.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got := f.mail(a1.ID); got.Status == outboxmail.StatusFAILED {
			if !got.FailedAt.Equal(requeuedAt.Add(down.MaxAge)) {
				t.Fatalf("FAILED again at %v, want %v", got.FailedAt, requeuedAt.Add(down.MaxAge))
			}
			break
		}
	}
	if f.mail(a1.ID).FailedAt.Equal(failedAt) {
		t.Fatal("failed_at not renewed")
	}

	// Requeued again with the server back: delivered once, with the same Message-ID.
	srv := startSMTP(t, nil, nil)
	if _, err := mail.Requeue(wg, c, a1.ID, f.clk.Now()); err != nil {
		t.Fatal(err)
	}
	f.runOnce(f.dispatcher(smtpSender(t, srv.URL())), 1, 0)
	got := srv.Received()
	if len(got) != 1 || parseMail(t, got[0].Data).Header.Get("Message-ID") != "<"+a1.ID+"@werkportaal.test>" {
		t.Fatalf("received %d, Message-ID %q", len(got), parseMail(t, got[0].Data).Header.Get("Message-ID"))
	}
	if m := f.mail(a1.ID); m.Status != outboxmail.StatusSENT {
		t.Errorf("after delivery: %s", m.Status)
	}
	// A SENT mail is not FAILED: nothing to requeue.
	_, err = mail.Requeue(wg, c, a1.ID, f.clk.Now())
	wantUserError(t, err, mail.CodeMailNotFailed, "id")
}

// TestRequeueFailedInBatches: one call requeues at most MaxRequeueBatch mails, oldest
// failure first, each with its audit event, and says how many are left.
func TestRequeueFailedInBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("1,200 mails")
	}
	f := newFixture(t)
	c := f.st.Client
	msgs := make([]mail.Message, mail.MaxRequeueBatch+200)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, "p@example.nl", inviteLink, t0)
	}
	f.enqueue(msgs...)
	// FAILED as the dispatcher leaves them, without 1,200 SMTP attempts.
	sys := viewer.System(context.Background())
	c.OutboxMail.Update().SetStatus(outboxmail.StatusFAILED).SetFailedAt(t0.Add(4 * time.Hour)).ExecX(sys)
	oldest := c.OutboxMail.Query().Order(ent.Asc(outboxmail.FieldID)).Limit(5).AllX(sys)
	c.OutboxMail.Update().Where(outboxmail.IDIn(ids(oldest)...)).SetFailedAt(t0.Add(time.Hour)).ExecX(sys)

	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	n, rest, err := mail.RequeueFailed(ak, c, "", f.clk.Now())
	if err != nil || n != mail.MaxRequeueBatch || rest != 200 {
		t.Fatalf("first call: %d requeued, %d left, %v", n, rest, err)
	}
	for _, m := range oldest {
		if got := f.mail(m.ID); got.Status != outboxmail.StatusPENDING {
			t.Errorf("oldest failure %s not requeued first", m.ID)
		}
	}
	n, rest, err = mail.RequeueFailed(ak, c, "", f.clk.Now())
	if err != nil || n != 200 || rest != 0 {
		t.Fatalf("second call: %d requeued, %d left, %v", n, rest, err)
	}
	if got := f.countEvents(); got != len(msgs) {
		t.Errorf("%d audit events for %d requeues", got, len(msgs))
	}
}

// TestOutboxStats: what the metrics report: PENDING mails, how long the oldest has
// waited (a requeued mail since its requeue), and FAILED mails, over all tenants.
func TestOutboxStats(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	st, err := mail.OutboxStats(context.Background(), c, f.clk.Now())
	if err != nil || st != (mail.Stats{}) {
		t.Fatalf("empty outbox: %+v, %v", st, err)
	}
	f.enqueue(invitation(f.empA1, "een@example.nl", inviteLink, t0))
	f.clk.Advance(time.Hour)
	f.enqueue(invitation(f.empB1, "twee@example.nl", inviteLink, f.clk.Now()))
	f.clk.Advance(30 * time.Minute)
	st, err = mail.OutboxStats(context.Background(), c, f.clk.Now())
	if err != nil || st.Pending != 2 || st.OldestPending != 90*time.Minute || st.Failed != 0 {
		t.Fatalf("two pending: %+v, %v", st, err)
	}
	f.failAll()
	st, _ = mail.OutboxStats(context.Background(), c, f.clk.Now())
	if st.Pending != 0 || st.OldestPending != 0 || st.Failed != 2 {
		t.Fatalf("all failed: %+v", st)
	}
	// The older mail, requeued now, has waited nothing yet.
	first := f.outbox()[1]
	if _, err := mail.Requeue(employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates), c, first.ID, f.clk.Now()); err != nil {
		t.Fatal(err)
	}
	f.clk.Advance(time.Minute)
	st, _ = mail.OutboxStats(context.Background(), c, f.clk.Now())
	if st.Pending != 1 || st.OldestPending != time.Minute || st.Failed != 1 {
		t.Fatalf("after a requeue: %+v", st)
	}
}

func TestMaskAddress(t *testing.T) {
	for in, want := range map[string]string{
		"sanne@example.nl":      "s•••@example.nl",
		"é.jansen@voorbeeld.nl": "é•••@voorbeeld.nl",
		"x@y.nl":                "x•••@y.nl",
		"geen-adres":            "•••",
	} {
		if got := mail.MaskAddress(in); got != want {
			t.Errorf("MaskAddress(%q) = %q, want %q", in, got, want)
		}
	}
}
