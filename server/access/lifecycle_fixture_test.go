package access_test

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// t0 is where the fake clock starts: a whole second, so stored times compare exactly.
var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

// Passwords that pass the policy (random, no personal data).
const (
	pw1 = "Tq8#vLm2!xRp9zWk"
	pw2 = "Hj4%nBc7&yUe3sQd"
	pw3 = "Zr6^wKa1*oPi5tGe"
)

const linkBase = "https://werkportaal.test"

// fx is the access service on the shared test world (server/testworld), built like
// server/app does, with a fake clock: provider P with employers A1 and A2, provider Q
// with employer B1.
type fx struct {
	t     *testing.T
	w     *testworld.World
	st    *store.Store
	c     *ent.Client
	clk   *clock.Fake
	auth  *auth.Service
	svc   *access.Service
	sys   context.Context
	P, Q  *ent.Provider
	A1    *ent.Employer
	A2    *ent.Employer
	B1    *ent.Employer
	staff context.Context // provider user of P with every right
	n     int             // employee numbers
}

func newFx(t *testing.T) *fx {
	t.Helper()
	w := testworld.New(t, t0)
	st := w.Store
	clk := clock.NewFake(t0)
	signer, err := auth.NewSigner([]byte("0123456789abcdef0123456789abcdef"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	// The tests race up to 50 sign-ins and registrations to check counting and single use;
	// a queue that holds them all keeps the bound on hashing (tested in server/auth and
	// server/app) out of their way.
	as := &auth.Service{Client: st.Client, Clock: clk, Dialect: st.Dialect, Signer: signer, Config: auth.DefaultConfig,
		PasswordHasher: auth.NewHasher(auth.HasherConfig{Queue: 1000, Wait: time.Minute})}
	f := &fx{
		t: t, w: w, st: st, c: st.Client, clk: clk, auth: as,
		svc: &access.Service{
			Client: st.Client, Clock: clk, Auth: as,
			Directory: &directory.Service{Client: st.Client, Clock: clk},
			Links:     access.Links{Base: linkBase},
		},
		sys: w.Sys,
		P:   w.ProvA, Q: w.ProvB, A1: w.EmpA1, A2: w.EmpA2, B1: w.EmpB1,
	}
	as.OnEmployeeLocked = f.svc.AccountLocked // as server/app wires it
	f.staff = providerStaff(f.P, "usr_ak", viewer.AllRights...)
	return f
}

var (
	providerStaff = testworld.ProviderUser
	employerStaff = testworld.EmployerUser
	without       = testworld.Without
)

// birth is the birth date every fixture person has unless said otherwise.
var birth = testworld.Birth

// person writes a person of e with one employment (ended when ended is true), as the
// system, like payroll data arrives. email "" means none.
func (f *fx) person(e *ent.Employer, first, last, email string, ended bool) *ent.Person {
	f.t.Helper()
	p := f.w.Person(e, first, last, email)
	f.employment(p, ended)
	return p
}

func (f *fx) employment(p *ent.Person, ended bool) *ent.Employment {
	f.t.Helper()
	f.n++
	return f.w.Employment(p, f.n, date.New(2020, 1, 1), func(ec *ent.EmploymentCreate) {
		if ended {
			ec.SetEndDate(date.New(2025, 12, 31))
		}
	})
}

func (f *fx) reload(p *ent.Person) *ent.Person {
	f.t.Helper()
	return f.c.Person.GetX(f.sys, p.ID)
}

// account returns the person's account, nil when there is none.
func (f *fx) account(p *ent.Person) *ent.Account {
	f.t.Helper()
	a, err := f.c.Account.Query().Where(account.PersonID(p.ID)).Only(f.sys)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		f.t.Fatal(err)
	}
	return a
}

func (f *fx) status(p *ent.Person) status.Status {
	f.t.Helper()
	return status.Of(f.account(p), f.clk.Now())
}

func (f *fx) invitationOf(token string) *ent.Invitation {
	f.t.Helper()
	return f.c.Invitation.Query().Where(invitation.TokenHash(auth.HashToken(token))).OnlyX(f.sys)
}

func (f *fx) invitations(p *ent.Person) []*ent.Invitation {
	f.t.Helper()
	return f.c.Invitation.Query().Where(invitation.PersonID(p.ID)).
		Order(ent.Asc(invitation.FieldCreatedAt), ent.Asc(invitation.FieldID)).AllX(f.sys)
}

// mails returns the queued mails of kind k to addr, oldest first.
func (f *fx) mails(k outboxmail.Kind, addr string) []*ent.OutboxMail {
	f.t.Helper()
	return f.c.OutboxMail.Query().Where(outboxmail.KindEQ(k), outboxmail.ToAddress(addr)).
		Order(ent.Asc(outboxmail.FieldCreatedAt), ent.Asc(outboxmail.FieldID)).AllX(f.sys)
}

// audits counts the audit events of action a, about person p when p is not nil.
func (f *fx) audits(a string, p *ent.Person) int {
	f.t.Helper()
	q := f.c.AuditEvent.Query().Where(auditevent.Action(a))
	if p != nil {
		q.Where(auditevent.PersonID(p.ID))
	}
	return q.CountX(f.sys)
}

func (f *fx) auditEvents(p *ent.Person) []*ent.AuditEvent {
	f.t.Helper()
	return f.c.AuditEvent.Query().Where(auditevent.PersonID(p.ID)).
		Order(ent.Asc(auditevent.FieldCreatedAt), ent.Asc(auditevent.FieldID)).AllX(f.sys)
}

// rows counts the rows a change of the lifecycle may write.
type rows struct{ persons, accounts, invitations, outbox, audit, sessions, resets int }

func (f *fx) rows() rows {
	f.t.Helper()
	return rows{
		persons:     f.c.Person.Query().CountX(f.sys),
		accounts:    f.c.Account.Query().CountX(f.sys),
		invitations: f.c.Invitation.Query().CountX(f.sys),
		outbox:      f.c.OutboxMail.Query().CountX(f.sys),
		audit:       f.c.AuditEvent.Query().CountX(f.sys),
		sessions:    f.c.Session.Query().CountX(f.sys),
		resets:      f.c.PasswordReset.Query().CountX(f.sys),
	}
}

func (f *fx) liveSessions(a *ent.Account) int {
	f.t.Helper()
	return f.c.Session.Query().Where(session.SubjectID(a.ID), session.RevokedAtIsNil()).CountX(f.sys)
}

var (
	invitationLink = regexp.MustCompile(regexp.QuoteMeta(linkBase+access.PathInvitation+"#") + `([A-Za-z0-9_-]{20,})`)
	resetLink      = regexp.MustCompile(regexp.QuoteMeta(linkBase+access.PathResetPassword+"#") + `([A-Za-z0-9_-]{20,})`)
)

// tokenIn returns the token of the first link re matches in text.
func tokenIn(t *testing.T, re *regexp.Regexp, text string) string {
	t.Helper()
	m := re.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no link %s in:\n%s", re, text)
	}
	return m[1]
}

