package app_test

import (
	"context"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/httpapi"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The portal-access lifecycle through the real HTTP handler (R1–R14, R27).

const (
	empPassword  = "Tq8#vLm2!xRp9zWk"
	empPassword2 = "Hj4%nBc7&yUe3sQd"

	grantQ    = `mutation($p:ID!){grantAccess(input:{personId:$p}){person{id account{status}} userErrors{code}}}`
	blockQ    = `mutation($p:ID!){blockAccess(input:{personId:$p}){person{id account{status}} userErrors{code}}}`
	inviteQ   = `query($t:String!){invitation(token:$t){state employerName revokeReason birthDateVerified}}`
	verifyQ   = `mutation($t:String!,$b:Date!){verifyInvitation(input:{token:$t,birthDate:$b}){verified attemptsLeft userErrors{code}}}`
	completeQ = `mutation($t:String!,$u:String!,$p:String!){completeRegistration(input:{token:$t,username:$u,password:$p}){
		accessToken accessTokenExpiresAt viewer{id kind scope username} userErrors{field code message}}}`
	empLoginQ = `mutation($u:String!,$p:String!){employeeLogin(input:{username:$u,password:$p}){
		accessToken accessTokenExpiresAt viewer{id kind} userErrors{field code message}}}`
	meQ     = `{me{person{id fullName} employments{employeeNumber} account{username status}}}`
	auditsQ = `query($p:ID!){auditEvents(personId:$p,first:50){totalCount edges{node{action actorKind actorID createdAt}}}}`
)

// bearer is the Authorization header of a token ("" for none).
func bearer(tok string) string {
	if tok == "" {
		return ""
	}
	return "Bearer " + tok
}

// call posts a GraphQL request with an optional token and keeps the response headers.
func (e *env) call(tok, query string, vars map[string]any) staffCall {
	e.t.Helper()
	return e.staffPost(http.DefaultClient, bearer(tok), "", query, vars)
}

// outbox returns the queued mails of kind k to addr, newest first, read as the system.
func (e *env) outbox(k mail.Kind, addr string) []*ent.OutboxMail {
	e.t.Helper()
	ms, err := mail.Recent(context.Background(), e.st.Client, addr, 100)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*ent.OutboxMail
	for _, m := range ms {
		if m.Kind == outboxmail.Kind(k) {
			out = append(out, m)
		}
	}
	return out
}

var linkToken = regexp.MustCompile(regexp.QuoteMeta(access.PathInvitation+"#") + `([A-Za-z0-9_-]{20,})`)

// tokenOf returns the token after the # of the invitation link in text.
func tokenOf(t *testing.T, text string) string {
	t.Helper()
	m := linkToken.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no invitation link in:\n%s", text)
	}
	return m[1]
}

func noUserErrors(t *testing.T, what string, r gqlResponse, path ...any) {
	t.Helper()
	if len(r.Errors) != 0 {
		t.Fatalf("%s: errors %s", what, r.Raw)
	}
	if ues, _ := dig(r.Data, append(path, "userErrors")...).([]any); len(ues) != 0 {
		t.Fatalf("%s: userErrors %s", what, r.Raw)
	}
}

// grantAndMailedToken grants p access as the staff token and returns the link token
// of the queued access mail.
func (e *env) grantAndMailedToken(staffTok string, p *ent.Person) string {
	e.t.Helper()
	r := e.gql(staffTok, grantQ, map[string]any{"p": p.ID})
	noUserErrors(e.t, "grantAccess", r, "grantAccess")
	if st := dig(r.Data, "grantAccess", "person", "account", "status"); st != "INVITED" {
		e.t.Fatalf("grantAccess: status %v: %s", st, r.Raw)
	}
	ms := e.outbox(mail.Invitation, *p.Email)
	if len(ms) == 0 {
		e.t.Fatalf("no INVITATION mail to %s", *p.Email)
	}
	return tokenOf(e.t, ms[0].TextBody)
}

