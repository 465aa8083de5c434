package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	netmail "net/mail"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"github.com/werkportaal/werkportaal/ent"
)

// Sender delivers one outbox mail. An error means it was not accepted; the dispatcher
// then retries it later.
type Sender interface {
	Send(ctx context.Context, m *ent.OutboxMail) error
}

// SMTPConfig configures delivery over SMTP. main fills it from the environment:
// URL from SMTP_URL and From from MAIL_FROM (both optional for the package; without a
// URL there is no SMTP and mails stay in the dev mailbox).
type SMTPConfig struct {
	// URL is smtp://user:password@host:port (STARTTLS when the server offers it) or
	// smtps://user:password@host:port (TLS from the first byte). The default ports are
	// 587 and 465. Query parameters:
	//   from=noreply@example.nl   the sender, when From is empty
	//   tls=opportunistic|required|none   STARTTLS policy of smtp:// (default opportunistic)
	// User and password are optional; with them the strongest mechanism the server offers
	// is used, and PLAIN or LOGIN only over TLS.
	URL string
	// From is the sender address, "noreply@example.nl" or "Werkportaal <noreply@…>";
	// without a display name "Werkportaal" is used. It overrides the URL's from=.
	From string
	// HELO is the name this host gives in EHLO; empty means the host name.
	HELO string
	// Timeout bounds each step of the SMTP conversation; zero means 15 seconds.
	Timeout time.Duration
	// TLSConfig overrides the TLS settings (e.g. a private CA); nil means the system's
	// roots and the host of the URL as server name.
	TLSConfig *tls.Config
}

// DefaultFromName is the display name of the sender.
const DefaultFromName = "Werkportaal"

// SMTPSender sends outbox mails over SMTP with github.com/wneessen/go-mail, as
// multipart/alternative plain text and HTML. It keeps its connection open from one mail
// to the next, so a batch costs one TCP and TLS handshake and one authentication rather
// than one per mail; the dispatcher closes it when the outbox is drained.
type SMTPSender struct {
	client  *gomail.Client
	from    *netmail.Address
	domain  string
	display string
	timeout time.Duration

	mu   sync.Mutex
	conn *smtp.Client // nil when there is no open connection
}

// NewSMTPSender checks cfg and returns a sender; it does not connect yet.
func NewSMTPSender(cfg SMTPConfig) (*SMTPSender, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || u.Host == "" {
		return nil, errors.New("mail: SMTP_URL must look like smtp://user:password@host:port")
	}
	host := u.Hostname()
	q := u.Query()
	var (
		port int
		opts []gomail.Option
	)
	switch u.Scheme {
	case "smtp":
		port = 587
		policy := gomail.TLSOpportunistic
		switch q.Get("tls") {
		case "", "opportunistic":
		case "required", "mandatory", "starttls":
			policy = gomail.TLSMandatory
		case "none", "off":
			policy = gomail.NoTLS
		default:
			return nil, fmt.Errorf("mail: SMTP_URL: tls=%q is not opportunistic, required or none", q.Get("tls"))
		}
		opts = append(opts, gomail.WithTLSPolicy(policy))
	case "smtps":
		port = 465
		opts = append(opts, gomail.WithSSL())
	default:
		return nil, fmt.Errorf("mail: SMTP_URL: scheme %q is not smtp or smtps", u.Scheme)
	}
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("mail: SMTP_URL: port %q", p)
		}
	}
	opts = append(opts, gomail.WithPort(port))
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 15 * time.Second
	}
	opts = append(opts, gomail.WithTimeout(timeout))
	tlsConf := cfg.TLSConfig
	if tlsConf == nil {
		tlsConf = &tls.Config{MinVersion: tls.VersionTLS12}
	} else {
		tlsConf = tlsConf.Clone()
	}
	if tlsConf.ServerName == "" {
		tlsConf.ServerName = host
	}
	opts = append(opts, gomail.WithTLSConfig(tlsConf))
	if cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(cfg.HELO))
	}
	if u.User != nil && u.User.Username() != "" {
		pass, _ := u.User.Password()
		opts = append(opts,
			gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(u.User.Username()),
			gomail.WithPassword(pass))
	}
	client, err := gomail.NewClient(host, opts...)
	if err != nil {
		return nil, fmt.Errorf("mail: SMTP client: %w", err)
	}

	fromRaw := cfg.From
	if fromRaw == "" {
		fromRaw = q.Get("from")
	}
	if fromRaw == "" {
		return nil, errors.New("mail: the sender address is missing (MAIL_FROM or from= in SMTP_URL)")
	}
	from, err := netmail.ParseAddress(fromRaw)
	if err != nil {
		return nil, fmt.Errorf("mail: sender address %q: %w", fromRaw, err)
	}
	if from.Name == "" {
		from.Name = DefaultFromName
	}
	domain := from.Address[strings.LastIndexByte(from.Address, '@')+1:]
	display := fmt.Sprintf("%s://%s:%d", u.Scheme, host, port)
	return &SMTPSender{client: client, from: from, domain: domain, display: display, timeout: timeout}, nil
}

// String describes the server without credentials, for logs.
func (s *SMTPSender) String() string { return s.display }

// From returns the sender.
func (s *SMTPSender) From() *netmail.Address { return s.from }

