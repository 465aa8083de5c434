package mail_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"log/slog"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// downURL is an SMTP URL nothing listens on: every delivery fails to connect.
func downURL(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return "smtp://" + addr + "?from=noreply@werkportaal.test"
}

// switchSender delivers through whichever sender is set now: the mail server going
// down and coming back.
type switchSender struct {
	cur atomic.Pointer[mail.SMTPSender]
}

func (s *switchSender) set(to *mail.SMTPSender) { s.cur.Store(to) }

func (s *switchSender) Send(ctx context.Context, m *ent.OutboxMail) error {
	return s.cur.Load().Send(ctx, m)
}

// defaultDispatcher has the production backoff and maximum age.
func (f *fixture) defaultDispatcher(s mail.Sender, metrics *mail.Metrics) *mail.Dispatcher {
	return &mail.Dispatcher{
		Client: f.st.Client, DB: f.st.DB, Dialect: f.st.Dialect, Sender: s, Clock: f.clk,
		Batch: 50, Lease: 5 * time.Minute, Metrics: metrics, Logger: slog.New(slog.DiscardHandler),
	}
}

// nextDue moves the clock to the earliest next attempt of the PENDING mails and
// returns false when none is pending.
func (f *fixture) nextDue() bool {
	f.t.Helper()
	m, err := f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusPENDING)).
		Order(ent.Asc(outboxmail.FieldNextAttemptAt)).First(f.sys)
	if ent.IsNotFound(err) {
		return false
	}
	if err != nil {
		f.t.Fatal(err)
	}
	if d := m.NextAttemptAt.Sub(f.clk.Now()); d > 0 {
		f.clk.Advance(d)
	}
	return true
}

func (f *fixture) byStatus(s outboxmail.Status) []*ent.OutboxMail {
	f.t.Helper()
	return f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(s)).Order(ent.Asc(outboxmail.FieldID)).AllX(f.sys)
}

func messageIDs(t *testing.T, got []received) map[string]int {
	seen := map[string]int{}
	for _, r := range got {
		seen[parseMail(t, r.Data).Header.Get("Message-ID")]++
	}
	return seen
}

// TestOutageLongerThanSixHoursLosesNothing: with the production backoff, a mail server
// that is down for a whole day no longer turns the outbox FAILED (ten attempts used to
// give up after about six hours): every mail is retried with waits that grow to 30
// minutes and stay there, and goes out once, with its Message-ID, within half an hour
// of the server coming back.
func TestOutageLongerThanSixHoursLosesNothing(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	sw := &switchSender{}
	sw.set(smtpSender(t, downURL(t)))
	f.enqueue(
		invitation(f.empA1, "een@example.nl", inviteLink, t0),
		invitation(f.empA2, "twee@example.nl", inviteLink, t0),
	)
	d := f.defaultDispatcher(sw, nil)

	outageEnds := t0.Add(24 * time.Hour)
	for attempt := 1; f.clk.Now().Before(outageEnds); attempt++ {
		f.runOnce(d, 0, 2)
		wait := min(time.Minute<<min(attempt-1, 10), mail.MaxBackoff)
		for _, m := range f.outbox() {
			if m.Status != outboxmail.StatusPENDING || m.Attempts != attempt || m.FailedAt != nil ||
				!m.NextAttemptAt.Equal(f.clk.Now().Add(wait)) {
				t.Fatalf("attempt %d at +%v: %s, attempts %d, next in %v (want %v)", attempt,
					f.clk.Now().Sub(t0), m.Status, m.Attempts, m.NextAttemptAt.Sub(f.clk.Now()), wait)
			}
			if m.LastFailure == nil || *m.LastFailure != mail.FailureUnreachable || m.LastSMTPStatus != "" || m.LastError == "" {
				t.Fatalf("attempt %d: failure %v %q, error %q", attempt, m.LastFailure, m.LastSMTPStatus, m.LastError)
			}
		}
		if !f.nextDue() {
			t.Fatal("nothing pending")
		}
	}
	if a := f.outbox()[0].Attempts; a <= 10 {
		t.Fatalf("only %d attempts in a day", a)
	}

	sw.set(smtpSender(t, srv.URL()))
	if !f.nextDue() || f.clk.Now().Sub(outageEnds) > mail.MaxBackoff {
		t.Fatalf("next attempt %v after the server came back", f.clk.Now().Sub(outageEnds))
	}
	f.runOnce(d, 2, 0)
	seen := messageIDs(t, srv.Received())
	for _, m := range f.outbox() {
		if m.Status != outboxmail.StatusSENT || seen["<"+m.ID+"@werkportaal.test>"] != 1 {
			t.Errorf("%s: %s, delivered %d times (%v)", m.ID, m.Status, seen["<"+m.ID+"@werkportaal.test>"], seen)
		}
	}
	f.clk.Advance(time.Hour)
	f.runOnce(d, 0, 0)
	if n := len(srv.Received()); n != 2 {
		t.Errorf("server received %d", n)
	}
}

