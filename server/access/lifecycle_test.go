package access_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestR1UpdatePersonEmail: an invalid address is INVALID_EMAIL and changes nothing; a
// valid one is trimmed and lower-cased and kept in the search key; an empty one removes
// the address, after which granting needs one (EMAIL_REQUIRED).
func TestR1UpdatePersonEmail(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)

	for _, bad := range []string{
		"geen-adres", "jan@", "@example.nl", "Jan <jan@example.nl>", "jan@localhost",
		"jan jansen@example.nl", "jan@@example.nl", strings.Repeat("a", 250) + "@example.nl",
	} {
		t.Run("invalid "+bad[:min(len(bad), 24)], func(t *testing.T) {
			before := f.rows()
			_, err := f.svc.UpdatePersonEmail(f.staff, p.ID, bad)
			wantUser(t, err, access.CodeInvalidEmail)
			got := f.reload(p)
			if *got.Email != "jan@example.nl" || got.SearchKey != p.SearchKey {
				t.Errorf("changed to %q / %q", *got.Email, got.SearchKey)
			}
			if f.rows() != before {
				t.Errorf("rows %+v → %+v", before, f.rows())
			}
		})
	}

	got, err := f.svc.UpdatePersonEmail(f.staff, p.ID, "  Jan.Jansen@Prive-Mail.NL ")
	must(t, err)
	if *got.Email != "jan.jansen@prive-mail.nl" {
		t.Errorf("email = %q, want trimmed and lower-cased", *got.Email)
	}
	stored := f.reload(p)
	if *stored.Email != "jan.jansen@prive-mail.nl" || stored.SearchKey != "jan jansen jan.jansen@prive-mail.nl" {
		t.Errorf("stored %q, search key %q", *stored.Email, stored.SearchKey)
	}
	if n := f.audits(string(audit.PersonEmailChanged), p); n != 1 {
		t.Errorf("%d PERSON_EMAIL_CHANGED events, want 1", n)
	}

	// Empty removes the address; granting then needs one.
	_, err = f.svc.UpdatePersonEmail(f.staff, p.ID, " ")
	must(t, err)
	if stored = f.reload(p); stored.Email != nil || strings.Contains(stored.SearchKey, "@") {
		t.Errorf("email not removed: %v %q", stored.Email, stored.SearchKey)
	}
	before := f.rows()
	_, err = f.svc.Grant(f.staff, p.ID)
	wantUser(t, err, access.CodeEmailRequired)
	if f.rows() != before {
		t.Errorf("a refused grant wrote rows: %+v → %+v", before, f.rows())
	}
	noMail := f.person(f.A1, "Zonder", "Adres", "", false)
	before = f.rows()
	_, err = f.svc.Grant(f.staff, noMail.ID)
	wantUser(t, err, access.CodeEmailRequired)

	// Rights and tenants.
	_, err = f.svc.UpdatePersonEmail(providerStaff(f.P, "usr_x", without(viewer.ManagePortalAccess)...), p.ID, "x@example.nl")
	wantApp(t, err, apperr.Forbidden)
	_, err = f.svc.UpdatePersonEmail(employerStaff(f.A2, "usr_a2", viewer.AllRights...), p.ID, "x@example.nl")
	wantApp(t, err, apperr.NotFound)
	_, err = f.svc.UpdatePersonEmail(providerStaff(f.Q, "usr_q", viewer.AllRights...), p.ID, "x@example.nl")
	wantApp(t, err, apperr.NotFound)
	if f.rows() != before {
		t.Errorf("refused changes wrote rows")
	}
}