// Message builds the MIME message of m: From "Werkportaal <…>", To, Subject, Date,
// a Message-ID made from the outbox ID (the same on every retry, so a receiver can
// tell a repeat), Auto-Submitted, Content-Language, and the plain-text body with the
// HTML body as its alternative.
func (s *SMTPSender) Message(m *ent.OutboxMail) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	msg.FromMailAddress(s.from)
	if err := msg.To(m.ToAddress); err != nil {
		return nil, fmt.Errorf("mail: recipient %q: %w", m.ToAddress, err)
	}
	msg.Subject(m.Subject)
	msg.SetDateWithValue(time.Now())
	msg.SetMessageIDWithValue(m.ID + "@" + s.domain)
	msg.SetGenHeader(gomail.Header("Auto-Submitted"), "auto-generated")
	msg.SetGenHeader(gomail.HeaderXAutoResponseSuppress, "All")
	msg.SetGenHeader(gomail.HeaderContentLang, string(m.Locale))
	msg.SetGenHeader(gomail.HeaderUserAgent, DefaultFromName)
	msg.SetBodyString(gomail.TypeTextPlain, m.TextBody)
	msg.AddAlternativeString(gomail.TypeTextHTML, m.HTMLBody)
	return msg, nil
}

// Send delivers m over the open connection, dialling one when there is none.
//
// Where the server offers PIPELINING (RFC 2920) a mail costs two round trips: MAIL,
// RCPT and DATA go out in one write and their replies are read together, then the
// content with its final dot. A connection the server closed while idle shows in the
// replies to that first group, before any content was sent, so the mail goes once more
// over a new connection without the risk of delivering it twice; no NOOP before each
// mail and no RSET after it are needed (a transaction ends with the reply to its dot,
// RFC 5321 4.1.1.4). Without PIPELINING go-mail converses command by command: a NOOP
// checks the connection first, and the mail is reset after.
func (s *SMTPSender) Send(ctx context.Context, m *ent.OutboxMail) error {
	msg, err := s.Message(m)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for retried := false; ; retried = true {
		fresh := s.conn == nil
		if fresh {
			c, err := s.client.DialToSMTPClientWithContext(ctx)
			if err != nil {
				return fmt.Errorf("smtp %s: %w", s.display, err)
			}
			s.conn = c
		}
		var err error
		var again bool // nothing of the mail was handed over: safe to send once more
		if ok, _ := s.conn.Extension("PIPELINING"); ok {
			var contentSent bool
			contentSent, err = s.sendPipelined(s.conn, msg)
			again = !contentSent && staleConnection(err)
		} else {
			err = s.client.SendWithSMTPClient(s.conn, msg)
			var se *gomail.SendError
			again = errors.As(err, &se) && se.Reason == gomail.ErrConnCheck
		}
		if err == nil {
			return nil
		}
		// After any failure the next mail starts on a new connection: a rejected mail may
		// leave the conversation in a state this side cannot tell.
		s.closeLocked()
		if !fresh && !retried && again {
			continue
		}
		return fmt.Errorf("smtp %s: %w", s.display, err)
	}
}

// sendPipelined sends msg over c as one pipelined transaction; contentSent says whether
// the server got as far as the content (after which a failure may still mean it was
// delivered).
func (s *SMTPSender) sendPipelined(c *smtp.Client, msg *gomail.Msg) (contentSent bool, err error) {
	from, err := msg.GetSender(false)
	if err != nil {
		return false, err
	}
	rcpts, err := msg.GetRecipients()
	if err != nil {
		return false, err
	}
	params := ""
	if ok, _ := c.Extension("8BITMIME"); ok {
		params += " BODY=8BITMIME"
	}
	if ok, _ := c.Extension("SMTPUTF8"); ok {
		params += " SMTPUTF8"
	}
	for _, line := range append([]string{from}, rcpts...) {
		if strings.ContainsAny(line, "\r\n") {
			return false, errors.New("smtp: an address must not contain CR or LF")
		}
	}
	if err := c.UpdateDeadline(s.timeout); err != nil {
		return false, err
	}
	w := c.Text.W
	_, _ = fmt.Fprintf(w, "MAIL FROM:%s%s\r\n", from, params)
	for _, r := range rcpts {
		_, _ = fmt.Fprintf(w, "RCPT TO:%s\r\n", r)
	}
	_, _ = w.WriteString("DATA\r\n")
	if err := w.Flush(); err != nil {
		return false, err
	}
	// Every reply of the group is read, whatever the first ones say, so that a
	// failure leaves no reply unread; the first failure is the one reported.
	var first error
	keep := func(err error) {
		if first == nil {
			first = err
		}
	}
	if _, _, err := c.Text.ReadResponse(250); err != nil {
		keep(err)
	}
	for range rcpts {
		if _, _, err := c.Text.ReadResponse(25); err != nil {
			keep(err)
		}
	}
	_, _, dataErr := c.Text.ReadResponse(354)
	if dataErr != nil || first != nil {
		return false, errors.Join(first, dataErr)
	}
	dw := c.Text.DotWriter()
	if _, err := msg.WriteTo(dw); err != nil {
		_ = dw.Close()
		return true, err
	}
	if err := dw.Close(); err != nil {
		return true, err
	}
	_, _, err = c.Text.ReadResponse(250)
	return true, err
}

// staleConnection: the first group of a mail failed because the connection is gone
// (a network error, no reply) or the server is closing it (421), not because the server
// refused the mail.
func staleConnection(err error) bool {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		return tp.Code == 421
	}
	return err != nil
}

// Close ends the open connection (QUIT), if there is one.
func (s *SMTPSender) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closeLocked()
	return nil
}

func (s *SMTPSender) closeLocked() {
	if s.conn == nil {
		return
	}
	// A failed QUIT leaves nothing to do: the connection is dropped either way.
	_ = s.client.CloseWithSMTPClient(s.conn)
	s.conn = nil
}
