package access_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func ptr(s string) *string { return &s }

// TestR15OverridesAreWhatTheEmployeeReceives: a provider's subject and an employer's
// text body are, field by field, what the queued access mail holds; the HTML stays the
// standard text; another employer of the provider gets the provider's subject only, and
// another provider only standard texts.
func TestR15OverridesAreWhatTheEmployeeReceives(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	ak := providerStaff(f.P, "usr_ak_mail", viewer.ManageMailTemplates)
	wg := employerStaff(f.A1, "usr_wg_mail", viewer.ManageMailTemplates)
	const subject = "Uitnodiging van {{.EmployerName}} (via het kantoor)"
	const text = "Hallo {{.FirstName}},\n\nStart hier: {{.Link}}\nGeldig tot {{.ExpiresAt}}.\n\nGroet, {{.EmployerName}}"
	_, err := mail.Set(ak, f.c, mail.Level{Scope: mail.LevelProvider, ProviderID: f.P.ID}, mail.Invitation, mail.NL, ptr(subject), nil, nil)
	must(t, err)
	_, err = mail.Set(wg, f.c, mail.Level{Scope: mail.LevelEmployer, EmployerID: f.A1.ID}, mail.Invitation, mail.NL, nil, ptr(text), nil)
	must(t, err)
	std, ok := mail.Standard(mail.Invitation, mail.NL)
	if !ok {
		t.Fatal("no standard INVITATION text")
	}

	a1 := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	a2 := f.person(f.A2, "Bea", "Bakker", "bea@example.nl", false)
	b1 := f.person(f.B1, "Gerrit", "Garage", "gerrit@example.nl", false)
	for _, c := range []struct {
		name                  string
		p                     *ent.Person
		emp                   *ent.Employer
		staff                 context.Context
		subject, text, html   mail.Source
		wantSubject, wantText string
	}{
		{"employer with both overrides", a1, f.A1, f.staff, mail.SourceProvider, mail.SourceEmployer, mail.SourceStandard,
			"Uitnodiging van Voorbeeld MKB (via het kantoor)", "Hallo Jan,\n\nStart hier: {{link}}\nGeldig tot {{expires}}.\n\nGroet, Voorbeeld MKB\n"},
		{"other employer of the provider", a2, f.A2, f.staff, mail.SourceProvider, mail.SourceStandard, mail.SourceStandard,
			"Uitnodiging van Bakkerij De Korst (via het kantoor)", ""},
		{"other provider", b1, f.B1, providerStaff(f.Q, "usr_q", viewer.AllRights...), mail.SourceStandard, mail.SourceStandard, mail.SourceStandard,
			"", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := f.svc.Grant(c.staff, c.p.ID); err != nil {
				t.Fatal(err)
			}
			ms := f.mails(outboxmail.KindINVITATION, *c.p.Email)
			if len(ms) != 1 {
				t.Fatalf("%d mails", len(ms))
			}
			m := ms[0]
			link := linkBase + access.PathInvitation + "#" + tokenIn(t, invitationLink, m.TextBody)
			expires := mail.FormatTime(f.clk.Now().Add(access.InvitationTTL), mail.NL)

			r, err := mail.Resolve(ctx, f.c, mail.Invitation, mail.NL, c.emp.ProviderID, c.emp.ID)
			must(t, err)
			if r.Subject.Source != c.subject || r.Text.Source != c.text || r.HTML.Source != c.html {
				t.Errorf("sources %s/%s/%s, want %s/%s/%s", r.Subject.Source, r.Text.Source, r.HTML.Source, c.subject, c.text, c.html)
			}
			if r.HTML.Template != std.HTML {
				t.Error("the HTML is not the standard text")
			}
			want, err := r.Render(map[string]string{
				"FirstName": c.p.FirstName, "FullName": directory.FullName(c.p), "EmployerName": c.emp.Name,
				"Link": link, "ExpiresAt": expires,
			})
			must(t, err)
			if m.Subject != want.Subject {
				t.Errorf("subject %q, want %q", m.Subject, want.Subject)
			}
			if m.TextBody != want.Text {
				t.Errorf("text\n%s\nwant\n%s", m.TextBody, want.Text)
			}
			if m.HTMLBody != want.HTML {
				t.Errorf("HTML differs from the standard text rendered")
			}
			// And literally, so the expectation does not only mirror the renderer.
			if c.wantSubject != "" && m.Subject != c.wantSubject {
				t.Errorf("subject %q, want %q", m.Subject, c.wantSubject)
			}
			if c.wantText != "" {
				wantText := strings.NewReplacer("{{link}}", link, "{{expires}}", expires).Replace(c.wantText)
				if m.TextBody != wantText {
					t.Errorf("text %q, want %q", m.TextBody, wantText)
				}
			}
			if c.subject == mail.SourceStandard && strings.Contains(m.Subject, "via het kantoor") {
				t.Error("another provider's override leaked")
			}
			if !strings.Contains(m.HTMLBody, link) {
				t.Error("the HTML lacks the link")
			}
		})
	}
}

