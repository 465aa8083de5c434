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
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sendLocked(ctx, m)
}

// sendLocked is Send with s.mu held.
func (s *SMTPSender) sendLocked(ctx context.Context, m *ent.OutboxMail) error {
	msg, err := s.Message(m)
	if err != nil {
		return err
	}
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
	if err := s.envelope(c, msg); err != nil {
		return false, err
	}
	if err := writeContent(c, msg); err != nil {
		return true, err
	}
	_, _, err = c.Text.ReadResponse(250)
	return true, err
}

// envelope sends msg's MAIL, RCPT and DATA commands in one write and reads their
// answers: the first round trip of a pipelined mail.
func (s *SMTPSender) envelope(c *smtp.Client, msg *gomail.Msg) error {
	g, err := s.writeGroup(c, msg)
	if err == nil {
		err = c.Text.W.Flush()
	}
	if err == nil {
		err = g.read(c)
	}
	return err
}

// group is a mail's MAIL, RCPT and DATA commands, written and not yet answered.
type group struct{ rcpts int }

// writeGroup writes msg's MAIL, RCPT and DATA commands to c's buffer, unflushed.
func (s *SMTPSender) writeGroup(c *smtp.Client, msg *gomail.Msg) (group, error) {
	from, err := msg.GetSender(false)
	if err != nil {
		return group{}, err
	}
	rcpts, err := msg.GetRecipients()
	if err != nil {
		return group{}, err
	}
	for _, line := range append([]string{from}, rcpts...) {
		if strings.ContainsAny(line, "\r\n") {
			return group{}, errors.New("smtp: an address must not contain CR or LF")
		}
	}
	params := ""
	if ok, _ := c.Extension("8BITMIME"); ok {
		params += " BODY=8BITMIME"
	}
	if ok, _ := c.Extension("SMTPUTF8"); ok {
		params += " SMTPUTF8"
	}
	if err := c.UpdateDeadline(s.timeout); err != nil {
		return group{}, err
	}
	w := c.Text.W
	_, _ = fmt.Fprintf(w, "MAIL FROM:%s%s\r\n", from, params)
	for _, r := range rcpts {
		_, _ = fmt.Fprintf(w, "RCPT TO:%s\r\n", r)
	}
	_, err = w.WriteString("DATA\r\n")
	return group{rcpts: len(rcpts)}, err
}

// read reads the replies to a group. Every reply is read, whatever the first ones say,
// so that a failure leaves none unread; the first failure is the one reported.
func (g group) read(c *smtp.Client) error {
	_, _, first := c.Text.ReadResponse(250)
	for range g.rcpts {
		if _, _, err := c.Text.ReadResponse(25); err != nil && first == nil {
			first = err
		}
	}
	_, _, dataErr := c.Text.ReadResponse(354)
	if first != nil {
		return first
	}
	return dataErr
}

// writeContent writes msg's content and the final dot, flushed.
func writeContent(c *smtp.Client, msg *gomail.Msg) error {
	dw := c.Text.DotWriter()
	if _, err := msg.WriteTo(dw); err != nil {
		_ = dw.Close()
		return err
	}
	return dw.Close()
}

// SendBatch delivers ms in order over the open connection (dialling one when there is
// none). Where the server offers PIPELINING a mail costs one round trip: the next mail's
// MAIL, RCPT and DATA follow the content of the one before at once, and both answers
// are read together. A mail whose commands had gone out on a connection that then
// failed, without its content, goes again over a new one; one whose content had gone
// out is reported failed, to be retried by the outbox later (at least once, with the
// same Message-ID). Without PIPELINING it sends as Send does.
func (s *SMTPSender) SendBatch(ctx context.Context, ms []*ent.OutboxMail, next func(i int) bool, result func(i int, err error)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, retried := 0, false; i < len(ms); {
		if !retried && !next(i) {
			return
		}
		fresh := s.conn == nil
		if fresh {
			c, err := s.client.DialToSMTPClientWithContext(ctx)
			if err != nil {
				result(i, fmt.Errorf("smtp %s: %w", s.display, err))
				i, retried = i+1, false
				continue
			}
			s.conn = c
		}
		if ok, _ := s.conn.Extension("PIPELINING"); !ok {
			result(i, s.sendLocked(ctx, ms[i]))
			i, retried = i+1, false
			continue
		}
		first := i
		n, again := s.pipelineRun(ms[i:], func(j int) bool { return next(first + j) },
			func(j int, err error) { result(first+j, err) })
		i += n
		switch {
		case !again:
			retried = false
		case n == 0 && (fresh || retried):
			// Not sent, and a new connection did not help.
			result(i, fmt.Errorf("smtp %s: the connection failed before the mail was sent", s.display))
			i, retried = i+1, false
		default:
			retried = true // mail i once more, over a new connection, without asking next again
		}
	}
}

// pipelineRun sends ms, first to last, over the open connection, each mail's commands
// behind the content of the one before. It returns how many mails got their result,
// and again when the mail after those went nowhere because the connection failed
// before its content (the connection is then closed). It stops when next says no,
// after a bad message (whose result it gives) and after any failure.
func (s *SMTPSender) pipelineRun(ms []*ent.OutboxMail, next func(j int) bool, result func(j int, err error)) (n int, again bool) {
	c := s.conn
	fail := func(err error) error {
		s.closeLocked()
		return fmt.Errorf("smtp %s: %w", s.display, err)
	}
	msg, err := s.Message(ms[0])
	if err != nil {
		result(0, err)
		return 1, false
	}
	if err := s.envelope(c, msg); err != nil {
		if staleConnection(err) {
			s.closeLocked()
			return 0, true
		}
		result(0, fail(err))
		return 1, false
	}
	for j := 0; ; j++ {
		// The content of mail j, and at once the commands of mail j+1.
		if err := writeContent(c, msg); err != nil {
			result(j, fail(err))
			return j + 1, false
		}
		var (
			nextMsg *gomail.Msg
			nextG   group
			msgErr  error
			sentG   bool
		)
		if j+1 < len(ms) && next(j+1) {
			if nextMsg, msgErr = s.Message(ms[j+1]); msgErr == nil {
				if nextG, err = s.writeGroup(c, nextMsg); err == nil {
					err = c.Text.W.Flush()
				}
				if err != nil {
					// Nothing of mail j+1 reached the server for sure; mail j's answer
					// decides, and j+1 goes on a new connection.
					_, _, dotErr := c.Text.ReadResponse(250)
					result(j, errWith(dotErr, fail))
					s.closeLocked()
					return j + 1, true
				}
				sentG = true
			}
		}
		_, _, dotErr := c.Text.ReadResponse(250)
		if dotErr != nil {
			result(j, fail(dotErr))
			// Mail j+1's commands went with a connection now closed, its content not:
			// it goes again over a new one.
			return j + 1, sentG
		}
		result(j, nil)
		switch {
		case msgErr != nil:
			result(j+1, msgErr)
			return j + 2, false
		case !sentG:
			return j + 1, false
		}
		if err := nextG.read(c); err != nil {
			if staleConnection(err) {
				// The server is closing the connection (421) or dropped it: mail j+1's
				// content has not gone, so it goes again over a new one.
				s.closeLocked()
				return j + 1, true
			}
			result(j+1, fail(err))
			return j + 2, false
		}
		msg = nextMsg
	}
}

// errWith is nil for nil, else f(err).
func errWith(err error, f func(error) error) error {
	if err == nil {
		return nil
	}
	return f(err)
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
