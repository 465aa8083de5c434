package testworld

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Received is a mail the server accepted.
type Received struct {
	From string
	To   []string
	Data []byte
	TLS  bool
	User string
}

// SMTPServer is an SMTP server for tests that keeps what it accepts.
type SMTPServer struct {
	Addr string
	srv  *smtp.Server

	mu     sync.Mutex
	msgs   []Received
	reject func(n int) error // n counts DATA commands, from 1; nil accepts
	datas  int
	auth   map[string]string // user → password; nil means no AUTH offered
	conns  []*smtp.Conn      // every connection made, in order
}

// StartSMTP runs a server on 127.0.0.1 until the test ends. With tlsConf the server
// offers STARTTLS; with users it offers AUTH PLAIN (over TLS only).
func StartSMTP(t testing.TB, tlsConf *tls.Config, users map[string]string) *SMTPServer {
	t.Helper()
	s := &SMTPServer{auth: users}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		s.conns = append(s.conns, c)
		s.mu.Unlock()
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

// URL is the SMTP_URL that reaches the server.
func (s *SMTPServer) URL() string {
	return "smtp://" + s.Addr + "?from=noreply@werkportaal.test"
}

// SetReject answers the n-th DATA command with f(n) when that is an error.
func (s *SMTPServer) SetReject(f func(n int) error) {
	s.mu.Lock()
	s.reject = f
	s.mu.Unlock()
}

// Connections is how many connections clients made.
func (s *SMTPServer) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// DropConnections closes every open connection from the server's side, as a server
// does with a connection idle for too long.
func (s *SMTPServer) DropConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.conns {
		_ = c.Close()
	}
}

// Received is what the server accepted so far.
func (s *SMTPServer) Received() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.msgs...)
}

type session struct {
	s    *SMTPServer
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
	ss.s.msgs = append(ss.s.msgs, Received{From: ss.from, To: ss.to, Data: b, TLS: isTLS, User: ss.user})
	return nil
}

func (ss *session) Reset()        { ss.from, ss.to = "", nil }
func (ss *session) Logout() error { return nil }

var (
	_ smtp.Session     = (*session)(nil)
	_ smtp.AuthSession = (*session)(nil)
)