// TestFailedOnlyAfterMaxAge: a mail is FAILED only by an attempt at or after its
// maximum age (3 days by default) since it was queued; the last wait is shortened so
// that attempt falls on the deadline itself. Then it is not tried again, and the
// metrics count it.
func TestFailedOnlyAfterMaxAge(t *testing.T) {
	f := newFixture(t)
	reg := prometheus.NewRegistry()
	metrics := mail.NewMetrics(reg, f.st.Client, f.clk)
	f.enqueue(invitation(f.empA1, "een@example.nl", inviteLink, t0))
	f.clk.Advance(10 * time.Minute)
	f.enqueue(invitation(f.empA1, "twee@example.nl", inviteLink, f.clk.Now()))
	var logs bytes.Buffer
	d := f.defaultDispatcher(smtpSender(t, downURL(t)), metrics)
	d.Logger = slog.New(slog.NewJSONHandler(&logs, nil))

	deadline := map[string]time.Time{}
	for _, m := range f.outbox() {
		deadline[m.ID] = m.CreatedAt.Add(mail.DefaultMaxAge)
	}
	failedAttempts := 0
	for f.nextDue() {
		now := f.clk.Now()
		_, failed, err := d.RunOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		failedAttempts += failed
		for _, m := range f.outbox() {
			switch {
			case m.Status == outboxmail.StatusFAILED:
				if m.FailedAt == nil || m.FailedAt.Before(deadline[m.ID]) {
					t.Fatalf("%s FAILED at %v, before its deadline %v", m.ID, m.FailedAt, deadline[m.ID])
				}
			case now.Before(deadline[m.ID]) && m.NextAttemptAt.After(deadline[m.ID]):
				t.Fatalf("%s: next attempt %v after its deadline %v", m.ID, m.NextAttemptAt, deadline[m.ID])
			}
		}
		if now.After(t0.Add(mail.DefaultMaxAge + time.Hour)) {
			t.Fatal("still pending an hour after the maximum age")
		}
	}
	for _, m := range f.outbox() {
		if m.Status != outboxmail.StatusFAILED || !m.FailedAt.Equal(deadline[m.ID]) ||
			*m.LastFailure != mail.FailureUnreachable || m.LastError == "" {
			t.Errorf("%s: %s at %v (deadline %v), %v %q", m.ID, m.Status, m.FailedAt, deadline[m.ID], m.LastFailure, m.LastError)
		}
	}
	f.clk.Advance(24 * time.Hour)
	f.runOnce(d, 0, 0)

	if got := counter(t, reg, "werkportaal_mail_failed_total", ""); got != 2 {
		t.Errorf("werkportaal_mail_failed_total = %v", got)
	}
	if got := counter(t, reg, "werkportaal_mail_delivery_failures_total", "UNREACHABLE"); got != float64(failedAttempts) {
		t.Errorf("failures by UNREACHABLE = %v, want %d", got, failedAttempts)
	}
	if got := counter(t, reg, "werkportaal_mail_outbox_failed", ""); got != 2 {
		t.Errorf("werkportaal_mail_outbox_failed = %v", got)
	}
	if strings.Contains(logs.String(), "@example.nl") || !strings.Contains(logs.String(), "UNREACHABLE") {
		t.Errorf("logs name the recipient or not the reason:\n%s", logs.String())
	}
}

// counter reads one metric of reg: its value, for the series with label reason when
// given.
func counter(t *testing.T, reg *prometheus.Registry, name, reason string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if reason != "" {
				match := false
				for _, l := range m.GetLabel() {
					match = match || (l.GetName() == "reason" && l.GetValue() == reason)
				}
				if !match {
					continue
				}
			}
			switch {
			case m.Counter != nil:
				return m.GetCounter().GetValue()
			case m.Gauge != nil:
				return m.GetGauge().GetValue()
			}
		}
	}
	t.Fatalf("no metric %s %s", name, reason)
	return 0
}

