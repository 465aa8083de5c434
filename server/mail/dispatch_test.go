package mail_test

import (
	"context"
	"crypto/tls"
	"fmt"
	netmail "net/mail"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

type senderFunc func(ctx context.Context, m *ent.OutboxMail) error

func (f senderFunc) Send(ctx context.Context, m *ent.OutboxMail) error { return f(ctx, m) }

func (f *fixture) mail(id string) *ent.OutboxMail {
	f.t.Helper()
	return f.st.Client.OutboxMail.GetX(viewer.System(context.Background()), id)
}

func (f *fixture) runOnce(d *mail.Dispatcher, wantSent, wantFailed int) {
	f.t.Helper()
	sent, failed, err := d.RunOnce(context.Background())
	if err != nil {
		f.t.Fatalf("RunOnce: %v", err)
	}
	if sent != wantSent || failed != wantFailed {
		f.t.Fatalf("RunOnce = %d sent, %d failed; want %d, %d", sent, failed, wantSent, wantFailed)
	}
}

const inviteLink = "https://werkportaal.test/werknemer/uitnodiging#Zx9_-abcDEF0123456789ghijklmnopqrstuvwxyzABCDEFGHIJ_-xyz"

// TestSMTPDeliversInvitation: a real SMTP conversation with an in-process server
// delivers the invitation as text and HTML, with the link intact in both and proper
// headers; the row becomes SENT.
func TestSMTPDeliversInvitation(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	f.enqueue(invitation(f.empA1, "sanne@example.nl", inviteLink, t0))
	id := f.outbox()[0].ID
	d := f.dispatcher(smtpSender(t, srv.URL()))
	f.runOnce(d, 1, 0)

	got := srv.Received()
	if len(got) != 1 {
		t.Fatalf("server received %d mails", len(got))
	}
	if got[0].From != "noreply@werkportaal.test" || len(got[0].To) != 1 || got[0].To[0] != "sanne@example.nl" {
		t.Errorf("envelope %s → %v", got[0].From, got[0].To)
	}
	p := parseMail(t, got[0].Data)
	from, err := netmail.ParseAddress(p.Header.Get("From"))
	if err != nil || from.Name != "Werkportaal" || from.Address != "noreply@werkportaal.test" {
		t.Errorf("From: %q", p.Header.Get("From"))
	}
	if to := p.Header.Get("To"); !strings.Contains(to, "sanne@example.nl") {
		t.Errorf("To: %q", to)
	}
	if p.Subject != "Je toegang tot Werkportaal van Voorbeeld MKB" {
		t.Errorf("Subject: %q", p.Subject)
	}
	if mid := p.Header.Get("Message-ID"); mid != "<"+id+"@werkportaal.test>" {
		t.Errorf("Message-ID: %q", mid)
	}
	if _, err := p.Header.Date(); err != nil {
		t.Errorf("Date: %v", err)
	}
	if p.Header.Get("Auto-Submitted") != "auto-generated" || p.Header.Get("Content-Language") != "nl" {
		t.Errorf("Auto-Submitted %q, Content-Language %q", p.Header.Get("Auto-Submitted"), p.Header.Get("Content-Language"))
	}
	text, html := p.Parts["text/plain"], p.Parts["text/html"]
	if links := regexp.MustCompile(`https://\S+`).FindAllString(text, -1); len(links) != 1 || links[0] != inviteLink {
		t.Errorf("links in text: %q\n%s", links, text)
	}
	if !strings.Contains(html, `href="`+inviteLink+`"`) || !strings.Contains(html, `<html lang="nl">`) {
		t.Errorf("HTML lacks the link:\n%s", html)
	}
	if !strings.Contains(text, "4 dagen") || !strings.Contains(html, "4 dagen") {
		t.Error("the bodies do not say how long the link is valid")
	}
	m := f.mail(id)
	if m.Status != outboxmail.StatusSENT || m.SentAt == nil || !m.SentAt.Equal(t0) || m.Attempts != 1 || m.LastError != "" {
		t.Errorf("row after delivery: %s sent %v attempts %d error %q", m.Status, m.SentAt, m.Attempts, m.LastError)
	}
	// Nothing left to do, nothing sent again.
	f.runOnce(d, 0, 0)
	if n := len(srv.Received()); n != 1 {
		t.Errorf("server received %d mails", n)
	}
}

// TestSMTPStartTLSAndAuth: STARTTLS when offered, then AUTH with the URL's user; a
// wrong password or a refused TLS requirement is a failed delivery, not a lost mail.
func TestSMTPStartTLSAndAuth(t *testing.T) {
	f := newFixture(t)
	serverTLS, roots := selfSigned(t)
	srv := startSMTP(t, serverTLS, map[string]string{"werkportaal": "geheim"})
	clientTLS := &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}
	newSender := func(url string) *mail.SMTPSender {
		s, err := mail.NewSMTPSender(mail.SMTPConfig{URL: url, From: "Werkportaal Test <noreply@werkportaal.test>", TLSConfig: clientTLS, Timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	f.enqueue(invitation(f.empA1, "sanne@example.nl", inviteLink, t0))
	id := f.outbox()[0].ID

	f.runOnce(f.dispatcher(newSender("smtp://werkportaal:fout@"+srv.Addr)), 0, 1)
	if m := f.mail(id); m.Status != outboxmail.StatusPENDING || m.LastError == "" {
		t.Fatalf("wrong password: %s %q", m.Status, m.LastError)
	}
	f.clk.Advance(time.Minute)
	f.runOnce(f.dispatcher(newSender("smtp://werkportaal:geheim@"+srv.Addr)), 1, 0)
	got := srv.Received()
	if len(got) != 1 || !got[0].TLS || got[0].User != "werkportaal" {
		t.Fatalf("received %d, TLS %v, user %q", len(got), len(got) > 0 && got[0].TLS, func() string {
			if len(got) > 0 {
				return got[0].User
			}
			return ""
		}())
	}
	p := parseMail(t, got[0].Data)
	if from, _ := netmail.ParseAddress(p.Header.Get("From")); from == nil || from.Name != "Werkportaal Test" {
		t.Errorf("From: %q", p.Header.Get("From"))
	}

	// tls=required against a server without STARTTLS fails before any mail is sent.
	plain := startSMTP(t, nil, nil)
	f.enqueue(invitation(f.empA1, "jan@example.nl", inviteLink, f.clk.Now()))
	f.runOnce(f.dispatcher(newSender("smtp://"+plain.Addr+"?tls=required")), 0, 1)
	if n := len(plain.Received()); n != 0 {
		t.Errorf("sent without TLS: %d", n)
	}
}

func TestNewSMTPSenderChecksConfig(t *testing.T) {
	for _, c := range []mail.SMTPConfig{
		{URL: ""},
		{URL: "http://mail.example.nl", From: "a@example.nl"},
		{URL: "smtp://mail.example.nl"}, // no sender
		{URL: "smtp://mail.example.nl?tls=maybe&from=a@example.nl"},
		{URL: "smtp://mail.example.nl:port?from=a@example.nl"},
		{URL: "smtp://mail.example.nl", From: "not an address"},
	} {
		if _, err := mail.NewSMTPSender(c); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	s, err := mail.NewSMTPSender(mail.SMTPConfig{URL: "smtps://user:secret@mail.example.nl?from=noreply@example.nl"})
	if err != nil {
		t.Fatal(err)
	}
	if s.String() != "smtps://mail.example.nl:465" || strings.Contains(s.String(), "secret") {
		t.Errorf("String() = %q", s.String())
	}
	if s.From().String() != `"Werkportaal" <noreply@example.nl>` {
		t.Errorf("From = %s", s.From())
	}
}

// TestFailedDeliveryIsRetriedWithBackoff: 4xx and 5xx answers leave the mail PENDING
// with the error recorded, due again after an exponentially growing wait (fake clock),
// until the server accepts it.
func TestFailedDeliveryIsRetriedWithBackoff(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	srv.SetReject(func(n int) error {
		switch {
		case n <= 2:
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Probeer het later"}
		case n == 3:
			return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 3, 0}, Message: "Tijdelijk kapot"}
		}
		return nil
	})
	f.enqueue(invitation(f.empA1, "sanne@example.nl", inviteLink, t0))
	id := f.outbox()[0].ID
	d := f.dispatcher(smtpSender(t, srv.URL()))

	for i, errPart := range []string{"451", "451", "554"} {
		f.runOnce(d, 0, 1)
		m := f.mail(id)
		backoff := time.Minute << i
		if m.Status != outboxmail.StatusPENDING || m.Attempts != i+1 || !strings.Contains(m.LastError, errPart) ||
			!m.NextAttemptAt.Equal(f.clk.Now().Add(backoff)) {
			t.Fatalf("after attempt %d: %s attempts %d next %v (want %v) error %q",
				i+1, m.Status, m.Attempts, m.NextAttemptAt, f.clk.Now().Add(backoff), m.LastError)
		}
		// Not due before the backoff has passed.
		f.clk.Advance(backoff - time.Second)
		f.runOnce(d, 0, 0)
		f.clk.Advance(time.Second)
	}
	f.runOnce(d, 1, 0)
	m := f.mail(id)
	if m.Status != outboxmail.StatusSENT || m.Attempts != 4 || m.LastError != "" {
		t.Errorf("finally: %s attempts %d error %q", m.Status, m.Attempts, m.LastError)
	}
	if n := len(srv.Received()); n != 1 {
		t.Errorf("server accepted %d", n)
	}
}

// TestTwoDispatchersSendEachMailOnce: two dispatchers running at the same time on
// one database deliver 200 mails, each exactly once.
func TestTwoDispatchersSendEachMailOnce(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	msgs := make([]mail.Message, 200)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, "p"+strings.Repeat("x", i%7)+"@example.nl", inviteLink, t0)
	}
	f.enqueue(msgs...)
	sys := viewer.System(context.Background())
	pending := func() int {
		return f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusPENDING)).CountX(sys)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		split []int
	)
	for range 2 {
		d := f.dispatcher(smtpSender(t, srv.URL()))
		wg.Add(1)
		go func() {
			defer wg.Done()
			total := 0
			defer func() { mu.Lock(); split = append(split, total); mu.Unlock() }()
			for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); {
				sent, failed, err := d.RunOnce(context.Background())
				if err != nil || failed > 0 {
					t.Errorf("RunOnce: %d failed, %v", failed, err)
					return
				}
				total += sent
				if sent == 0 {
					if pending() == 0 {
						return
					}
					time.Sleep(time.Millisecond)
				}
			}
			t.Error("dispatchers did not finish")
		}()
	}
	wg.Wait()
	got := srv.Received()
	seen := map[string]int{}
	for _, r := range got {
		seen[parseMail(t, r.Data).Header.Get("Message-ID")]++
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s delivered %d times", id, n)
		}
	}
	if len(got) != 200 || len(seen) != 200 {
		t.Errorf("server received %d mails, %d distinct; want 200", len(got), len(seen))
	}
	if n := f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusSENT), outboxmail.Attempts(1)).CountX(sys); n != 200 {
		t.Errorf("%d mails SENT at the first attempt", n)
	}
	t.Logf("split between dispatchers: %v", split)
}