// TestR27EveryChangeIsAudited: every state change of the lifecycle writes its event,
// naming who did it: staff for staff changes, the employee for theirs.
func TestR27EveryChangeIsAudited(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Audi", "Trail", "audi@example.nl", false)
	staffID := "usr_ak"

	steps := []struct {
		action string
		do     func()
	}{
		{string(audit.PersonEmailChanged), func() {
			_, err := f.svc.UpdatePersonEmail(f.staff, p.ID, "audi.trail@example.nl")
			must(t, err)
		}},
		{string(audit.AccessGranted), func() { f.grant(p) }},
		{string(audit.InvitationResent), func() { _, err := f.svc.Resend(f.staff, p.ID); must(t, err) }},
		{string(audit.InvitationRevoked), func() { _, err := f.svc.Revoke(f.staff, p.ID); must(t, err) }},
		{string(audit.InvitationBurned), func() {
			tok := f.grant(p)
			for range 3 {
				_, _ = f.svc.VerifyInvitation(ctx, tok, date.New(2000, 1, 1))
			}
		}},
		{string(audit.AccessAccepted), func() { f.register(p, "audi.trail", pw1) }},
		{string(audit.AccountLocked), func() {
			for range 3 {
				_, _ = f.auth.LoginEmployee(ctx, "audi.trail", "fout", auth.Meta{})
			}
			f.clk.Advance(time.Hour)
		}},
		{string(audit.UsernameSent), func() { _, err := f.svc.SendUsername(f.staff, p.ID); must(t, err) }},
		{string(audit.PasswordReset), func() {
			must(t, f.svc.RequestPasswordReset(ctx, "audi.trail", "nl"))
			ms := f.mails(outboxmail.KindPASSWORD_RESET, "audi.trail@example.nl")
			_, err := f.svc.ResetPassword(ctx, tokenIn(t, resetLink, ms[len(ms)-1].TextBody), pw2, auth.Meta{})
			must(t, err)
		}},
		{string(audit.PasswordChanged), func() {
			tt, err := f.auth.LoginEmployee(ctx, "audi.trail", pw2, auth.Meta{})
			must(t, err)
			must(t, f.svc.ChangePassword(employee(tt), pw2, pw3))
		}},
		{string(audit.UsernameChanged), func() {
			tt, err := f.auth.LoginEmployee(ctx, "audi.trail", pw3, auth.Meta{})
			must(t, err)
			_, err = f.svc.ChangeUsername(employee(tt), "audi.t")
			must(t, err)
		}},
		{string(audit.AccessBlocked), func() { _, err := f.svc.Block(f.staff, p.ID); must(t, err) }},
		{string(audit.AccessUnblocked), func() { _, err := f.svc.Unblock(f.staff, p.ID); must(t, err) }},
	}
	for _, s := range steps {
		before := f.audits(s.action, p)
		s.do()
		if got := f.audits(s.action, p) - before; got != 1 {
			t.Errorf("%s: %d new events, want 1", s.action, got)
		}
	}
	acc := f.account(p)
	byEmployee := map[string]bool{
		string(audit.AccessAccepted): true, string(audit.PasswordReset): true,
		string(audit.PasswordChanged): true, string(audit.UsernameChanged): true,
	}
	bySystem := map[string]bool{string(audit.InvitationBurned): true, string(audit.AccountLocked): true}
	for _, e := range f.auditEvents(p) {
		if e.ProviderID == nil || *e.ProviderID != f.P.ID || e.EmployerID == nil || *e.EmployerID != f.A1.ID {
			t.Errorf("%s: scope %v/%v", e.Action, e.ProviderID, e.EmployerID)
		}
		switch {
		case byEmployee[e.Action]:
			if e.ActorKind != auditevent.ActorKindEMPLOYEE || e.ActorID != acc.ID {
				t.Errorf("%s by %s %s, want the employee", e.Action, e.ActorKind, e.ActorID)
			}
		case bySystem[e.Action]:
			if e.ActorKind != auditevent.ActorKindSYSTEM {
				t.Errorf("%s by %s, want SYSTEM", e.Action, e.ActorKind)
			}
		default:
			if e.ActorKind != auditevent.ActorKindSTAFF_USER || e.ActorID != staffID {
				t.Errorf("%s by %s %s, want staff %s", e.Action, e.ActorKind, e.ActorID, staffID)
			}
		}
	}
}