// TestFailureReasons: what staff see of a failure is its kind and the SMTP status, from
// a real conversation; the reply text (which may quote the address) stays in the
// outbox's last_error and out of the logs.
func TestFailureReasons(t *testing.T) {
	ff := newFixture(t)
	serverTLS, roots := selfSigned(t)
	cases := []struct {
		name       string
		sender     func() *mail.SMTPSender
		want       outboxmail.LastFailure
		wantStatus string
	}{
		{"server down", func() *mail.SMTPSender { return smtpSender(t, downURL(t)) }, mail.FailureUnreachable, ""},
		{"4xx", func() *mail.SMTPSender {
			srv := startSMTP(t, nil, nil)
			srv.SetReject(func(int) error {
				return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Probeer het later"}
			})
			return smtpSender(t, srv.URL())
		}, mail.FailureTemporary, "451 4.3.0"},
		{"5xx quoting the address", func() *mail.SMTPSender {
			srv := startSMTP(t, nil, nil)
			srv.SetReject(func(int) error {
				return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<sanne@example.nl>: Recipient address rejected"}
			})
			return smtpSender(t, srv.URL())
		}, mail.FailureRejected, "550 5.1.1"},
		{"authentication required", func() *mail.SMTPSender {
			srv := startSMTP(t, serverTLS, map[string]string{"werkportaal": "geheim"})
			s, err := mail.NewSMTPSender(mail.SMTPConfig{URL: "smtp://" + srv.Addr + "?from=noreply@werkportaal.test",
				TLSConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			return s
		}, mail.FailureAuthentication, "530 5.7.0"},
		{"TLS required, not offered", func() *mail.SMTPSender {
			srv := startSMTP(t, nil, nil)
			return smtpSender(t, "smtp://"+srv.Addr+"?tls=required&from=noreply@werkportaal.test")
		}, mail.FailureTLS, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ff.st.Client.OutboxMail.Delete().ExecX(ff.sys)
			ff.enqueue(invitation(ff.empA1, "sanne@example.nl", inviteLink, t0))
			var logs bytes.Buffer
			d := ff.dispatcher(c.sender())
			d.Logger = slog.New(slog.NewJSONHandler(&logs, nil))
			ff.runOnce(d, 0, 1)
			m := ff.outbox()[0]
			if m.LastFailure == nil || *m.LastFailure != c.want || m.LastSMTPStatus != c.wantStatus {
				t.Errorf("failure %v %q, want %s %q (error %q)", m.LastFailure, m.LastSMTPStatus, c.want, c.wantStatus, m.LastError)
			}
			if strings.Contains(logs.String(), "sanne@example.nl") {
				t.Errorf("the log names the recipient:\n%s", logs.String())
			}
		})
	}
}

// TestTwoDispatchersAfterOutageSendEachMailOnce: after an outage, with mails that were
// retried and mails staff requeued, two dispatchers on one database (FOR UPDATE SKIP
// LOCKED on Postgres) deliver every mail exactly once, each with its own Message-ID.
func TestTwoDispatchersAfterOutageSendEachMailOnce(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	msgs := make([]mail.Message, 60)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, "p"+strings.Repeat("x", i%7)+"@example.nl", inviteLink, t0)
	}
	f.enqueue(msgs...)
	// The first ten fail until they are FAILED (the fixture's 4 hours) and staff requeue
	// them; the other fifty are not due before then, and fail once after.
	first10 := f.byStatus(outboxmail.StatusPENDING)[:10]
	ids := make([]string, len(first10))
	for i, m := range first10 {
		ids[i] = m.ID
	}
	sys := viewer.System(context.Background())
	f.st.Client.OutboxMail.Update().Where(outboxmail.IDNotIn(ids...)).SetNextAttemptAt(t0.Add(10 * time.Hour)).ExecX(sys)
	down := f.dispatcher(smtpSender(t, downURL(t)))
	for f.clk.Now().Before(t0.Add(5 * time.Hour)) {
		if _, _, err := down.RunOnce(context.Background()); err != nil {
			t.Fatal(err)
		}
		f.clk.Advance(time.Minute)
	}
	if n := len(f.byStatus(outboxmail.StatusFAILED)); n != 10 {
		t.Fatalf("%d FAILED, want 10", n)
	}
	staff := employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates)
	if n, _, err := mail.RequeueFailed(staff, f.st.Client, "", f.clk.Now()); err != nil || n != 10 {
		t.Fatalf("requeue: %d, %v", n, err)
	}
	f.clk.Advance(5 * time.Hour)
	stillDown := f.defaultDispatcher(smtpSender(t, downURL(t)), nil)
	stillDown.Batch = 100
	f.runOnce(stillDown, 0, 60)
	f.clk.Advance(mail.MaxBackoff)

	var wg sync.WaitGroup
	for range 2 {
		d := f.defaultDispatcher(smtpSender(t, srv.URL()), nil)
		d.Batch = 7
		wg.Add(1)
		go func() {
			defer wg.Done()
			for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
				sent, failed, err := d.RunOnce(context.Background())
				if err != nil || failed > 0 {
					t.Errorf("RunOnce: %d failed, %v", failed, err)
					return
				}
				if sent == 0 && len(f.byStatus(outboxmail.StatusPENDING)) == 0 {
					return
				}
			}
			t.Error("dispatchers did not finish")
		}()
	}
	wg.Wait()
	seen := messageIDs(t, srv.Received())
	for _, m := range f.outbox() {
		if n := seen["<"+m.ID+"@werkportaal.test>"]; m.Status != outboxmail.StatusSENT || n != 1 {
			t.Errorf("%s: %s, delivered %d times", m.ID, m.Status, n)
		}
	}
	if len(seen) != 60 || len(srv.Received()) != 60 {
		t.Errorf("server received %d mails, %d distinct", len(srv.Received()), len(seen))
	}
}
