package access_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// lastMail is the newest mail of kind k to addr.
func (f *fx) lastMail(k outboxmail.Kind, addr string) *ent.OutboxMail {
	f.t.Helper()
	ms := f.mails(k, addr)
	if len(ms) == 0 {
		f.t.Fatalf("no %s mail to %s", k, addr)
	}
	return ms[len(ms)-1]
}

// wantLanguage checks that m is written in l: its locale, and its subject is the
// standard subject of l (the fixture has no overrides).
func (f *fx) wantLanguage(m *ent.OutboxMail, l mail.Locale, emp *ent.Employer) {
	f.t.Helper()
	if string(m.Locale) != string(l) {
		f.t.Errorf("%s mail in %s, want %s", m.Kind, m.Locale, l)
	}
	r, err := mail.Resolve(context.Background(), f.c, mail.Kind(m.Kind), l, emp.ProviderID, emp.ID)
	must(f.t, err)
	want, err := r.Render(map[string]string{"EmployerName": emp.Name})
	must(f.t, err)
	if m.Subject != want.Subject {
		f.t.Errorf("%s subject %q, want %q (%s)", m.Kind, m.Subject, want.Subject, l)
	}
}

// TestR46MailsFollowTheEmployeesLanguage: before the employee chooses a language the
// mails staff cause and the lockout mail are Dutch. Once they chose English in the
// portal, every kind of mail to them is English — the ones staff cause (block, unblock,
// username), the lockout mail and the ones asked for on a Dutch sign-in page (password
// reset, username forgotten) — with times written in English. Another employee who
// chose nothing keeps getting Dutch.
func TestR46MailsFollowTheEmployeesLanguage(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Emma", "English", "emma@example.nl", false)
	tt := f.register(p, "emma.english", pw1)
	me := employee(tt)
	const to = "emma@example.nl"

	// Before a choice: Dutch.
	if l, chosen, err := f.svc.Language(me); err != nil || chosen || l != mail.NL {
		t.Fatalf("language before a choice: %s %v %v, want nl, not chosen", l, chosen, err)
	}
	_, err := f.svc.SendUsername(f.staff, p.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindUSERNAME, to), mail.NL, f.A1)
	lockout := func() time.Time {
		for range 3 {
			_, _ = f.auth.LoginEmployee(ctx, "emma.english", "fout-wachtwoord", auth.Meta{})
		}
		until := f.clk.Now().Add(auth.LockDuration)
		f.clk.Advance(auth.LockDuration)
		return until
	}
	until := lockout()
	m := f.lastMail(outboxmail.KindACCOUNT_LOCKED, to)
	f.wantLanguage(m, mail.NL, f.A1)
	if w := mail.FormatTime(until, mail.NL); !strings.Contains(m.TextBody, w) {
		t.Errorf("Dutch lockout mail lacks %q:\n%s", w, m.TextBody)
	}

	// The choice is stored once and audited once.
	l, err := f.svc.SetLanguage(me, mail.EN)
	if err != nil || l != mail.EN {
		t.Fatalf("SetLanguage: %s %v", l, err)
	}
	_, err = f.svc.SetLanguage(me, mail.EN)
	must(t, err)
	if n := f.audits(string(access.LanguageChanged), p); n != 1 {
		t.Errorf("%d LANGUAGE_CHANGED events, want 1 (choosing the same again records nothing)", n)
	}
	if a := f.account(p); a.Language == nil || string(*a.Language) != "en" {
		t.Fatalf("stored language %v, want en", a.Language)
	}
	if l, chosen, err := f.svc.Language(me); err != nil || !chosen || l != mail.EN {
		t.Fatalf("language after the choice: %s %v %v", l, chosen, err)
	}

	// Staff-triggered mails.
	_, err = f.svc.SendUsername(f.staff, p.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindUSERNAME, to), mail.EN, f.A1)

	// Mails asked for on a Dutch sign-in page: the stored choice wins.
	must(t, f.svc.RequestUsername(ctx, to, "nl"))
	f.wantLanguage(f.lastMail(outboxmail.KindUSERNAME, to), mail.EN, f.A1)
	must(t, f.svc.RequestPasswordReset(ctx, "emma.english", "nl"))
	m = f.lastMail(outboxmail.KindPASSWORD_RESET, to)
	f.wantLanguage(m, mail.EN, f.A1)
	if w := mail.FormatTime(f.clk.Now().Add(access.ResetTTL), mail.EN); !strings.Contains(m.TextBody, w) || !strings.Contains(m.HTMLBody, w) {
		t.Errorf("English reset mail lacks %q:\n%s", w, m.TextBody)
	}

	// The lockout mail, with its time in English.
	until = lockout()
	m = f.lastMail(outboxmail.KindACCOUNT_LOCKED, to)
	f.wantLanguage(m, mail.EN, f.A1)
	if w := mail.FormatTime(until, mail.EN); !strings.Contains(m.TextBody, w) {
		t.Errorf("English lockout mail lacks %q:\n%s", w, m.TextBody)
	}

	// Block and unblock.
	_, err = f.svc.Block(f.staff, p.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindACCESS_BLOCKED, to), mail.EN, f.A1)
	_, err = f.svc.Unblock(f.staff, p.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindACCESS_UNBLOCKED, to), mail.EN, f.A1)

	// Switching back and forth keeps the last choice; another employee, who chose
	// nothing, still gets Dutch.
	q := f.person(f.A1, "Nina", "Nederlands", "nina@example.nl", false)
	f.register(q, "nina.nl", pw2)
	tt = f.login("emma.english", pw1)
	_, err = f.svc.SetLanguage(employee(tt), mail.NL)
	must(t, err)
	_, err = f.svc.SetLanguage(employee(tt), mail.EN)
	must(t, err)
	_, err = f.svc.Block(f.staff, q.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindACCESS_BLOCKED, "nina@example.nl"), mail.NL, f.A1)
}