// TestR2GrantInvitationValid96Hours: granting makes the account INVITED with one
// PENDING invitation expiring exactly 96 hours later and one access mail whose link
// works; at 96 hours the link and the status are EXPIRED, and only a new grant helps.
func TestR2GrantInvitationValid96Hours(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Sanne", "de Vries", "sanne@example.nl", false)
	wantExpiry := t0.Add(96 * time.Hour)

	before := f.rows()
	got, err := f.svc.Grant(f.staff, p.ID)
	must(t, err)
	if got.Edges.Account == nil || got.Edges.Account.State != account.StateINVITED {
		t.Fatalf("returned person's account: %+v", got.Edges.Account)
	}
	after := f.rows()
	if after.accounts != before.accounts+1 || after.invitations != before.invitations+1 || after.outbox != before.outbox+1 {
		t.Errorf("rows %+v → %+v: want one account, invitation and mail", before, after)
	}
	acc := f.account(p)
	if acc.State != account.StateINVITED || acc.InviteExpiresAt == nil || !acc.InviteExpiresAt.Equal(wantExpiry) {
		t.Errorf("account %s expiring %v, want INVITED until %v", acc.State, acc.InviteExpiresAt, wantExpiry)
	}
	if f.status(p) != status.Invited {
		t.Errorf("status %s, want INVITED", f.status(p))
	}
	invs := f.invitations(p)
	if len(invs) != 1 || invs[0].State != invitation.StatePENDING || !invs[0].ExpiresAt.Equal(wantExpiry) ||
		invs[0].Email != "sanne@example.nl" || invs[0].AccountID != acc.ID || invs[0].CreatedBy != "usr_ak" {
		t.Fatalf("invitations: %+v", invs)
	}
	ms := f.mails(outboxmail.KindINVITATION, "sanne@example.nl")
	if len(ms) != 1 || ms[0].PersonID == nil || *ms[0].PersonID != p.ID || ms[0].EmployerID == nil || *ms[0].EmployerID != f.A1.ID {
		t.Fatalf("INVITATION mails: %+v", ms)
	}
	tok := tokenIn(t, invitationLink, ms[0].TextBody)
	if !strings.Contains(ms[0].HTMLBody, tok) {
		t.Errorf("the HTML part lacks the link")
	}
	if f.invitationOf(tok).ID != invs[0].ID {
		t.Errorf("the mailed token is not the invitation's")
	}
	v, err := f.svc.Invitation(context.Background(), tok)
	must(t, err)
	if v.State != access.InvitationValid || v.EmployerName != "Voorbeeld MKB" || !v.ExpiresAt.Equal(wantExpiry) {
		t.Errorf("invitation view %+v", v)
	}

	// One second before the 96 hours the link still works; at 96 hours it has expired.
	f.clk.Advance(96*time.Hour - time.Second)
	if v, _ := f.svc.Invitation(context.Background(), tok); v.State != access.InvitationValid {
		t.Errorf("at 95:59:59 the link is %s", v.State)
	}
	f.clk.Advance(time.Second)
	v, err = f.svc.Invitation(context.Background(), tok)
	must(t, err)
	if v.State != access.InvitationExpired {
		t.Errorf("after 96h the link is %s, want EXPIRED", v.State)
	}
	if f.status(p) != status.Expired {
		t.Errorf("after 96h the status is %s, want EXPIRED", f.status(p))
	}
	_, err = f.svc.VerifyInvitation(context.Background(), tok, p.BirthDate)
	wantUser(t, err, access.CodeInvitationExpired)

	// A new grant works: a new invitation and mail, valid 96 hours from now.
	tok2 := f.grant(p)
	if tok2 == tok {
		t.Fatal("the new grant mailed the old token")
	}
	if n := len(f.invitations(p)); n != 2 {
		t.Errorf("%d invitations, want 2", n)
	}
	if v, _ := f.svc.Invitation(context.Background(), tok2); v.State != access.InvitationValid || !v.ExpiresAt.Equal(f.clk.Now().Add(96*time.Hour)) {
		t.Errorf("new link %+v", v)
	}
	if f.status(p) != status.Invited || f.account(p).ID != acc.ID {
		t.Errorf("after the new grant: status %s, account reused %v", f.status(p), f.account(p).ID == acc.ID)
	}
	if n := len(f.mails(outboxmail.KindINVITATION, "sanne@example.nl")); n != 2 {
		t.Errorf("%d access mails, want 2", n)
	}
	if n := f.audits(string(audit.AccessGranted), p); n != 2 {
		t.Errorf("%d ACCESS_GRANTED events, want 2", n)
	}
}