// TestCrashedDispatcherLeaseRunsOut: a mail claimed by a dispatcher that dies is not
// taken by another until its lease ran out, and then it is delivered.
func TestCrashedDispatcherLeaseRunsOut(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	f.enqueue(invitation(f.empA1, "sanne@example.nl", inviteLink, t0))
	id := f.outbox()[0].ID
	crashing := f.dispatcher(senderFunc(func(context.Context, *ent.OutboxMail) error { panic("process killed") }))
	func() {
		defer func() { _ = recover() }()
		_, _, _ = crashing.RunOnce(context.Background())
		t.Fatal("the crashing sender did not crash")
	}()
	healthy := f.dispatcher(smtpSender(t, srv.URL()))
	f.runOnce(healthy, 0, 0)
	f.clk.Advance(healthy.Lease - time.Second)
	f.runOnce(healthy, 0, 0)
	f.clk.Advance(time.Second)
	f.runOnce(healthy, 1, 0)
	if m := f.mail(id); m.Status != outboxmail.StatusSENT || m.Attempts != 2 {
		t.Errorf("%s after %d attempts", m.Status, m.Attempts)
	}
	if n := len(srv.Received()); n != 1 {
		t.Errorf("received %d", n)
	}
}

// TestDispatcherHandsBackWhatItCannotSendWithinItsLease: a batch that takes too long
// stops at half the lease and returns the rest, unsent and due, without counting an
// attempt, so no mail is sent after its lease might have passed to someone else.
func TestDispatcherHandsBackWhatItCannotSendWithinItsLease(t *testing.T) {
	f := newFixture(t)
	f.enqueue(
		invitation(f.empA1, "een@example.nl", inviteLink, t0),
		invitation(f.empA1, "twee@example.nl", inviteLink, t0),
		invitation(f.empA1, "drie@example.nl", inviteLink, t0),
	)
	var sent []string
	slow := f.dispatcher(senderFunc(func(_ context.Context, m *ent.OutboxMail) error {
		sent = append(sent, m.ToAddress)
		f.clk.Advance(3 * time.Minute) // more than half the 5-minute lease
		return nil
	}))
	f.runOnce(slow, 1, 0)
	sys := viewer.System(context.Background())
	rest := f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusPENDING)).AllX(sys)
	if len(rest) != 2 {
		t.Fatalf("%d pending", len(rest))
	}
	for _, m := range rest {
		if m.Attempts != 0 || m.NextAttemptAt.After(f.clk.Now()) {
			t.Errorf("handed back: attempts %d next %v now %v", m.Attempts, m.NextAttemptAt, f.clk.Now())
		}
	}
	f.runOnce(slow, 1, 0)
	f.runOnce(slow, 1, 0)
	if len(sent) != 3 {
		t.Errorf("sent %v", sent)
	}
}