// lastInvitationToken is the token of the newest access mail to p.
func (f *fx) lastInvitationToken(p *ent.Person) string {
	f.t.Helper()
	ms := f.mails(outboxmail.KindINVITATION, *f.reload(p).Email)
	if len(ms) == 0 {
		f.t.Fatalf("no INVITATION mail to %s", *p.Email)
	}
	return tokenIn(f.t, invitationLink, ms[len(ms)-1].TextBody)
}

// grant grants p access as staff and returns the token of the access mail.
func (f *fx) grant(p *ent.Person) string {
	f.t.Helper()
	if _, err := f.svc.Grant(f.staff, p.ID); err != nil {
		f.t.Fatalf("grant %s: %v", p.FirstName, err)
	}
	return f.lastInvitationToken(p)
}

// register grants p access and completes the registration with username and password.
func (f *fx) register(p *ent.Person, username, password string) *auth.Tokens {
	f.t.Helper()
	tok := f.grant(p)
	if _, err := f.svc.VerifyInvitation(context.Background(), tok, p.BirthDate); err != nil {
		f.t.Fatalf("verify: %v", err)
	}
	tt, err := f.svc.CompleteRegistration(context.Background(), tok, username, password, auth.Meta{})
	if err != nil {
		f.t.Fatalf("complete registration of %s: %v", username, err)
	}
	return tt
}

// employee is the context of a signed-in employee.
func employee(tt *auth.Tokens) context.Context {
	return viewer.NewContext(context.Background(), tt.Principal)
}

var userCode = testworld.UserCode

func wantUser(t *testing.T, err error, code apperr.UserCode) { testworld.WantUserError(t, err, code) }

func wantApp(t *testing.T, err error, code apperr.Code) { testworld.WantCode(t, err, code) }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