// registerEmployee takes p from grant to a signed-in employee through the API and
// returns the employee's access token.
func (e *env) registerEmployee(staffTok string, p *ent.Person, username string) string {
	e.t.Helper()
	tok := e.grantAndMailedToken(staffTok, p)
	r := e.gql("", verifyQ, map[string]any{"t": tok, "b": p.BirthDate.String()})
	noUserErrors(e.t, "verifyInvitation", r, "verifyInvitation")
	c := e.call("", completeQ, map[string]any{"t": tok, "u": username, "p": empPassword})
	noUserErrors(e.t, "completeRegistration", c.gqlResponse, "completeRegistration")
	at, _ := dig(c.Data, "completeRegistration", "accessToken").(string)
	if at == "" {
		e.t.Fatalf("completeRegistration: %s", c.Raw)
	}
	return at
}

func employeeCookie(t *testing.T, h http.Header) *http.Cookie {
	t.Helper()
	for _, line := range h.Values("Set-Cookie") {
		ck, err := http.ParseSetCookie(line)
		if err != nil {
			t.Fatalf("bad Set-Cookie %q: %v", line, err)
		}
		if ck.Name == httpapi.EmployeeRefreshCookie {
			return ck
		}
	}
	return nil
}

// TestAccessJourneyAPI (R2, R4, R6, R18, R27): grant → access mail → invitation(token)
// → verifyInvitation → completeRegistration (cookie, EMPLOYEE viewer) → me → what an
// employee may not read → the audit trail newest first, invisible to another employer →
// blockAccess → the employee's next request is 401.
func TestAccessJourneyAPI(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	staff := e.login(f.EmployerUserA1)
	p := f.PersonsA1[40]
	// A second, older employment: one login covers both (R18).
	e.st.Client.Employment.Create().SetPersonID(p.ID).
		SetEmployeeNumber(1041).SetStartDate(date.New(2015, 1, 1)).SetEndDate(date.New(2019, 12, 31)).
		ExecX(viewer.System(context.Background()))

	tok := e.grantAndMailedToken(staff, p)
	ms := e.outbox(mail.Invitation, *p.Email)
	if len(ms) != 1 || !strings.Contains(ms[0].HTMLBody, tok) {
		t.Fatalf("%d access mails, or the HTML lacks the link", len(ms))
	}
	// R2: the link is valid for 96 hours from when it was sent, both by the injected clock.
	r0 := e.gql(staff, `query($p:ID!){node(id:$p){... on Person{account{invitation{sentAt expiresAt}}}}}`, map[string]any{"p": p.ID})
	if got, want := dig(r0.Data, "node", "account", "invitation", "sentAt"), e.clk.Now().Format(time.RFC3339); got != want {
		t.Errorf("invitation sentAt = %v, want the clock's now %s (%s)", got, want, r0.Raw)
	}
	if got, want := dig(r0.Data, "node", "account", "invitation", "expiresAt"), e.clk.Now().Add(96*time.Hour).Format(time.RFC3339); got != want {
		t.Errorf("invitation expiresAt = %v, want %s", got, want)
	}

	r := e.gql("", inviteQ, map[string]any{"t": tok})
	if dig(r.Data, "invitation", "state") != "VALID" || dig(r.Data, "invitation", "employerName") != f.A1.Name ||
		dig(r.Data, "invitation", "birthDateVerified") != false {
		t.Fatalf("invitation: %s", r.Raw)
	}
	r = e.gql("", inviteQ, map[string]any{"t": "onbekend-token"})
	if dig(r.Data, "invitation") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
		t.Errorf("unknown token: %s", r.Raw)
	}

	r = e.gql("", verifyQ, map[string]any{"t": tok, "b": "1999-01-01"})
	if dig(r.Data, "verifyInvitation", "verified") != false || dig(r.Data, "verifyInvitation", "attemptsLeft") != float64(2) ||
		dig(r.Data, "verifyInvitation", "userErrors", 0, "code") != "WRONG_BIRTH_DATE" {
		t.Errorf("wrong birth date: %s", r.Raw)
	}
	c := e.call("", completeQ, map[string]any{"t": tok, "u": "anna.eenenveertig", "p": empPassword})
	if dig(c.Data, "completeRegistration", "userErrors", 0, "code") != "BIRTH_DATE_NOT_VERIFIED" || employeeCookie(t, c.header) != nil {
		t.Errorf("registration before the birth date: %s", c.Raw)
	}
	r = e.gql("", verifyQ, map[string]any{"t": tok, "b": p.BirthDate.String()})
	noUserErrors(t, "verifyInvitation", r, "verifyInvitation")
	if dig(r.Data, "verifyInvitation", "verified") != true {
		t.Fatalf("right birth date: %s", r.Raw)
	}

	c = e.call("", completeQ, map[string]any{"t": tok, "u": "anna.eenenveertig", "p": empPassword})
	noUserErrors(t, "completeRegistration", c.gqlResponse, "completeRegistration")
	emp, _ := dig(c.Data, "completeRegistration", "accessToken").(string)
	if emp == "" || dig(c.Data, "completeRegistration", "viewer", "kind") != "EMPLOYEE" ||
		dig(c.Data, "completeRegistration", "viewer", "scope") != "PERSON" ||
		dig(c.Data, "completeRegistration", "viewer", "username") != "anna.eenenveertig" {
		t.Fatalf("completeRegistration: %s", c.Raw)
	}
	if ck := employeeCookie(t, c.header); ck == nil || ck.Value == "" || !ck.HttpOnly || ck.Path != "/graphql" {
		t.Errorf("no httpOnly %s cookie: %v", httpapi.EmployeeRefreshCookie, c.header.Values("Set-Cookie"))
	}
	r = e.gql("", inviteQ, map[string]any{"t": tok})
	if dig(r.Data, "invitation", "state") != "USED" {
		t.Errorf("used link: %s", r.Raw)
	}

	r = e.gql(emp, meQ, nil)
	if len(r.Errors) != 0 || dig(r.Data, "me", "person", "fullName") != "Anna Persoon41" ||
		dig(r.Data, "me", "person", "id") != p.ID || dig(r.Data, "me", "account", "status") != "ACTIVE" {
		t.Fatalf("me: %s", r.Raw)
	}
	var numbers []float64
	for _, em := range dig(r.Data, "me", "employments").([]any) {
		numbers = append(numbers, dig(em, "employeeNumber").(float64))
	}
	if !slices.Equal(numbers, []float64{41, 1041}) {
		t.Errorf("me.employments %v, want both, newest first", numbers)
	}

	// What an employee may not read.
	for _, c := range []struct {
		name, query string
		vars        map[string]any
		code        string
	}{
		{"another person", `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": f.PersonsA1[39].ID}, "NOT_FOUND"},
		{"a person of another employer", `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": f.PersonA2.ID}, "NOT_FOUND"},
		{"employers", `{employers{totalCount}}`, nil, "FORBIDDEN"},
		{"audit trail", auditsQ, map[string]any{"p": p.ID}, "FORBIDDEN"},
		{"staff mutation", grantQ, map[string]any{"p": f.PersonsA1[39].ID}, "FORBIDDEN"},
	} {
		r := e.gql(emp, c.query, c.vars)
		if !slices.Contains(r.codes(), c.code) {
			t.Errorf("employee reads %s: %s", c.name, r.Raw)
		}
	}
	if n := e.count(e.st.Client.Account.Query()); n != 32 {
		t.Errorf("%d accounts, the employee's staff mutation changed something", n)
	}

	r = e.gql(staff, blockQ, map[string]any{"p": p.ID})
	noUserErrors(t, "blockAccess", r, "blockAccess")
	if dig(r.Data, "blockAccess", "person", "account", "status") != "BLOCKED" {
		t.Fatalf("blockAccess: %s", r.Raw)
	}
	r = e.gql(emp, meQ, nil)
	if r.Status != http.StatusUnauthorized || !slices.Equal(r.codes(), []string{"UNAUTHENTICATED"}) {
		t.Errorf("employee after the block: %d %s", r.Status, r.Raw)
	}
	if ms := e.outbox(mail.AccessBlocked, *p.Email); len(ms) != 1 {
		t.Errorf("%d block mails", len(ms))
	}

	// The trail of the journey, newest first; another employer's user sees none of it.
	r = e.gql(staff, auditsQ, map[string]any{"p": p.ID})
	if len(r.Errors) != 0 {
		t.Fatalf("auditEvents: %s", r.Raw)
	}
	var actions []string
	var prev time.Time
	for i, ed := range dig(r.Data, "auditEvents", "edges").([]any) {
		actions = append(actions, dig(ed, "node", "action").(string))
		at, err := time.Parse(time.RFC3339Nano, dig(ed, "node", "createdAt").(string))
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 && at.After(prev) {
			t.Errorf("auditEvents not newest first: %s", r.Raw)
		}
		prev = at
	}
	// The employee opened the link before registering: the funnel's INVITATION_OPENED.
	if want := []string{"ACCESS_BLOCKED", "ACCESS_ACCEPTED", "INVITATION_OPENED", "ACCESS_GRANTED"}; !slices.Equal(actions, want) {
		t.Errorf("trail %v, want %v", actions, want)
	}
	if dig(r.Data, "auditEvents", "edges", 1, "node", "actorKind") != "EMPLOYEE" ||
		dig(r.Data, "auditEvents", "edges", 0, "node", "actorKind") != "STAFF_USER" ||
		dig(r.Data, "auditEvents", "edges", 0, "node", "actorID") != f.EmployerUserA1ID {
		t.Errorf("actors: %s", r.Raw)
	}
	// Unblocking restores the same credentials (R6); the old session stays dead.
	r = e.gql(staff, `mutation($p:ID!){unblockAccess(input:{personId:$p}){person{account{status}} userErrors{code}}}`, map[string]any{"p": p.ID})
	noUserErrors(t, "unblockAccess", r, "unblockAccess")
	if dig(r.Data, "unblockAccess", "person", "account", "status") != "ACTIVE" {
		t.Fatalf("unblockAccess: %s", r.Raw)
	}
	if r = e.gql(emp, meQ, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("the session from before the block works again: %d %s", r.Status, r.Raw)
	}
	c = e.call("", empLoginQ, map[string]any{"u": "anna.eenenveertig", "p": empPassword})
	noUserErrors(t, "employeeLogin", c.gqlResponse, "employeeLogin")
	emp2, _ := dig(c.Data, "employeeLogin", "accessToken").(string)
	if r = e.gql(emp2, meQ, nil); dig(r.Data, "me", "person", "id") != p.ID {
		t.Errorf("me after unblock: %s", r.Raw)
	}
	if ms := e.outbox(mail.AccessUnblocked, *p.Email); len(ms) != 1 || !strings.Contains(ms[0].TextBody, "anna.eenenveertig") {
		t.Errorf("%d unblock mails", len(ms))
	}

	r = e.gql(staff, `query($p:ID!){auditEvents(personId:$p,actions:["ACCESS_GRANTED"]){totalCount}}`, map[string]any{"p": p.ID})
	if dig(r.Data, "auditEvents", "totalCount") != float64(1) {
		t.Errorf("filter by action: %s", r.Raw)
	}
	for _, other := range []string{f.EmployerUserA2, f.ProviderUserP2} {
		r = e.gql(e.login(other), auditsQ, map[string]any{"p": p.ID})
		if len(r.Errors) != 0 || dig(r.Data, "auditEvents", "totalCount") != float64(0) {
			t.Errorf("%s sees the trail: %s", other, r.Raw)
		}
	}
}

