package mail_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"log/slog"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
)

var t0 = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

// fixture is the shared test world (server/testworld) with a fake clock.
type fixture struct {
	t     testing.TB
	w     *testworld.World
	st    *store.Store
	clk   *clock.Fake
	sys   context.Context
	provA *ent.Provider
	provB *ent.Provider
	empA1 *ent.Employer
	empA2 *ent.Employer
	empB1 *ent.Employer
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	w := testworld.New(t, t0)
	return &fixture{t: t, w: w, st: w.Store, clk: clock.NewFake(t0), sys: w.Sys,
		provA: w.ProvA, provB: w.ProvB, empA1: w.EmpA1, empA2: w.EmpA2, empB1: w.EmpB1}
}

var (
	providerUser = testworld.ProviderUser
	employerUser = testworld.EmployerUser
)

func providerLevel(p *ent.Provider) mail.Level {
	return mail.Level{Scope: mail.LevelProvider, ProviderID: p.ID}
}

func employerLevel(e *ent.Employer) mail.Level {
	return mail.Level{Scope: mail.LevelEmployer, ProviderID: e.ProviderID, EmployerID: e.ID}
}

func ptr(s string) *string { return &s }

func (f *fixture) countTemplates() int {
	f.t.Helper()
	return f.st.Client.MailTemplate.Query().CountX(f.sys)
}

func (f *fixture) countEvents() int {
	f.t.Helper()
	return f.st.Client.AuditEvent.Query().CountX(f.sys)
}

func (f *fixture) events() []*ent.AuditEvent {
	f.t.Helper()
	return f.st.Client.AuditEvent.Query().Order(auditevent.ByCreatedAt(), auditevent.ByID()).AllX(f.sys)
}

func (f *fixture) outbox() []*ent.OutboxMail {
	f.t.Helper()
	ms, err := mail.Recent(context.Background(), f.st.Client, "", 100)
	if err != nil {
		f.t.Fatal(err)
	}
	return ms
}

// invitation is a queued INVITATION for a person of e.
func invitation(e *ent.Employer, to, link string, at time.Time) mail.Message {
	return mail.Message{
		Kind: mail.Invitation, Locale: mail.NL, To: to,
		ProviderID: e.ProviderID, EmployerID: e.ID, PersonID: "per_test",
		Vars: map[string]string{
			"FirstName": "Sanne", "FullName": "Sanne de Vries", "EmployerName": e.Name,
			"Link": link, "ExpiresAt": mail.FormatTime(at.Add(96*time.Hour), mail.NL),
		},
		QueuedAt: at,
	}
}

func (f *fixture) enqueue(msgs ...mail.Message) {
	f.t.Helper()
	if err := mail.EnqueueMany(context.Background(), f.st.Client, msgs); err != nil {
		f.t.Fatalf("enqueue: %v", err)
	}
}

var (
	wantUserError = testworld.WantUserError
	wantCode      = testworld.WantCode
)

// ---- an in-process SMTP server (github.com/emersion/go-smtp) ----

type received = testworld.Received

var startSMTP = testworld.StartSMTP

var parseMail = testworld.ParseMail

// selfSigned returns a server certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "mx.test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}, MinVersion: tls.VersionTLS12}, pool
}

// dispatcher returns a dispatcher on f's database sending with s.
func (f *fixture) dispatcher(s mail.Sender) *mail.Dispatcher {
	return &mail.Dispatcher{
		Client: f.st.Client, DB: f.st.DB, Dialect: f.st.Dialect,
		Sender: s, Clock: f.clk,
		Batch: 10, MaxAge: 4 * time.Hour, Lease: 5 * time.Minute,
		Backoff: func(n int) time.Duration { return time.Minute << (n - 1) },
		Logger:  slog.New(slog.DiscardHandler),
	}
}

func smtpSender(t testing.TB, url string) *mail.SMTPSender {
	t.Helper()
	s, err := mail.NewSMTPSender(mail.SMTPConfig{URL: url, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
