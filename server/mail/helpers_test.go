package mail_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

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
	return &fixture{t: t, st: w.Store, clk: clock.NewFake(t0), sys: w.Sys,
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

type received struct {
	From string
	To   []string
	Data []byte
	TLS  bool
	User string
}

type smtpServer struct {
	Addr string
	srv  *smtp.Server

	mu     sync.Mutex
	msgs   []received
	reject func(n int) error // n counts DATA commands, from 1; nil accepts
	datas  int
	auth   map[string]string // user → password; nil means no AUTH offered
}

// startSMTP runs a server on 127.0.0.1 until the test ends. With tlsConf the server
// offers STARTTLS; with users it offers AUTH PLAIN (over TLS only).
func startSMTP(t testing.TB, tlsConf *tls.Config, users map[string]string) *smtpServer {
	t.Helper()
	s := &smtpServer{auth: users}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{s: s, c: c}, nil
	}))
	s.srv.Domain = "mx.test"
	s.srv.ReadTimeout = 10 * time.Second
	s.srv.WriteTimeout = 10 * time.Second
	s.srv.MaxMessageBytes = 1 << 20
	s.srv.TLSConfig = tlsConf
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = l.Addr().String()
	go func() { _ = s.srv.Serve(l) }()
	t.Cleanup(func() { _ = s.srv.Close() })
	return s
}

func (s *smtpServer) URL() string {
	return "smtp://" + s.Addr + "?from=noreply@werkportaal.test"
}

func (s *smtpServer) setReject(f func(n int) error) {
	s.mu.Lock()
	s.reject = f
	s.mu.Unlock()
}

func (s *smtpServer) received() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.msgs...)
}

type session struct {
	s    *smtpServer
	c    *smtp.Conn
	from string
	to   []string
	user string
}

func (ss *session) AuthMechanisms() []string {
	if ss.s.auth == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if want, ok := ss.s.auth[username]; !ok || want != password {
			return errors.New("invalid credentials")
		}
		ss.user = username
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.auth != nil && ss.user == "" {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	ss.s.mu.Lock()
	defer ss.s.mu.Unlock()
	ss.s.datas++
	if ss.s.reject != nil {
		if err := ss.s.reject(ss.s.datas); err != nil {
			return err
		}
	}
	_, isTLS := ss.c.TLSConnectionState()
	ss.s.msgs = append(ss.s.msgs, received{From: ss.from, To: ss.to, Data: b, TLS: isTLS, User: ss.user})
	return nil
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

var (
	_ smtp.Session     = (*session)(nil)
	_ smtp.AuthSession = (*session)(nil)
)

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
