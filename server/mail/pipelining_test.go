package mail_test

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// pipeliningServer is an SMTP server that offers PIPELINING (RFC 2920) and answers a
// mail's MAIL and RCPT only once its DATA has arrived, as a pipelining server may: a
// client that waits for each reply before the next command waits forever (until its
// timeout). It records every command and counts connections.
type pipeliningServer struct {
	ln    net.Listener
	mu    sync.Mutex
	cmds  []string
	conns int
	mails int
	// With holdDot the answer to a mail's final dot waits (up to a second) for the
	// client's next command: a client that sends the next mail before reading that
	// answer gets it counted in behindDot.
	holdDot   bool
	behindDot int
}

func startPipeliningServer(t *testing.T) *pipeliningServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &pipeliningServer{ln: ln}
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns++
			s.mu.Unlock()
			go s.serve(c)
		}
	}()
	return s
}

func (s *pipeliningServer) URL() string {
	return "smtp://" + s.ln.Addr().String() + "?tls=none&from=noreply@werkportaal.test"
}

func (s *pipeliningServer) serve(c net.Conn) {
	defer func() { _ = c.Close() }()
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	r, w := bufio.NewReader(c), bufio.NewWriter(c)
	reply := func(lines ...string) bool {
		for _, l := range lines {
			_, _ = w.WriteString(l + "\r\n")
		}
		return w.Flush() == nil
	}
	reply("220 pipelining.test ESMTP")
	var held []string // replies to MAIL and RCPT, sent with DATA's
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.Fields(strings.TrimSpace(line) + " x")[0])
		s.mu.Lock()
		s.cmds = append(s.cmds, cmd)
		s.mu.Unlock()
		switch cmd {
		case "EHLO":
			reply("250-pipelining.test", "250-PIPELINING", "250 8BITMIME")
		case "MAIL", "RCPT":
			held = append(held, "250 OK")
		case "DATA":
			if !reply(append(held, "354 go ahead")...) {
				return
			}
			held = nil
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
			}
			s.mu.Lock()
			s.mails++
			hold := s.holdDot
			s.mu.Unlock()
			if hold {
				_ = c.SetReadDeadline(time.Now().Add(time.Second))
				_, err := r.Peek(1)
				_ = c.SetDeadline(time.Now().Add(30 * time.Second))
				if err == nil {
					s.mu.Lock()
					s.behindDot++
					s.mu.Unlock()
				}
			}
			reply("250 queued")
		case "QUIT":
			reply("221 bye")
			return
		default: // NOOP, RSET
			reply("250 OK")
		}
	}
}

// TestSMTPPipelinesWhereOffered: to a server that offers PIPELINING a batch goes over
// one connection, each mail as MAIL, RCPT and DATA in one write (the server here answers
// none of them before DATA), with no NOOP before and no RSET after each mail (go-mail's
// conversation took six round trips a mail).
func TestSMTPPipelinesWhereOffered(t *testing.T) {
	f := newFixture(t)
	srv := startPipeliningServer(t)
	for i := range 5 {
		f.enqueue(invitation(f.empA1, fmt.Sprintf("werknemer%d@example.nl", i), inviteLink, t0))
	}
	d := f.dispatcher(smtpSender(t, srv.URL()))
	d.Batch = 5
	f.runOnce(d, 5, 0)
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.mails != 5 || srv.conns != 1 {
		t.Errorf("%d mails over %d connections; want 5 over 1", srv.mails, srv.conns)
	}
	want := "EHLO" + strings.Repeat(" MAIL RCPT DATA", 5)
	if got := strings.Join(srv.cmds, " "); got != want {
		t.Errorf("commands:\n%s\nwant\n%s", got, want)
	}
}

// TestSMTPPipelinesMailAfterMail: with PIPELINING a mail costs one round trip: the next
// mail's MAIL, RCPT and DATA go out right behind the content of the one before, before
// its answer is read (the server here holds that answer until the next command came).
func TestSMTPPipelinesMailAfterMail(t *testing.T) {
	f := newFixture(t)
	srv := startPipeliningServer(t)
	srv.holdDot = true
	for i := range 5 {
		f.enqueue(invitation(f.empA1, fmt.Sprintf("werknemer%d@example.nl", i), inviteLink, t0))
	}
	d := f.dispatcher(smtpSender(t, srv.URL()))
	d.Batch = 5
	f.runOnce(d, 5, 0)
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.mails != 5 || srv.conns != 1 {
		t.Errorf("%d mails over %d connections; want 5 over 1", srv.mails, srv.conns)
	}
	if srv.behindDot != 4 {
		t.Errorf("%d of the 4 mails after the first went out before the answer to the one before; want all", srv.behindDot)
	}
}