// R46 for invitations: a grant that resets an account mails in the account's language,
// as read with the account in the grant's transaction (mail.Message.Chosen), and a
// person without an account in Dutch; one by one, collectively and on a resend.
func TestR46InvitationsFollowTheAccountsLanguage(t *testing.T) {
	f := newFx(t)
	emma := f.person(f.A1, "Emma", "English", "emma@example.nl", false)
	nina := f.person(f.A1, "Nina", "Nederlands", "nina@example.nl", false)
	_, err := f.svc.Grant(f.staff, emma.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindINVITATION, "emma@example.nl"), mail.NL, f.A1)
	// A language stored before the first sign-in (the portal stores it on the account).
	f.c.Account.Update().Where(account.PersonID(emma.ID)).SetLanguage(account.LanguageEn).ExecX(f.sys)
	_, err = f.svc.Resend(f.staff, emma.ID)
	must(t, err)
	f.wantLanguage(f.lastMail(outboxmail.KindINVITATION, "emma@example.nl"), mail.EN, f.A1)
	f.clk.Advance(access.InvitationTTL + time.Minute) // Emma's link expired: grantable again
	res, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{PersonIDs: []string{emma.ID, nina.ID}}, false)
	must(t, err)
	if len(res.Taken) != 2 {
		t.Fatalf("collective grant took %+v, skipped %+v", res.Taken, res.Skipped)
	}
	f.wantLanguage(f.lastMail(outboxmail.KindINVITATION, "emma@example.nl"), mail.EN, f.A1)
	f.wantLanguage(f.lastMail(outboxmail.KindINVITATION, "nina@example.nl"), mail.NL, f.A1)
}

// login signs an employee in.
func (f *fx) login(username, password string) *auth.Tokens {
	f.t.Helper()
	tt, err := f.auth.LoginEmployee(context.Background(), username, password, auth.Meta{})
	must(f.t, err)
	return tt
}

// TestR46SetLanguageRefusals: only a signed-in employee chooses, only nl or en, and a
// refusal changes nothing.
func TestR46SetLanguageRefusals(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Emma", "English", "emma@example.nl", false)
	tt := f.register(p, "emma.english", pw1)
	before := f.rows()
	wantUser(t, errOf(f.svc.SetLanguage(employee(tt), mail.Locale("de"))), "INVALID_INPUT")
	// A staff principal without a user row (the fixture's) has nothing to store it on.
	_, err := f.svc.SetLanguage(f.staff, mail.EN)
	wantApp(t, err, "NOT_FOUND")
	_, err = f.svc.SetLanguage(integratorCtx(f.P), mail.EN)
	wantApp(t, err, "FORBIDDEN")
	_, err = f.svc.SetLanguage(context.Background(), mail.EN)
	wantApp(t, err, "UNAUTHENTICATED")
	if after := f.rows(); after != before {
		t.Errorf("refusals changed rows: %+v → %+v", before, after)
	}
	if a := f.account(p); a.Language != nil {
		t.Errorf("language %v stored by a refusal", *a.Language)
	}
}

func errOf[T any](_ T, err error) error { return err }

func integratorCtx(p *ent.Provider) context.Context { return testworld.APIClient(p, "cli_"+p.ID) }

// R46 for staff: a staff user's language switch is stored on the user, for the mails to
// staff (the handlers' leave digest, R33); it is audited, and storing it again changes
// nothing.
func TestR46StaffLanguageStored(t *testing.T) {
	f := newFx(t)
	u := f.w.EmployerStaff(f.A1, "hr.a1", "x", viewer.HandleRequests)
	ctx := employerStaff(f.A1, u.ID, viewer.HandleRequests)
	for range 2 {
		if l, err := f.svc.SetLanguage(ctx, mail.EN); err != nil || l != mail.EN {
			t.Fatalf("set: %s %v", l, err)
		}
	}
	got := f.c.User.GetX(f.sys, u.ID)
	if got.Language == nil || string(*got.Language) != "en" {
		t.Errorf("language %v", got.Language)
	}
	if n := f.c.AuditEvent.Query().Where(auditevent.Action(string(access.LanguageChanged)), auditevent.TargetID(u.ID)).CountX(f.sys); n != 1 {
		t.Errorf("%d audit events, want 1", n)
	}
}