// TestEmployeeLoginFailuresLookAlikeAPI (R13): unknown username, wrong password, wrong
// case, a locked and a blocked account all get byte-identical employeeLogin answers and
// no cookie; the right credentials work.
func TestEmployeeLoginFailuresLookAlikeAPI(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	staff := e.login(f.EmployerUserA1)
	e.registerEmployee(staff, f.PersonsA1[41], "Anna.Tweeenveertig")
	e.registerEmployee(staff, f.PersonsA1[42], "anna.drieenveertig")
	e.registerEmployee(staff, f.PersonsA1[43], "anna.vierenveertig")

	c := e.call("", empLoginQ, map[string]any{"u": "Anna.Tweeenveertig", "p": empPassword})
	noUserErrors(t, "employeeLogin", c.gqlResponse, "employeeLogin")
	if dig(c.Data, "employeeLogin", "viewer", "kind") != "EMPLOYEE" || employeeCookie(t, c.header) == nil {
		t.Fatalf("right credentials: %s", c.Raw)
	}
	// Lock one account, block another.
	for range 3 {
		e.call("", empLoginQ, map[string]any{"u": "anna.drieenveertig", "p": "fout-wachtwoord"})
	}
	if r := e.gql(staff, blockQ, map[string]any{"p": f.PersonsA1[43].ID}); len(r.Errors) != 0 {
		t.Fatal(r.Raw)
	}

	var first string
	for _, c := range []struct{ name, u, p string }{
		{"unknown username", "niemand.bekend", empPassword},
		{"wrong password", "Anna.Tweeenveertig", empPassword2},
		{"username in other case", "anna.tweeenveertig", empPassword},
		{"password in other case", "Anna.Tweeenveertig", strings.ToUpper(empPassword)},
		{"locked, right password", "anna.drieenveertig", empPassword},
		{"blocked, right password", "anna.vierenveertig", empPassword},
		{"empty", "", ""},
	} {
		res := e.call("", empLoginQ, map[string]any{"u": c.u, "p": c.p})
		if res.Status != http.StatusOK || dig(res.Data, "employeeLogin", "userErrors", 0, "code") != "INVALID_CREDENTIALS" {
			t.Errorf("%s: %d %s", c.name, res.Status, res.Raw)
		}
		if employeeCookie(t, res.header) != nil {
			t.Errorf("%s: a failed login sets a cookie", c.name)
		}
		if first == "" {
			first = res.Raw
		} else if res.Raw != first {
			t.Errorf("%s answers differently:\n%s\n%s", c.name, res.Raw, first)
		}
	}
	if ms := e.outbox(mail.AccountLocked, *f.PersonsA1[42].Email); len(ms) != 1 {
		t.Errorf("%d lockout mails", len(ms))
	}
}

