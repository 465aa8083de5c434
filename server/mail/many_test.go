package mail_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
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

// TestPrepareRendersWhileTheCallerWrites: Prepare returns while a batch is rendered on
// the other cores; the caller writes its own rows through the same transaction
// meanwhile, and Enqueue then writes exactly the rows EnqueueMany writes for the same
// mails. A caller that fails between the two waits for the rendering and leaves no mail.
func TestPrepareRendersWhileTheCallerWrites(t *testing.T) {
	f := newFixture(t)
	const n = 300 // rendered on every core, in the background
	msgs := func(prefix string) []mail.Message {
		out := make([]mail.Message, n)
		for i := range out {
			out[i] = invitation(f.empA1, fmt.Sprintf("p%03d@example.nl", i), fmt.Sprintf("https://werkportaal.test/u#%s%04d", prefix, i), t0)
			out[i].PersonID = ""
			out[i].Vars["FirstName"] = fmt.Sprintf("Naam%04d", i)
		}
		return out
	}
	events := make([]audit.Event, n)
	for i := range events {
		events[i] = audit.Event{Action: "TEST_WRITE", ProviderID: f.provA.ID, EmployerID: f.empA1.ID,
			TargetType: "Test", TargetID: fmt.Sprint(i), At: t0}
	}
	staff := providerUser(f.provA, "usr_ak", viewer.ManagePortalAccess)

	prepared := reqid.NewContext(staff, "req-prepared")
	err := store.WithTx(prepared, f.st.Client, func(tx *ent.Tx) error {
		p, err := mail.Prepare(prepared, tx.Client(), msgs("a"))
		if err != nil {
			return err
		}
		if err := audit.RecordMany(prepared, tx.Client(), events); err != nil {
			p.Wait()
			return err
		}
		return p.Enqueue(prepared)
	})
	if err != nil {
		t.Fatal(err)
	}
	many := reqid.NewContext(staff, "req-many")
	if err := mail.EnqueueMany(many, f.st.Client, msgs("a")); err != nil {
		t.Fatal(err)
	}
	if got := f.st.Client.AuditEvent.Query().Where(auditevent.Action("TEST_WRITE")).CountX(f.sys); got != n {
		t.Errorf("%d of the caller's rows, want %d", got, n)
	}
	rows := func(req string) []*ent.OutboxMail {
		return f.st.Client.OutboxMail.Query().Where(outboxmail.RequestID(req)).
			Order(ent.Asc(outboxmail.FieldToAddress)).AllX(f.sys)
	}
	a, b := rows("req-prepared"), rows("req-many")
	if len(a) != n || len(b) != n {
		t.Fatalf("%d and %d mails, want %d each", len(a), len(b), n)
	}
	for i := range a {
		x, y := *a[i], *b[i]
		x.ID, y.ID, x.RequestID, y.RequestID = "", "", "", ""
		xv, yv := reflect.ValueOf(x), reflect.ValueOf(y)
		for k := range xv.NumField() {
			if name := xv.Type().Field(k).Name; xv.Type().Field(k).IsExported() &&
				!reflect.DeepEqual(xv.Field(k).Interface(), yv.Field(k).Interface()) {
				t.Fatalf("mail %d: %s through Prepare is %v, through EnqueueMany %v", i, name, xv.Field(k), yv.Field(k))
			}
		}
		if want := fmt.Sprintf("https://werkportaal.test/u#a%04d", i); !strings.Contains(x.TextBody, want) {
			t.Errorf("mail %d lacks its own link %s", i, want)
		}
	}

	boom := errors.New("the caller's write failed")
	failed := reqid.NewContext(staff, "req-failed")
	err = store.WithTx(failed, f.st.Client, func(tx *ent.Tx) error {
		p, err := mail.Prepare(failed, tx.Client(), msgs("b"))
		if err != nil {
			return err
		}
		defer p.Wait()
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WithTx: %v", err)
	}
	if got := rows("req-failed"); len(got) != 0 {
		t.Errorf("%d mails of a rolled back transaction", len(got))
	}
}