// TestR3ResendAndRevoke: resend issues a new link and kills the old one; revoke makes
// the link answer "withdrawn" and the status NONE; neither works once the link was
// used, and a grant while an invitation is pending is refused.
func TestR3ResendAndRevoke(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Piet", "Puk", "piet@example.nl", false)
	tok1 := f.grant(p)

	before := f.rows()
	_, err := f.svc.Grant(f.staff, p.ID)
	wantUser(t, err, access.CodeInvitationPending)
	if f.rows() != before {
		t.Errorf("a refused grant wrote rows")
	}

	_, err = f.svc.Resend(f.staff, p.ID)
	must(t, err)
	tok2 := f.lastInvitationToken(p)
	if tok2 == tok1 {
		t.Fatal("resend mailed the old token")
	}
	if n := len(f.mails(outboxmail.KindINVITATION, "piet@example.nl")); n != 2 {
		t.Errorf("%d access mails after resend, want 2", n)
	}
	v1, err := f.svc.Invitation(ctx, tok1)
	must(t, err)
	if v1.State != access.InvitationRevoked || v1.RevokeReason != "RESENT" {
		t.Errorf("old link after resend: %+v", v1)
	}
	_, err = f.svc.VerifyInvitation(ctx, tok1, p.BirthDate)
	wantUser(t, err, access.CodeInvitationRevoked)
	if v2, _ := f.svc.Invitation(ctx, tok2); v2.State != access.InvitationValid {
		t.Errorf("new link after resend: %+v", v2)
	}
	if f.status(p) != status.Invited {
		t.Errorf("status after resend %s", f.status(p))
	}

	_, err = f.svc.Revoke(f.staff, p.ID)
	must(t, err)
	v2, err := f.svc.Invitation(ctx, tok2)
	must(t, err)
	if v2.State != access.InvitationRevoked || v2.RevokeReason != "WITHDRAWN" {
		t.Errorf("link after revoke: %+v", v2)
	}
	_, err = f.svc.VerifyInvitation(ctx, tok2, p.BirthDate)
	wantUser(t, err, access.CodeInvitationRevoked)
	if f.status(p) != status.None {
		t.Errorf("status after revoke %s, want NONE", f.status(p))
	}
	if n := f.audits(string(audit.InvitationResent), p); n != 1 {
		t.Errorf("%d INVITATION_RESENT events", n)
	}
	if n := f.audits(string(audit.InvitationRevoked), p); n != 1 {
		t.Errorf("%d INVITATION_REVOKED events", n)
	}

	// Refusals, each leaving everything as it was.
	used := f.person(f.A1, "Ger", "Bruikt", "ger@example.nl", false)
	f.register(used, "ger.bruikt", pw1)
	none := f.person(f.A1, "Nog", "Niets", "nog@example.nl", false)
	for _, c := range []struct {
		name string
		op   func(context.Context, string) (any, error)
		p    string
		code apperr.UserCode
	}{
		{"resend after revoke", resend(f), p.ID, access.CodeNoInvitation},
		{"revoke after revoke", revoke(f), p.ID, access.CodeNoInvitation},
		{"resend without access", resend(f), none.ID, access.CodeNoInvitation},
		{"revoke without access", revoke(f), none.ID, access.CodeNoInvitation},
		{"resend after use", resend(f), used.ID, access.CodeInvitationUsed},
		{"revoke after use", revoke(f), used.ID, access.CodeInvitationUsed},
		{"grant after use", grant(f), used.ID, access.CodeAlreadyHasAccess},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := f.rows()
			_, err := c.op(f.staff, c.p)
			wantUser(t, err, c.code)
			if f.rows() != before {
				t.Errorf("rows %+v → %+v", before, f.rows())
			}
		})
	}
	// The used link says so.
	if invs := f.invitations(used); len(invs) != 1 || invs[0].State != invitation.StateUSED {
		t.Errorf("used invitation: %+v", invs)
	}
	// After a revoke a new grant works.
	tok3 := f.grant(p)
	if v, _ := f.svc.Invitation(ctx, tok3); v.State != access.InvitationValid {
		t.Errorf("grant after revoke: %+v", v)
	}
}

func resend(f *fx) func(context.Context, string) (any, error) {
	return func(ctx context.Context, id string) (any, error) { return f.svc.Resend(ctx, id) }
}

func revoke(f *fx) func(context.Context, string) (any, error) {
	return func(ctx context.Context, id string) (any, error) { return f.svc.Revoke(ctx, id) }
}

func grant(f *fx) func(context.Context, string) (any, error) {
	return func(ctx context.Context, id string) (any, error) { return f.svc.Grant(ctx, id) }
}

