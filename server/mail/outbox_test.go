package mail_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestEnqueueInTransaction: a mail queued in a transaction that rolls back leaves no
// row; one in a committed transaction is PENDING, due at once, with the request ID.
func TestEnqueueInTransaction(t *testing.T) {
	f := newFixture(t)
	// The caller acts as a staff user; the outbox is written as the system anyway.
	ctx := reqid.NewContext(providerUser(f.provA, "usr_ak", viewer.ManagePortalAccess), "req-123")
	boom := errors.New("grant failed after queueing")
	err := store.WithTx(ctx, f.st.Client, func(tx *ent.Tx) error {
		if err := mail.Enqueue(ctx, tx.Client(), invitation(f.empA1, "sanne@example.nl", "https://wp.test/u#rolled", t0)); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WithTx: %v", err)
	}
	if n := len(f.outbox()); n != 0 {
		t.Fatalf("%d mails after rollback", n)
	}
	err = store.WithTx(ctx, f.st.Client, func(tx *ent.Tx) error {
		return mail.Enqueue(ctx, tx.Client(), invitation(f.empA1, "sanne@example.nl", "https://wp.test/u#kept", t0))
	})
	if err != nil {
		t.Fatal(err)
	}
	ms := f.outbox()
	if len(ms) != 1 {
		t.Fatalf("%d mails after commit", len(ms))
	}
	m := ms[0]
	if m.Status != outboxmail.StatusPENDING || !m.NextAttemptAt.Equal(t0) || !m.CreatedAt.Equal(t0) || m.Attempts != 0 ||
		m.RequestID != "req-123" || m.ProviderID != f.provA.ID || *m.EmployerID != f.empA1.ID || *m.PersonID != "per_test" ||
		m.Kind != outboxmail.KindINVITATION || m.Locale != outboxmail.LocaleNl || m.ToAddress != "sanne@example.nl" {
		t.Errorf("row: %+v", m)
	}
	if !strings.Contains(m.TextBody, "https://wp.test/u#kept") || !strings.Contains(m.HTMLBody, `href="https://wp.test/u#kept"`) {
		t.Errorf("link missing:\n%s\n%s", m.TextBody, m.HTMLBody)
	}
	// The outbox is system-only: a staff user cannot read it directly.
	if _, err := f.st.Client.OutboxMail.Query().Count(ctx); err == nil {
		t.Error("a staff user could query the outbox")
	}
}

// TestEnqueueChecksInput: unknown variables, kinds and bad addresses are caller errors;
// missing variables render empty; the locale defaults to Dutch.
func TestEnqueueChecksInput(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	good := invitation(f.empA1, "sanne@example.nl", "https://wp.test/u#t", t0)

	bad := good
	bad.Vars = map[string]string{"FirstName": "Sanne", "Password": "geheim"}
	if err := mail.Enqueue(ctx, f.st.Client, bad); !errors.Is(err, mail.ErrUnknownVariable) {
		t.Errorf("unknown variable: %v", err)
	}
	for _, addr := range []string{"", "geen-adres", "Sanne <sanne@example.nl>", "sanne@example.nl\r\nBcc: x@y.nl", "a@", strings.Repeat("a", 250) + "@example.nl"} {
		bad = good
		bad.To = addr
		if err := mail.Enqueue(ctx, f.st.Client, bad); !errors.Is(err, mail.ErrInvalidAddress) {
			t.Errorf("address %q: %v", addr, err)
		}
	}
	bad = good
	bad.Kind = "SALARY_SLIP"
	if err := mail.Enqueue(ctx, f.st.Client, bad); !errors.Is(err, mail.ErrUnknownKind) {
		t.Errorf("kind: %v", err)
	}
	bad = good
	bad.Locale = "de"
	if err := mail.Enqueue(ctx, f.st.Client, bad); !errors.Is(err, mail.ErrUnknownLocale) {
		t.Errorf("locale: %v", err)
	}
	bad = good
	bad.ProviderID = ""
	if err := mail.Enqueue(ctx, f.st.Client, bad); err == nil {
		t.Error("no provider accepted")
	}
	if n := len(f.outbox()); n != 0 {
		t.Fatalf("%d mails queued by bad calls", n)
	}

	sparse := mail.Message{Kind: mail.AccessBlocked, To: " jan@example.nl ", ProviderID: f.provA.ID, EmployerID: f.empA1.ID,
		Vars: map[string]string{"EmployerName": "Voorbeeld MKB"}, QueuedAt: t0}
	if err := mail.Enqueue(ctx, f.st.Client, sparse); err != nil {
		t.Fatal(err)
	}
	m := f.outbox()[0]
	if m.Locale != outboxmail.LocaleNl || m.ToAddress != "jan@example.nl" || !strings.HasPrefix(m.TextBody, "Beste ,") {
		t.Errorf("sparse mail: %s %q %q", m.Locale, m.ToAddress, m.TextBody[:20])
	}
}

// TestEnqueueManyResolvesOnceAndInsertsInBulk queues more mails than one bulk insert
// holds, across employers.
func TestEnqueueManyResolvesOnceAndInsertsInBulk(t *testing.T) {
	f := newFixture(t)
	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	if _, err := mail.Set(ak, f.st.Client, employerLevel(f.empA2), mail.AccessBlocked, mail.NL, ptr("A2 blokkeert {{.FirstName}}"), nil, nil); err != nil {
		t.Fatal(err)
	}
	var msgs []mail.Message
	for i := range 1200 {
		e := f.empA1
		if i%2 == 1 {
			e = f.empA2
		}
		msgs = append(msgs, mail.Message{Kind: mail.AccessBlocked, Locale: mail.NL, To: "p" + string(rune('a'+i%26)) + "@example.nl",
			ProviderID: e.ProviderID, EmployerID: e.ID, Vars: map[string]string{"FirstName": "P", "EmployerName": e.Name}, QueuedAt: t0})
	}
	f.enqueue(msgs...)
	sys := viewer.System(context.Background())
	if n := f.st.Client.OutboxMail.Query().CountX(sys); n != 1200 {
		t.Fatalf("%d rows", n)
	}
	if n := f.st.Client.OutboxMail.Query().Where(outboxmail.Subject("A2 blokkeert P")).CountX(sys); n != 600 {
		t.Errorf("%d mails with A2's subject, want 600", n)
	}
}

// TestRecent lists the newest mails, optionally for one address.
func TestRecent(t *testing.T) {
	f := newFixture(t)
	f.enqueue(
		invitation(f.empA1, "een@example.nl", "https://wp.test/u#1", t0),
		invitation(f.empA1, "twee@example.nl", "https://wp.test/u#2", t0.Add(1)),
		invitation(f.empA1, "Een@Example.nl", "https://wp.test/u#3", t0.Add(2)),
	)
	ms, err := mail.Recent(context.Background(), f.st.Client, "een@example.nl", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || !strings.Contains(ms[0].TextBody, "#3") || !strings.Contains(ms[1].TextBody, "#1") {
		t.Errorf("Recent(een) = %d mails", len(ms))
	}
	ms, _ = mail.Recent(context.Background(), f.st.Client, "", 2)
	if len(ms) != 2 || !strings.Contains(ms[0].TextBody, "#3") {
		t.Errorf("Recent(all, 2) = %d", len(ms))
	}
}