// TestRunStopsWhenContextEnds: Run delivers until its context is cancelled.
func TestRunStopsWhenContextEnds(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	f.enqueue(invitation(f.empA1, "sanne@example.nl", inviteLink, t0))
	d := f.dispatcher(smtpSender(t, srv.URL()))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { d.Run(ctx, 10*time.Millisecond); close(done) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(srv.Received()) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
	if n := len(srv.Received()); n != 1 {
		t.Errorf("received %d", n)
	}
}

// A batch goes over one connection (one TCP and TLS handshake and one AUTH, not one per
// mail), the next batch reuses it, a connection the server dropped while idle is replaced
// without failing the mail on it, and Close ends it.
func TestSMTPReusesItsConnection(t *testing.T) {
	f := newFixture(t)
	srv := startSMTP(t, nil, nil)
	for i := range 7 {
		f.enqueue(invitation(f.empA1, fmt.Sprintf("werknemer%d@example.nl", i), inviteLink, t0))
	}
	s := smtpSender(t, srv.URL())
	d := f.dispatcher(s)
	d.Batch = 5
	f.runOnce(d, 5, 0)
	if n := srv.Connections(); n != 1 {
		t.Fatalf("5 mails took %d connections, want 1", n)
	}
	f.runOnce(d, 2, 0)
	if n := srv.Connections(); n != 1 {
		t.Fatalf("the second batch took a new connection: %d in all", n)
	}
	got := srv.Received()
	if len(got) != 7 {
		t.Fatalf("server received %d mails, want 7", len(got))
	}
	// Each mail has only its own recipient: the conversation is reset between mails.
	for i, r := range got {
		if len(r.To) != 1 {
			t.Errorf("mail %d went to %v", i, r.To)
		}
	}

	srv.DropConnections()
	f.enqueue(invitation(f.empA1, "na-de-pauze@example.nl", inviteLink, t0))
	f.runOnce(d, 1, 0) // sent at the first attempt, over a new connection
	if n := srv.Connections(); n != 2 {
		t.Errorf("after the server dropped the connection: %d connections, want 2", n)
	}

	// Close sends QUIT; the next mail dials again.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	f.enqueue(invitation(f.empA1, "later@example.nl", inviteLink, t0))
	f.runOnce(d, 1, 0)
	if n := srv.Connections(); n != 3 {
		t.Errorf("after Close: %d connections, want 3", n)
	}
}

// TestSentMailsAreMarkedInGroups: marking SENT is grouped to save a commit per mail,
// but the group is bounded — while the 30th mail of a round is being sent the first
// 25 are already SENT, so a crash mid-round can resend at most one group — and every
// mail of the round is SENT when RunOnce returns.
func TestSentMailsAreMarkedInGroups(t *testing.T) {
	f := newFixture(t)
	msgs := make([]mail.Message, 60)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, fmt.Sprintf("p%d@example.nl", i), inviteLink, t0)
	}
	f.enqueue(msgs...)
	sys := viewer.System(context.Background())
	sentRows := func() int {
		return f.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusSENT)).CountX(sys)
	}
	calls, seenAt30 := 0, -1
	d := f.dispatcher(senderFunc(func(context.Context, *ent.OutboxMail) error {
		calls++
		if calls == 30 {
			seenAt30 = sentRows()
		}
		return nil
	}))
	d.Batch = 60
	f.runOnce(d, 60, 0)
	if seenAt30 != 25 {
		t.Errorf("while the 30th mail was sent, %d mails were SENT; want the first group of 25", seenAt30)
	}
	if n := sentRows(); n != 60 {
		t.Errorf("%d of 60 mails SENT after the round", n)
	}
}