// TestR4BirthDateCheck: wrong birth dates count down, the right one verifies; the
// registration needs the check first (and within the hour after it).
func TestR4BirthDateCheck(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	tok := f.grant(p)

	_, err := f.svc.CompleteRegistration(ctx, tok, "jan.jansen", pw1, auth.Meta{})
	wantUser(t, err, access.CodeBirthDateNotVerified)

	for i, c := range []struct {
		birth    date.Date
		code     apperr.UserCode
		verified bool
		left     int
	}{
		{date.New(1985, 3, 18), access.CodeWrongBirthDate, false, 2},
		{date.New(1985, 3, 16), access.CodeWrongBirthDate, false, 1},
		{birth, "", true, 1},
	} {
		res, err := f.svc.VerifyInvitation(ctx, tok, c.birth)
		if c.code == "" {
			must(t, err)
		} else {
			wantUser(t, err, c.code)
		}
		if res == nil || res.Verified != c.verified || res.AttemptsLeft != c.left {
			t.Errorf("attempt %d: %+v, want verified=%v left=%d", i+1, res, c.verified, c.left)
		}
	}
	if v, _ := f.svc.Invitation(ctx, tok); v.State != access.InvitationValid || !v.Verified {
		t.Errorf("after the right birth date: %+v", v)
	}

	// The registration must follow within the hour.
	f.clk.Advance(access.VerificationWindow + time.Second)
	_, err = f.svc.CompleteRegistration(ctx, tok, "jan.jansen", pw1, auth.Meta{})
	wantUser(t, err, access.CodeBirthDateNotVerified)
	_, err = f.svc.VerifyInvitation(ctx, tok, birth)
	must(t, err)
	_, err = f.svc.CompleteRegistration(ctx, tok, "jan.jansen", pw1, auth.Meta{})
	must(t, err)
}

// TestR4ThreeWrongBirthDatesBurnTheLink: the third wrong birth date burns the link
// (INVITATION_LOCKED, REVOKED for BIRTH_DATE_ATTEMPTS), the status falls back to NONE,
// the burn is audited, even the right birth date no longer helps, and staff can invite
// again.
func TestR4ThreeWrongBirthDatesBurnTheLink(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	tok := f.grant(p)
	wrong := date.New(1990, 1, 1)
	for i := 1; i <= 2; i++ {
		_, err := f.svc.VerifyInvitation(ctx, tok, wrong)
		wantUser(t, err, access.CodeWrongBirthDate)
	}
	res, err := f.svc.VerifyInvitation(ctx, tok, wrong)
	wantUser(t, err, access.CodeInvitationLocked)
	if res == nil || res.Verified || res.AttemptsLeft != 0 {
		t.Errorf("third wrong answer: %+v", res)
	}
	v, err := f.svc.Invitation(ctx, tok)
	must(t, err)
	if v.State != access.InvitationRevoked || v.RevokeReason != "BIRTH_DATE_ATTEMPTS" {
		t.Errorf("burned link: %+v", v)
	}
	if f.status(p) != status.None {
		t.Errorf("status %s, want NONE", f.status(p))
	}
	if n := f.audits(string(audit.InvitationBurned), p); n != 1 {
		t.Errorf("%d INVITATION_BURNED events, want 1", n)
	}
	_, err = f.svc.VerifyInvitation(ctx, tok, birth)
	wantUser(t, err, access.CodeInvitationLocked)
	_, err = f.svc.CompleteRegistration(ctx, tok, "jan.jansen", pw1, auth.Meta{})
	wantUser(t, err, access.CodeInvitationLocked)
	if n := f.audits(string(audit.InvitationBurned), p); n != 1 {
		t.Errorf("%d INVITATION_BURNED events after more tries, want 1", n)
	}
	// Only a new invitation helps.
	tok2 := f.grant(p)
	if r, err := f.svc.VerifyInvitation(ctx, tok2, birth); err != nil || !r.Verified || r.AttemptsLeft != 3 {
		t.Errorf("new link: %+v %v", r, err)
	}
}