// TestR27FailedChangeLeavesNothing: when a change fails half-way (here: its mail cannot
// be queued because the address stored in the database is broken), neither the change
// nor its audit event nor any mail remains.
func TestR27FailedChangeLeavesNothing(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	breakEmail := func(p *ent.Person) {
		f.c.Person.UpdateOneID(p.ID).SetEmail("kapot adres@@").ExecX(f.sys)
	}

	t.Run("grant", func(t *testing.T) {
		p := f.person(f.A1, "Kapot", "Adres", "kapot@example.nl", false)
		breakEmail(p)
		before := f.rows()
		if _, err := f.svc.Grant(f.staff, p.ID); err == nil {
			t.Fatal("grant to a broken address succeeded")
		}
		if f.rows() != before || f.account(p) != nil {
			t.Errorf("rows %+v → %+v", before, f.rows())
		}
	})
	t.Run("resend", func(t *testing.T) {
		p := f.person(f.A1, "Later", "Kapot", "later@example.nl", false)
		tok := f.grant(p)
		breakEmail(p)
		before := f.rows()
		if _, err := f.svc.Resend(f.staff, p.ID); err == nil {
			t.Fatal("resend to a broken address succeeded")
		}
		if f.rows() != before {
			t.Errorf("rows %+v → %+v", before, f.rows())
		}
		if v, _ := f.svc.Invitation(ctx, tok); v.State != access.InvitationValid {
			t.Errorf("the old link stopped working: %s", v.State)
		}
	})
	// Block and the collective grant may instead skip the broken address (a block must
	// never fail on it, R6); what R27 demands either way is all or nothing.
	t.Run("block", func(t *testing.T) {
		p := f.person(f.A1, "Blok", "Kapot", "blok@example.nl", false)
		tt := f.register(p, "blok.kapot", pw1)
		f.c.Account.UpdateOneID(tt.Principal.ID).SetRegisteredEmail("kapot adres@@").ExecX(f.sys)
		before := f.rows()
		_, blockErr := f.svc.Block(f.staff, p.ID)
		_, authErr := f.auth.Authenticate(ctx, tt.AccessToken)
		if blockErr != nil {
			if f.rows() != before || f.status(p) != status.Active || authErr != nil {
				t.Errorf("failed block left traces: rows %+v → %+v, status %s, session %v", before, f.rows(), f.status(p), authErr)
			}
			return
		}
		if f.status(p) != status.Blocked || authErr == nil || f.audits(string(audit.AccessBlocked), p) != 1 {
			t.Errorf("block half done: status %s, session %v", f.status(p), authErr)
		}
	})
	t.Run("collective grant", func(t *testing.T) {
		good := f.person(f.A2, "Goed", "Adres", "goed@example.nl", false)
		bad := f.person(f.A2, "Slecht", "Adres", "slecht@example.nl", false)
		breakEmail(bad)
		before := f.rows()
		res, err := f.svc.CollectiveGrant(f.staff, f.A2.ID, access.Selection{PersonIDs: ids(good, bad)}, false)
		if err != nil {
			if f.rows() != before || f.account(good) != nil {
				t.Errorf("failed collective grant left traces: rows %+v → %+v", before, f.rows())
			}
			return
		}
		if len(res.Taken) != 1 || res.Taken[0].PersonID != good.ID || f.account(bad) != nil ||
			f.rows().audit-before.audit != 1 || f.rows().outbox-before.outbox != 1 {
			t.Errorf("collective grant half done: %+v, rows %+v → %+v", res, before, f.rows())
		}
	})
}
