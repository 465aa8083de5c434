package access_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestR5CollectiveGrantRows: the invitation, outbox mail and audit event a collective
// grant writes (in bulk, store.Insert) are, column by column, what a grant writes: the
// tenant keys, the service's clock, the defaults, the request ID, the mail in the
// recipient's chosen language (R46) with the employer's text overrides (R15), the event
// naming the invitation. One person is new, one has an account with an expired link
// and chose English.
func TestR5CollectiveGrantRows(t *testing.T) {
	f := newFx(t)
	wg := employerStaff(f.A1, "usr_wg_mail", viewer.ManageMailTemplates)
	const subject = "Uitnodiging van {{.EmployerName}} voor {{.FirstName}}"
	_, err := mail.Set(wg, f.c, mail.Level{Scope: mail.LevelEmployer, EmployerID: f.A1.ID}, mail.Invitation, mail.NL, ptr(subject), nil, nil)
	must(t, err)
	jan := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	emma := f.person(f.A1, "Emma", "English", "emma@example.nl", false)
	f.grant(emma)
	old := f.account(emma)
	f.c.Account.UpdateOneID(old.ID).SetLanguage(account.LanguageEn).ExecX(f.sys)
	f.clk.Advance(access.InvitationTTL + time.Hour) // Emma's link expired
	now := f.clk.Now()

	staff := reqid.NewContext(f.staff, "req-collective")
	res, err := f.svc.CollectiveGrant(staff, f.A1.ID, access.Selection{Filter: &directory.EmploymentFilter{}}, false)
	must(t, err)
	if len(res.Taken) != 2 {
		t.Fatalf("taken %d, want 2 (%+v)", len(res.Taken), res.Skipped)
	}
	for _, c := range []struct {
		p       *ent.Person
		locale  mail.Locale
		subject string
	}{
		{jan, mail.NL, "Uitnodiging van Voorbeeld MKB voor Jan"},
		{emma, mail.EN, ""},
	} {
		t.Run(c.p.FirstName, func(t *testing.T) {
			acc := f.account(c.p)
			if c.p == emma && acc.ID != old.ID {
				t.Errorf("a new account %s, want the old one %s", acc.ID, old.ID)
			}
			if acc.State != account.StateINVITED || acc.InviteExpiresAt == nil || !acc.InviteExpiresAt.Equal(now.Add(access.InvitationTTL)) ||
				acc.ProviderID != f.P.ID || acc.EmployerID != f.A1.ID {
				t.Errorf("account %+v", acc)
			}

			invs := f.invitations(c.p)
			inv := invs[len(invs)-1]
			m := f.lastMail(outboxmail.KindINVITATION, *c.p.Email)
			if inv.TokenHash != auth.HashToken(tokenIn(t, invitationLink, m.TextBody)) {
				t.Error("the mail's link is not the invitation's token")
			}
			want := &ent.Invitation{
				ID: inv.ID, CreatedAt: now, UpdatedAt: inv.UpdatedAt, ProviderID: f.P.ID, EmployerID: f.A1.ID, PersonID: c.p.ID,
				AccountID: acc.ID, TokenHash: inv.TokenHash, Email: *c.p.Email, ExpiresAt: now.Add(access.InvitationTTL),
				State: invitation.StatePENDING, CreatedBy: "usr_ak",
			}
			if !strings.HasPrefix(inv.ID, "inv_") || !sameRow(inv, want) {
				t.Errorf("invitation\n%+v, want\n%+v", inv, want)
			}

			if c.subject == "" {
				f.wantLanguage(m, c.locale, f.A1) // the standard text of the language
			} else if m.Subject != c.subject {
				t.Errorf("subject %q, want the employer's %q", m.Subject, c.subject)
			}
			wantMail := &ent.OutboxMail{
				ID: m.ID, CreatedAt: now, ProviderID: f.P.ID, EmployerID: &f.A1.ID, PersonID: &c.p.ID,
				Kind: outboxmail.KindINVITATION, Locale: outboxmail.Locale(c.locale), ToAddress: *c.p.Email,
				Subject: m.Subject, TextBody: m.TextBody, HTMLBody: m.HTMLBody,
				Status: outboxmail.StatusPENDING, NextAttemptAt: now, RequestID: "req-collective",
			}
			if !sameRow(m, wantMail) {
				t.Errorf("mail\n%+v, want\n%+v", m, wantMail)
			}
			expires := mail.FormatTime(now.Add(access.InvitationTTL), c.locale)
			for _, s := range []string{"Jan", "Emma"} {
				if (s == c.p.FirstName) != strings.Contains(m.TextBody, s) || !strings.Contains(m.TextBody, expires) ||
					!strings.Contains(m.HTMLBody, `lang="`+string(c.locale)+`"`) {
					t.Errorf("body of %s (%s):\n%s", c.p.FirstName, expires, m.TextBody)
				}
			}

			evs := f.auditEvents(c.p)
			ev := evs[len(evs)-1]
			wantEvent := &ent.AuditEvent{
				ID: ev.ID, CreatedAt: now, ProviderID: &f.P.ID, EmployerID: &f.A1.ID, PersonID: &c.p.ID,
				ActorKind: auditevent.ActorKindSTAFF_USER, ActorID: "usr_ak", ActorName: ev.ActorName,
				Action: string(audit.AccessGranted), TargetType: "Account", TargetID: acc.ID,
				Details: map[string]string{"invitation": inv.ID, "collective": "true"}, RequestID: "req-collective",
			}
			if c.p == jan {
				// A person without an account before the grant is the event's target.
				wantEvent.TargetType, wantEvent.TargetID = "Person", jan.ID
			}
			if !sameRow(ev, wantEvent) || ev.ActorName == "" {
				t.Errorf("event\n%+v, want\n%+v", ev, wantEvent)
			}
		})
	}
}

// sameRow compares the exported columns of two rows of one type (not their edges),
// times by instant, pointers by what they point to.
func sameRow[T any](got, want *T) bool {
	g, w := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := range g.NumField() {
		if f := g.Type().Field(i); !f.IsExported() || f.Name == "Edges" {
			continue
		}
		if !sameValue(g.Field(i), w.Field(i)) {
			return false
		}
	}
	return true
}

func sameValue(a, b reflect.Value) bool {
	if a.Kind() == reflect.Pointer {
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	}
	if t, ok := a.Interface().(time.Time); ok {
		return t.Equal(b.Interface().(time.Time))
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}