// TestR4CompleteRegistration: usernames are unique ignoring case and follow the rules,
// weak passwords are refused with a PASSWORD_* code (changing nothing), and success
// signs the person in as an EMPLOYEE of that person: the account is ACTIVE with the
// registered e-mail and a first login, and the link is USED.
func TestR4CompleteRegistration(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	first := f.person(f.A2, "Eerste", "Jan", "eerste@example.nl", false)
	f.register(first, "jan.jansen", pw2)

	p := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	f.employment(p, true) // a second, ended employment: one account covers both (R18)
	tok := f.grant(p)
	_, err := f.svc.VerifyInvitation(ctx, tok, birth)
	must(t, err)

	for _, c := range []struct {
		name, username, password string
		code                     apperr.UserCode
	}{
		{"username taken ignoring case", "Jan.Jansen", pw1, access.CodeUsernameTaken},
		{"username taken upper case", "JAN.JANSEN", pw1, access.CodeUsernameTaken},
		{"username too short", "jj", pw1, access.CodeUsernameInvalid},
		{"username with a space", "jan jansen", pw1, access.CodeUsernameInvalid},
		{"username too long", strings.Repeat("j", 65), pw1, access.CodeUsernameInvalid},
		{"password too short", "jan.j", "kort1!", "PASSWORD_TOO_SHORT"},
		{"password too long", "jan.j", strings.Repeat("Ab1!", 33), "PASSWORD_TOO_LONG"},
		{"password common", "jan.j", "wachtwoord123", "PASSWORD_"},
		{"password with own name", "jan.j", "JanJansen1985", "PASSWORD_"},
		{"password of one repeated character", "jan.j", "aaaaaaaaaaaa", "PASSWORD_"},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := f.rows()
			_, err := f.svc.CompleteRegistration(ctx, tok, c.username, c.password, auth.Meta{})
			if got := userCode(t, err); !strings.HasPrefix(string(got), string(c.code)) {
				t.Errorf("code %s, want %s", got, c.code)
			}
			if f.rows() != before {
				t.Errorf("rows %+v → %+v", before, f.rows())
			}
		})
	}
	if v, _ := f.svc.Invitation(ctx, tok); v.State != access.InvitationValid {
		t.Fatalf("refusals changed the link: %+v", v)
	}

	tt, err := f.svc.CompleteRegistration(ctx, tok, "Jan.J", pw1, auth.Meta{UserAgent: "test"})
	must(t, err)
	acc := f.account(p)
	pr := tt.Principal
	if pr.Kind != viewer.KindEmployee || pr.PersonID != p.ID || pr.EmployerID != f.A1.ID || pr.ID != acc.ID ||
		pr.Scope != viewer.ScopePerson || pr.Username != "Jan.J" || pr.SessionID == "" {
		t.Errorf("principal %+v", pr)
	}
	if tt.AccessToken == "" || tt.RefreshToken == "" {
		t.Errorf("tokens %+v", tt)
	}
	got, err := f.auth.Authenticate(ctx, tt.AccessToken)
	must(t, err)
	if got.Kind != viewer.KindEmployee || got.PersonID != p.ID {
		t.Errorf("authenticated as %+v", got)
	}
	if acc.State != account.StateACTIVE || acc.Username == nil || *acc.Username != "Jan.J" ||
		acc.UsernameKey == nil || *acc.UsernameKey != "jan.j" ||
		acc.RegisteredEmail == nil || *acc.RegisteredEmail != "jan@example.nl" ||
		acc.FirstLoginAt == nil || !acc.FirstLoginAt.Equal(t0) || acc.InviteExpiresAt != nil || acc.PasswordHash == "" {
		t.Errorf("account %+v", acc)
	}
	if f.status(p) != status.Active {
		t.Errorf("status %s", f.status(p))
	}
	inv := f.invitationOf(tok)
	if inv.State != invitation.StateUSED || inv.UsedAt == nil {
		t.Errorf("invitation %s", inv.State)
	}
	if v, _ := f.svc.Invitation(ctx, tok); v.State != access.InvitationUsed {
		t.Errorf("link state %s", v.State)
	}
	_, err = f.svc.CompleteRegistration(ctx, tok, "jan.other", pw1, auth.Meta{})
	wantUser(t, err, access.CodeInvitationUsed)
	_, err = f.svc.VerifyInvitation(ctx, tok, birth)
	wantUser(t, err, access.CodeInvitationUsed)
	evs := f.auditEvents(p)
	var accepted int
	for _, e := range evs {
		if e.Action == string(audit.AccessAccepted) {
			accepted++
			if string(e.ActorKind) != string(viewer.KindEmployee) || e.ActorID != acc.ID {
				t.Errorf("ACCESS_ACCEPTED by %s %s", e.ActorKind, e.ActorID)
			}
		}
	}
	if accepted != 1 {
		t.Errorf("%d ACCESS_ACCEPTED events", accepted)
	}
	// The new employee signs in with the chosen credentials.
	if _, err := f.auth.LoginEmployee(ctx, "Jan.J", pw1, auth.Meta{}); err != nil {
		t.Errorf("login after registration: %v", err)
	}
}