// TestRecoveryAnswersLookAlikeAPI (R10, R11): requestPasswordReset and requestUsername
// answer byte-identically for known and unknown usernames and addresses; only the
// known ones get mail.
func TestRecoveryAnswersLookAlikeAPI(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	staff := e.login(f.EmployerUserA1)
	p := f.PersonsA1[44]
	e.registerEmployee(staff, p, "anna.vijfenveertig")

	for _, c := range []struct {
		name, query string
		known       map[string]any
		unknown     []map[string]any
		kind        mail.Kind
	}{
		{"requestPasswordReset", `mutation($v:String!){requestPasswordReset(input:{username:$v}){ok userErrors{code}}}`,
			map[string]any{"v": "anna.vijfenveertig"},
			[]map[string]any{{"v": "niemand.bekend"}, {"v": "Anna.Vijfenveertig"}}, mail.PasswordReset},
		{"requestUsername", `mutation($v:String!){requestUsername(input:{email:$v}){ok userErrors{code}}}`,
			map[string]any{"v": *p.Email},
			[]map[string]any{{"v": "niemand@example.nl"}}, mail.Username},
	} {
		t.Run(c.name, func(t *testing.T) {
			known := e.gql("", c.query, c.known)
			if dig(known.Data, c.name, "ok") != true {
				t.Fatalf("known: %s", known.Raw)
			}
			if ms := e.outbox(c.kind, *p.Email); len(ms) != 1 {
				t.Errorf("%d %s mails for the known one", len(ms), c.kind)
			}
			for _, u := range c.unknown {
				before := e.count(e.st.Client.OutboxMail.Query())
				res := e.gql("", c.query, u)
				if res.Raw != known.Raw {
					t.Errorf("unknown %v answers differently:\n%s\n%s", u, res.Raw, known.Raw)
				}
				if e.count(e.st.Client.OutboxMail.Query()) != before {
					t.Errorf("unknown %v queued mail", u)
				}
			}
		})
	}
}

