package mail_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
)

// TestEnqueueManyRendersEachMailItsOwn: a batch large enough to be rendered on every
// core (EnqueueMany) gives each mail its own variables, language and times, and of
// several bad mails the first is the error.
func TestEnqueueManyRendersEachMailItsOwn(t *testing.T) {
	f := newFixture(t)
	const n = 300
	msgs := make([]mail.Message, n)
	for i := range msgs {
		msgs[i] = invitation(f.empA1, fmt.Sprintf("p%d@example.nl", i), fmt.Sprintf("https://werkportaal.test/u#tok%04d", i), t0)
		msgs[i].PersonID = ""
		msgs[i].Vars["FirstName"] = fmt.Sprintf("Naam%04d", i)
		delete(msgs[i].Vars, "ExpiresAt")
		msgs[i].Times = map[string]time.Time{"ExpiresAt": t0.Add(time.Duration(i) * time.Hour)}
		if i%3 == 0 {
			msgs[i].Locale = mail.EN
		}
	}
	f.enqueue(msgs...)
	got := f.st.Client.OutboxMail.Query().Order(ent.Asc(outboxmail.FieldToAddress)).AllX(f.sys)
	if len(got) != n {
		t.Fatalf("%d mails, want %d", len(got), n)
	}
	byTo := map[string]*ent.OutboxMail{}
	for _, m := range got {
		byTo[m.ToAddress] = m
	}
	for i, m := range msgs {
		g := byTo[m.To]
		if g == nil {
			t.Fatalf("no mail to %s", m.To)
		}
		want := []string{m.Vars["FirstName"], m.Vars["Link"], mail.FormatTime(m.Times["ExpiresAt"], m.Locale)}
		for _, w := range want {
			if !strings.Contains(g.TextBody, w) || !strings.Contains(g.HTMLBody, w) {
				t.Errorf("mail %d lacks %q", i, w)
			}
		}
		if l := string(m.Locale); string(g.Locale) != l || !strings.Contains(g.HTMLBody, `lang="`+l+`"`) {
			t.Errorf("mail %d in %s, want %s", i, g.Locale, l)
		}
	}

	bad := make([]mail.Message, n)
	for i := range bad {
		bad[i] = invitation(f.empA1, fmt.Sprintf("q%d@example.nl", i), "https://werkportaal.test/u#x", t0)
	}
	bad[200].To, bad[250].To = "not an address", "neither"
	err := mail.EnqueueMany(context.Background(), f.st.Client, bad)
	if !errors.Is(err, mail.ErrInvalidAddress) || !strings.Contains(err.Error(), "not an address") {
		t.Errorf("two bad addresses: %v, want the first", err)
	}
}