// TestR4ParallelRegistrationOneLinkOneSuccess: 20 parallel registrations through one
// link, half of them with the same username: exactly one succeeds, the others get
// INVITATION_USED or USERNAME_TAKEN, and exactly one ACCESS_ACCEPTED is recorded.
func TestR4ParallelRegistrationOneLinkOneSuccess(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Race", "Conditie", "race@example.nl", false)
	tok := f.grant(p)
	_, err := f.svc.VerifyInvitation(ctx, tok, birth)
	must(t, err)

	const n = 20
	type result struct {
		username string
		tt       *auth.Tokens
		err      error
	}
	results := make(chan result, n)
	start := make(chan struct{})
	for i := range n {
		u := "race.user"
		if i%2 == 1 {
			u = "race.user." + string(rune('a'+i))
		}
		go func() {
			<-start
			tt, err := f.svc.CompleteRegistration(ctx, tok, u, pw1, auth.Meta{})
			results <- result{u, tt, err}
		}()
	}
	close(start)
	var wins []result
	for range n {
		r := <-results
		if r.err == nil {
			wins = append(wins, r)
			continue
		}
		if code := userCode(t, r.err); code != access.CodeInvitationUsed && code != access.CodeUsernameTaken {
			t.Errorf("loser %s: %v", r.username, r.err)
		}
	}
	if len(wins) != 1 {
		t.Fatalf("%d registrations succeeded, want exactly 1", len(wins))
	}
	acc := f.account(p)
	if acc.State != account.StateACTIVE || *acc.Username != wins[0].username {
		t.Errorf("account %s %v, winner %s", acc.State, acc.Username, wins[0].username)
	}
	if n := f.audits(string(audit.AccessAccepted), nil); n != 1 {
		t.Errorf("%d ACCESS_ACCEPTED events, want 1", n)
	}
	if n := f.liveSessions(acc); n != 1 {
		t.Errorf("%d sessions, want 1", n)
	}
	if _, err := f.auth.Authenticate(ctx, wins[0].tt.AccessToken); err != nil {
		t.Errorf("the winner's session: %v", err)
	}
}

