package mail_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// personWithLanguage writes a person of e with an account whose chosen language is l
// ("" means not chosen).
func (f *fixture) personWithLanguage(e *ent.Employer, first string, l string) *ent.Person {
	f.t.Helper()
	c := f.st.Client
	p := f.w.Person(e, first, "Test", "")
	a := c.Account.Create().SetPersonID(p.ID).
		SetState(account.StateACTIVE)
	if l != "" {
		a.SetLanguage(account.Language(l))
	}
	a.SaveX(f.sys)
	return p
}

// TestR46TheMailLayerTakesTheRecipientsLanguage: EnqueueMany writes a mail to an
// employee in the language their account chose, whatever the caller's Locale; without
// a choice the caller's Locale holds, Dutch when it is empty; moments in Times are
// written in the mail's language. Also beyond one look-up chunk of recipients.
func TestR46TheMailLayerTakesTheRecipientsLanguage(t *testing.T) {
	f := newFixture(t)
	en := f.personWithLanguage(f.empA1, "Emma", "en")
	nl := f.personWithLanguage(f.empA1, "Noor", "nl")
	none := f.personWithLanguage(f.empA1, "Nico", "")
	until := t0.Add(time.Hour)
	locked := func(to string, p *ent.Person, l mail.Locale) mail.Message {
		m := mail.Message{Kind: mail.AccountLocked, Locale: l, To: to,
			ProviderID: f.empA1.ProviderID, EmployerID: f.empA1.ID, QueuedAt: t0,
			Vars:  map[string]string{"FirstName": "X", "EmployerName": f.empA1.Name},
			Times: map[string]time.Time{"LockedUntil": until}}
		if p != nil {
			m.PersonID = p.ID
		}
		return m
	}
	var msgs []mail.Message
	// Unknown persons first, so the chosen ones fall in the second look-up chunk.
	for i := range 1001 {
		m := locked(fmt.Sprintf("x%d@example.nl", i), nil, "")
		m.PersonID = fmt.Sprintf("per_unknown%04d", i)
		msgs = append(msgs, m)
	}
	msgs = append(msgs,
		locked("emma@example.nl", en, mail.NL),   // chose English: English, whatever the caller said
		locked("noor@example.nl", nl, mail.EN),   // chose Dutch: Dutch
		locked("nico@example.nl", none, mail.EN), // no choice: the caller's language
		locked("nico2@example.nl", none, ""),     // no choice, no language: Dutch
		locked("staff@example.nl", nil, ""),      // no person: Dutch
	)
	f.enqueue(msgs...)
	sys := viewer.System(context.Background())
	for addr, want := range map[string]mail.Locale{
		"emma@example.nl": mail.EN, "noor@example.nl": mail.NL, "nico@example.nl": mail.EN,
		"nico2@example.nl": mail.NL, "staff@example.nl": mail.NL, "x1000@example.nl": mail.NL,
	} {
		m := f.st.Client.OutboxMail.Query().Where(outboxmail.ToAddress(addr)).OnlyX(sys)
		std, _ := mail.Standard(mail.AccountLocked, want)
		if string(m.Locale) != string(want) || m.Subject != strings.TrimSpace(std.Subject) {
			t.Errorf("%s: %s %q, want %s %q", addr, m.Locale, m.Subject, want, std.Subject)
		}
		if w := mail.FormatTime(until, want); !strings.Contains(m.TextBody, w) || !strings.Contains(m.HTMLBody, w) {
			t.Errorf("%s: the time is not written as %q:\n%s", addr, w, m.TextBody)
		}
	}
	// A moment the kind does not have is the caller's mistake, like any variable.
	bad := locked("emma@example.nl", en, "")
	bad.Times = map[string]time.Time{"ExpiresAt": until}
	if err := mail.Enqueue(context.Background(), f.st.Client, bad); !errors.Is(err, mail.ErrUnknownVariable) {
		t.Errorf("unknown time variable: %v", err)
	}
}