// TestInvitationOverSMTPAPI (R2, R4): the access mail granted through the API goes out
// in a real SMTP conversation; the invitation link in the received text part and in the
// received HTML part is the same and lets the employee verify and register.
func TestInvitationOverSMTPAPI(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	staff := e.login(f.EmployerUserA1)
	p := f.PersonsA1[45]
	r := e.gql(staff, grantQ, map[string]any{"p": p.ID})
	noUserErrors(t, "grantAccess", r, "grantAccess")

	srv := testworld.StartSMTP(t, nil, nil)
	sender, err := mail.NewSMTPSender(mail.SMTPConfig{
		URL: "smtp://" + srv.Addr + "?tls=none", From: "noreply@werkportaal.test", Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	d := &mail.Dispatcher{Client: e.st.Client, DB: e.st.DB, Dialect: e.st.Dialect, Sender: sender, Clock: e.clk}
	sent, failed, err := d.RunOnce(context.Background())
	if err != nil || sent != 1 || failed != 0 {
		t.Fatalf("RunOnce: %d sent, %d failed, %v", sent, failed, err)
	}
	if ms := e.outbox(mail.Invitation, *p.Email); len(ms) != 1 || ms[0].Status != outboxmail.StatusSENT {
		t.Errorf("outbox row not SENT")
	}
	msgs := srv.Received()
	if len(msgs) != 1 {
		t.Fatalf("the server received %d mails", len(msgs))
	}
	m := testworld.ParseMail(t, msgs[0].Data)
	h, parts := m.Header, m.Parts
	if to := h.Get("To"); !strings.Contains(to, *p.Email) {
		t.Errorf("To: %q", to)
	}
	if !strings.Contains(m.Subject, f.A1.Name) {
		t.Errorf("Subject %q", m.Subject)
	}
	text, html := parts["text/plain"], parts["text/html"]
	if text == "" || html == "" {
		t.Fatalf("want a text and an HTML part, got %d parts", len(parts))
	}
	fromText := tokenOf(t, text)
	hrefs := regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(html, -1)
	var fromHTML string
	for _, m := range hrefs {
		if strings.Contains(m[1], access.PathInvitation+"#") {
			fromHTML = tokenOf(t, m[1])
		}
	}
	if fromHTML == "" || fromHTML != fromText {
		t.Fatalf("link in text %q, in HTML href %q", fromText, fromHTML)
	}

	r = e.gql("", verifyQ, map[string]any{"t": fromHTML, "b": p.BirthDate.String()})
	noUserErrors(t, "verifyInvitation", r, "verifyInvitation")
	if dig(r.Data, "verifyInvitation", "verified") != true {
		t.Fatalf("verify with the mailed token: %s", r.Raw)
	}
	c := e.call("", completeQ, map[string]any{"t": fromText, "u": "anna.smtp", "p": empPassword})
	noUserErrors(t, "completeRegistration", c.gqlResponse, "completeRegistration")
	emp, _ := dig(c.Data, "completeRegistration", "accessToken").(string)
	if r := e.gql(emp, meQ, nil); dig(r.Data, "me", "person", "id") != p.ID {
		t.Errorf("me after registering through the mailed link: %s", r.Raw)
	}
}