// TestR6BlockAndUnblock: blocking ends a live session at its next request, revokes a
// pending reset link, queues the block mail and refuses sign-in; unblocking restores
// the same username and password (old sessions stay dead) with the unblock mail.
// Blocking an invited account revokes its link; unblocking it gives NONE.
func TestR6BlockAndUnblock(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Bert", "Blok", "bert@example.nl", false)
	reg := f.register(p, "bert.blok", pw1)
	acc := f.account(p)
	extra, err := f.auth.StartEmployeeSession(ctx, acc, p, auth.Meta{})
	must(t, err)
	for _, tok := range []string{reg.AccessToken, extra.AccessToken} {
		if _, err := f.auth.Authenticate(ctx, tok); err != nil {
			t.Fatalf("live session before the block: %v", err)
		}
	}
	must(t, f.svc.RequestPasswordReset(ctx, "bert.blok", "nl"))
	resetTok := tokenIn(t, resetLink, f.mails(outboxmail.KindPASSWORD_RESET, "bert@example.nl")[0].TextBody)

	_, err = f.svc.Block(f.staff, p.ID)
	must(t, err)
	if f.status(p) != status.Blocked || f.account(p).BlockedAt == nil {
		t.Errorf("status %s", f.status(p))
	}
	for _, tok := range []string{reg.AccessToken, extra.AccessToken} {
		_, err := f.auth.Authenticate(ctx, tok)
		wantApp(t, err, apperr.Unauthenticated)
	}
	if _, err := f.auth.Refresh(ctx, reg.RefreshToken); err == nil {
		t.Error("the refresh token outlived the block")
	}
	if f.liveSessions(acc) != 0 {
		t.Errorf("%d live sessions after the block", f.liveSessions(acc))
	}
	if st, _ := f.svc.PasswordResetState(ctx, resetTok); st != access.ResetInvalid {
		t.Errorf("reset link after the block: %s", st)
	}
	_, err = f.svc.ResetPassword(ctx, resetTok, pw2, auth.Meta{})
	wantUser(t, err, access.CodeResetLinkInvalid)
	if ms := f.mails(outboxmail.KindACCESS_BLOCKED, "bert@example.nl"); len(ms) != 1 {
		t.Errorf("%d ACCESS_BLOCKED mails", len(ms))
	}
	_, err = f.auth.LoginEmployee(ctx, "bert.blok", pw1, auth.Meta{})
	wantUser(t, err, "INVALID_CREDENTIALS")
	_, err = f.svc.Block(f.staff, p.ID)
	wantUser(t, err, access.CodeAlreadyBlocked)
	_, err = f.svc.Grant(f.staff, p.ID)
	wantUser(t, err, access.CodeAccountBlocked)
	// Requests for recovery mails do nothing for a blocked account.
	before := f.rows()
	must(t, f.svc.RequestPasswordReset(ctx, "bert.blok", "nl"))
	must(t, f.svc.RequestUsername(ctx, "bert@example.nl", "nl"))
	if f.rows() != before {
		t.Errorf("recovery for a blocked account wrote rows")
	}

	_, err = f.svc.Unblock(f.staff, p.ID)
	must(t, err)
	if a := f.account(p); f.status(p) != status.Active || a.BlockedAt != nil || *a.Username != "bert.blok" {
		t.Errorf("after unblock: %s %+v", f.status(p), a)
	}
	ms := f.mails(outboxmail.KindACCESS_UNBLOCKED, "bert@example.nl")
	if len(ms) != 1 || !strings.Contains(ms[0].TextBody, "bert.blok") {
		t.Errorf("ACCESS_UNBLOCKED mails: %d", len(ms))
	}
	for _, tok := range []string{reg.AccessToken, extra.AccessToken} {
		_, err := f.auth.Authenticate(ctx, tok)
		wantApp(t, err, apperr.Unauthenticated)
	}
	tt, err := f.auth.LoginEmployee(ctx, "bert.blok", pw1, auth.Meta{})
	must(t, err)
	if _, err := f.auth.Authenticate(ctx, tt.AccessToken); err != nil {
		t.Errorf("new session after unblock: %v", err)
	}
	_, err = f.svc.Unblock(f.staff, p.ID)
	wantUser(t, err, access.CodeNotBlocked)
	if f.audits(string(audit.AccessBlocked), p) != 1 || f.audits(string(audit.AccessUnblocked), p) != 1 {
		t.Errorf("audit: %d blocked, %d unblocked", f.audits(string(audit.AccessBlocked), p), f.audits(string(audit.AccessUnblocked), p))
	}

	// An invited account: the block revokes the link; unblocking gives NONE, no mail.
	q := f.person(f.A1, "Ingrid", "Nodigd", "ingrid@example.nl", false)
	tok := f.grant(q)
	_, err = f.svc.Block(f.staff, q.ID)
	must(t, err)
	v, err := f.svc.Invitation(ctx, tok)
	must(t, err)
	if v.State != access.InvitationRevoked || v.RevokeReason != "BLOCKED" {
		t.Errorf("invitation after block: %+v", v)
	}
	_, err = f.svc.VerifyInvitation(ctx, tok, birth)
	wantUser(t, err, access.CodeInvitationRevoked)
	_, err = f.svc.Unblock(f.staff, q.ID)
	must(t, err)
	if f.status(q) != status.None {
		t.Errorf("unblocked never-registered account: %s, want NONE", f.status(q))
	}
	if n := len(f.mails(outboxmail.KindACCESS_UNBLOCKED, "ingrid@example.nl")); n != 0 {
		t.Errorf("%d unblock mails to an account that never registered", n)
	}
	f.grant(q) // a new invitation can be sent

	// Nothing to block.
	none := f.person(f.A1, "Geen", "Toegang", "geen@example.nl", false)
	_, err = f.svc.Block(f.staff, none.ID)
	wantUser(t, err, access.CodeNoAccess)
	_, err = f.svc.Unblock(f.staff, none.ID)
	wantUser(t, err, access.CodeNotBlocked)
}

// TestR8EndingEmploymentKeepsAccess: an end date on the employment changes nothing
// about the account: same status, session alive, sign-in works.
func TestR8EndingEmploymentKeepsAccess(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	p := f.person(f.A1, "Uit", "Dienst", "uit@example.nl", false)
	tt := f.register(p, "uit.dienst", pw1)
	before := f.account(p)
	rowsBefore := f.rows()

	emp := p.QueryEmployments().OnlyX(f.sys)
	f.c.Employment.UpdateOne(emp).SetEndDate(date.New(2026, 10, 31)).ExecX(f.sys)

	after := f.account(p)
	if after.State != before.State || f.status(p) != status.Active || after.BlockedAt != nil {
		t.Errorf("account changed: %s → %s", before.State, after.State)
	}
	if f.rows() != rowsBefore {
		t.Errorf("rows %+v → %+v", rowsBefore, f.rows())
	}
	if _, err := f.auth.Authenticate(ctx, tt.AccessToken); err != nil {
		t.Errorf("session after leaving: %v", err)
	}
	if _, err := f.auth.LoginEmployee(ctx, "uit.dienst", pw1, auth.Meta{}); err != nil {
		t.Errorf("login after leaving: %v", err)
	}
}

// TestR9SendUsername: offered only for an account with access that signed in at least
// once; then the USERNAME mail carries the username.
func TestR9SendUsername(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	// An account that has access but never signed in (e.g. carried over from an older
	// system): the password is set, the first login is not.
	p := f.person(f.A1, "Nooit", "Ingelogd", "nooit@example.nl", false)
	f.w.Account(p, "Nooit.Ingelogd", testworld.PasswordHash(t, pw1)) // registered with nooit@example.nl
	invited := f.person(f.A1, "Wel", "Uitgenodigd", "wel@example.nl", false)
	f.grant(invited)
	none := f.person(f.A1, "Geen", "Account", "geen@example.nl", false)

	for _, c := range []struct {
		name string
		p    string
	}{{"never signed in", p.ID}, {"only invited", invited.ID}, {"no account", none.ID}} {
		t.Run(c.name, func(t *testing.T) {
			before := f.rows()
			_, err := f.svc.SendUsername(f.staff, c.p)
			wantUser(t, err, access.CodeUsernameNotAvailable)
			if f.rows() != before {
				t.Errorf("rows %+v → %+v", before, f.rows())
			}
		})
	}

	if _, err := f.auth.LoginEmployee(ctx, "Nooit.Ingelogd", pw1, auth.Meta{}); err != nil {
		t.Fatalf("first login: %v", err)
	}
	if a := f.account(p); a.FirstLoginAt == nil || a.LastLoginAt == nil {
		t.Fatalf("login did not record the first login: %+v", a)
	}
	_, err := f.svc.SendUsername(f.staff, p.ID)
	must(t, err)
	ms := f.mails(outboxmail.KindUSERNAME, "nooit@example.nl")
	if len(ms) != 1 || !strings.Contains(ms[0].TextBody, "Nooit.Ingelogd") || !strings.Contains(ms[0].HTMLBody, "Nooit.Ingelogd") {
		t.Fatalf("USERNAME mails: %+v", ms)
	}
	if n := f.audits(string(audit.UsernameSent), p); n != 1 {
		t.Errorf("%d USERNAME_SENT events", n)
	}
	// Blocked: no longer offered.
	_, err = f.svc.Block(f.staff, p.ID)
	must(t, err)
	_, err = f.svc.SendUsername(f.staff, p.ID)
	wantUser(t, err, access.CodeUsernameNotAvailable)
}

// TestRightsAndTenants: every staff change needs MANAGE_PORTAL_ACCESS, and a person of
// another employer or provider is NOT_FOUND, with nothing written.
func TestRightsAndTenants(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Jan", "Jansen", "jan@example.nl", false)
	ops := map[string]func(context.Context, string) (any, error){
		"grant": grant(f), "resend": resend(f), "revoke": revoke(f),
		"block":    func(ctx context.Context, id string) (any, error) { return f.svc.Block(ctx, id) },
		"unblock":  func(ctx context.Context, id string) (any, error) { return f.svc.Unblock(ctx, id) },
		"username": func(ctx context.Context, id string) (any, error) { return f.svc.SendUsername(ctx, id) },
	}
	callers := []struct {
		name string
		ctx  context.Context
		want apperr.Code
	}{
		{"anonymous", context.Background(), apperr.Unauthenticated},
		{"without MANAGE_PORTAL_ACCESS", providerStaff(f.P, "usr_x", without(viewer.ManagePortalAccess)...), apperr.Forbidden},
		{"employer user of A2", employerStaff(f.A2, "usr_a2", viewer.AllRights...), apperr.NotFound},
		{"provider user of Q", providerStaff(f.Q, "usr_q", viewer.AllRights...), apperr.NotFound},
		{"an employee", testworld.Employee(f.A1, "acc_x", p.ID), apperr.Forbidden},
	}
	before := f.rows()
	for name, op := range ops {
		for _, c := range callers {
			t.Run(name+" by "+c.name, func(t *testing.T) {
				_, err := op(c.ctx, p.ID)
				wantApp(t, err, c.want)
			})
		}
	}
	if f.rows() != before {
		t.Errorf("refused changes wrote rows: %+v → %+v", before, f.rows())
	}
	// An employer user of A1 may.
	if _, err := f.svc.Grant(employerStaff(f.A1, "usr_a1", viewer.AllRights...), p.ID); err != nil {
		t.Errorf("employer user of A1: %v", err)
	}
}
