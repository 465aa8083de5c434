package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// env is one Werkportaal behind a real HTTP server on a fresh database, with a fake
// clock and a statement counter on the database driver.
type env struct {
	t     *testing.T
	st    *store.Store
	app   *app.App
	srv   *httptest.Server
	clk   *clock.Fake
	stmts atomic.Int64
	// logged, when set, sees each statement's debug line (statement, transaction start
	// and commit) as the recording driver writes it.
	logged atomic.Pointer[func(string)]
	w      *testworld.World
	fx     fixtures
	// totp holds the second factor that login set up per username, and the last time
	// step it used, so the next login of the user uses a later one (R43: no replay).
	totp map[string]*totpUser
}

type totpUser struct {
	secret string
	step   int64
}

const testPassword = "Werkportaal-test-2026"

var testJWTKey = []byte("0123456789abcdef0123456789abcdef")

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, nil)
}

// newEnvWith is newEnv with the application's configuration adjusted by adjust.
func newEnvWith(t *testing.T, adjust func(*app.Config)) *env {
	t.Helper()
	e := &env{t: t, st: storetest.Open(t), clk: clock.NewFake(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))}
	// Count every statement that reaches the database (the SQL-recording driver).
	rec := dialect.DebugWithContext(e.st.Driver, func(_ context.Context, v ...any) {
		e.stmts.Add(1)
		if f := e.logged.Load(); f != nil {
			(*f)(fmt.Sprint(v...))
		}
	})
	e.st.Client = store.NewClient(rec)
	// The tests speak GraphQL directly as staff and employees; OnlyKnownDocuments is
	// tested on its own (persisted_api_test.go).
	cfg := app.Config{JWTKey: testJWTKey, AdHocQueries: true}
	if adjust != nil {
		adjust(&cfg)
	}
	a, err := app.New(e.st, e.clk, cfg)
	if err != nil {
		t.Fatal(err)
	}
	e.app = a
	e.srv = httptest.NewServer(a.Handler())
	t.Cleanup(e.srv.Close)
	e.w = testworld.On(t, e.st, e.clk.Now())
	e.fx = makeFixtures(t, e.w)
	return e
}

// fixtures: the shared test world (server/testworld), its provider A as P1 (addendum
// signed) with employers A1 and A2, its provider B as P2 (no addendum) with employer
// B1. Each employer has persons with employments; some have accounts. Staff users sign
// in with testPassword; the API client with APIClientSecret.
type fixtures struct {
	P1, P2              *ent.Provider
	A1, A2, B1          *ent.Employer
	PersonsA1           []*ent.Person
	PersonA2, PersonB1  *ent.Person
	EmploymentB1        *ent.Employment
	AccountA1           *ent.Account
	ProviderUser        string // P1, all rights
	EmployerUserA1      string // A1, all rights but VIEW_MIJNLOKET_EMAIL
	EmployerUserA1Email string // A1, all rights
	EmployerUserA2      string // A2, all rights
	ProviderUserP2      string // P2, all rights
	NoViewUserA1        string // A1, no VIEW_EMPLOYEES
	EmployerUserA1ID    string
	APIClientID         string
	APIClientSecret     string
}

func makeFixtures(t *testing.T, w *testworld.World) fixtures {
	t.Helper()
	c, ctx := w.Store.Client, w.Sys
	f := fixtures{P1: w.ProvA, P2: w.ProvB, A1: w.EmpA1, A2: w.EmpA2, B1: w.EmpB1}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mkPerson := func(e *ent.Employer, first, last, email string, number int) (*ent.Person, *ent.Employment) {
		p := w.Person(e, first, last, email, func(pc *ent.PersonCreate) { pc.SetBirthDate(date.New(1980, 5, number%28+1)) })
		return p, w.Employment(p, number, date.New(2020, 1, 1))
	}
	for i := 1; i <= 60; i++ {
		p, _ := mkPerson(f.A1, "Anna", "Persoon"+itoa(i), "anna"+itoa(i)+"@example.nl", i)
		f.PersonsA1 = append(f.PersonsA1, p)
	}
	f.PersonA2, _ = mkPerson(f.A2, "Tweede", "Werkgever", "tweede@example.nl", 1)
	f.PersonB1, f.EmploymentB1 = mkPerson(f.B1, "Geheim", "Anderprovider", "geheim@example.nl", 1)
	// Accounts for the first half of A1 persons, so every page row has an account.
	for i, p := range f.PersonsA1[:30] {
		a, err := c.Account.Create().SetPersonID(p.ID).
			SetState("ACTIVE").SetUsername("anna." + itoa(i)).SetUsernameKey("anna." + itoa(i)).
			SetRegisteredEmail("anna" + itoa(i) + "@privé.example").Save(ctx)
		must(err)
		if i == 0 {
			f.AccountA1 = a
		}
	}
	_, err := c.Account.Create().SetPersonID(f.PersonB1.ID).
		SetState("ACTIVE").SetUsername("geheim").SetUsernameKey("geheim").SetRegisteredEmail("geheim@privé.example").Save(ctx)
	must(err)

	hash := testworld.PasswordHash(t, testPassword)
	all, without := viewer.AllRights, testworld.Without
	f.ProviderUser = "p1-beheer"
	w.ProviderStaff(f.P1, f.ProviderUser, hash, all...)
	f.EmployerUserA1 = "a1-beheer"
	f.EmployerUserA1ID = w.EmployerStaff(f.A1, f.EmployerUserA1, hash, without(viewer.ViewMijnLoketEmail)...).ID
	f.EmployerUserA1Email = "a1-email"
	w.EmployerStaff(f.A1, f.EmployerUserA1Email, hash, all...)
	f.EmployerUserA2 = "a2-beheer"
	w.EmployerStaff(f.A2, f.EmployerUserA2, hash, all...)
	f.ProviderUserP2 = "p2-beheer"
	w.ProviderStaff(f.P2, f.ProviderUserP2, hash, all...)
	f.NoViewUserA1 = "a1-noview"
	w.EmployerStaff(f.A1, f.NoViewUserA1, hash, without(viewer.ViewEmployees)...)

	f.APIClientSecret = "integrator-secret-for-tests"
	secretHash := testworld.PasswordHash(t, f.APIClientSecret)
	cl := w.Integrator(f.P1, "Integrator", secretHash, all...)
	f.APIClientID = cl.ID
	return f
}

// gqlResponse is a GraphQL answer.
type gqlResponse struct {
	Status int
	Data   map[string]any
	Errors []gqlError
	Raw    string
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (r gqlResponse) codes() []string {
	var out []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		out = append(out, c)
	}
	return out
}

// login signs a staff user in through the API and returns the access token. A provider
// user sets up the second factor at the first login and gives a code after (R43).
func (e *env) login(username string) string {
	e.t.Helper()
	r := e.gql("", `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken secondFactor{token step} userErrors{code}}}`,
		map[string]any{"u": username, "p": testPassword})
	tok, _ := dig(r.Data, "login", "accessToken").(string)
	if ch, _ := dig(r.Data, "login", "secondFactor", "token").(string); ch != "" {
		tok = e.secondFactor(username, ch)
	}
	if tok == "" {
		e.t.Fatalf("login %s failed: %s", username, r.Raw)
	}
	return tok
}

// secondFactor completes a login's challenge: enrolment the first time, a code after.
// A code of a time step used already would be refused, so the clock moves on a step
// when needed.
func (e *env) secondFactor(username, challenge string) string {
	e.t.Helper()
	if e.totp == nil {
		e.totp = map[string]*totpUser{}
	}
	u := e.totp[username]
	if u == nil {
		r := e.gql("", `mutation($c:String!){startSecondFactorEnrolment(input:{challenge:$c}){secret userErrors{code}}}`, map[string]any{"c": challenge})
		secret, _ := dig(r.Data, "startSecondFactorEnrolment", "secret").(string)
		if secret == "" {
			e.t.Fatalf("enrolment of %s: %s", username, r.Raw)
		}
		u = &totpUser{secret: secret}
		e.totp[username] = u
		step := e.totpStep(u)
		r = e.gql("", `mutation($c:String!,$k:String!){confirmSecondFactorEnrolment(input:{challenge:$c,code:$k}){accessToken userErrors{code}}}`,
			map[string]any{"c": challenge, "k": e.totpCode(u.secret)})
		u.step = step
		tok, _ := dig(r.Data, "confirmSecondFactorEnrolment", "accessToken").(string)
		return tok
	}
	u.step = e.totpStep(u)
	r := e.gql("", `mutation($c:String!,$k:String!){verifySecondFactor(input:{challenge:$c,code:$k}){accessToken userErrors{code}}}`,
		map[string]any{"c": challenge, "k": e.totpCode(u.secret)})
	tok, _ := dig(r.Data, "verifySecondFactor", "accessToken").(string)
	return tok
}

// totpStep is the time step a code of u may use now, after moving the clock when u's
// last one is the current step.
func (e *env) totpStep(u *totpUser) int64 {
	step := e.clk.Now().Unix() / int64(auth.TOTPPeriod/time.Second)
	if u.step >= step {
		e.clk.Advance(time.Duration(u.step-step+1) * auth.TOTPPeriod)
		step = u.step + 1
	}
	return step
}

func (e *env) totpCode(secret string) string {
	e.t.Helper()
	c, err := auth.TOTPCode(secret, e.clk.Now())
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

func (e *env) gql(token, query string, vars map[string]any) gqlResponse {
	e.t.Helper()
	return e.gqlWith(http.DefaultClient, token, query, vars)
}

func (e *env) gqlWith(client *http.Client, token, query string, vars map[string]any) gqlResponse {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	var out gqlResponse
	out.Status, out.Raw = res.StatusCode, string(raw)
	if err := json.Unmarshal(raw, &out); err != nil {
		e.t.Fatalf("not JSON (%d): %s", res.StatusCode, raw)
	}
	return out
}

// gqlRaw asks query as gql does, with X-Request-Id set to reqID (so two answers can be
// compared byte for byte), and returns the status and the body as it came.
func (e *env) gqlRaw(token, query string, vars map[string]any, reqID string) (int, string) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", reqID)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(raw)
}

// closeBody ends a response the test is done with: a failed close of a body already read says
// nothing about the server under test.
func closeBody(res *http.Response) { _ = res.Body.Close() }

// browser returns an HTTP client with a cookie jar, like the SPA's browser. The jar
// judges expiry by the test's clock: net/http/cookiejar compares with the real date,
// which would make a refresh cookie stamped by the fake clock look expired (or alive)
// depending on the day the tests run.
func (e *env) browser() *http.Client {
	return &http.Client{Jar: &clockJar{clk: e.clk, cookies: map[string]*http.Cookie{}}}
}

// clockJar is a cookie jar for one test server: cookies by name and path, expiry by
// the injected clock (Max-Age relative to when the cookie was set, else Expires).
type clockJar struct {
	mu      sync.Mutex
	clk     *clock.Fake
	cookies map[string]*http.Cookie // name + "\x00" + path → cookie with an absolute Expires
}

func (j *clockJar) SetCookies(_ *url.URL, cks []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.clk.Now()
	for _, c := range cks {
		path := c.Path
		if path == "" {
			path = "/"
		}
		key := c.Name + "\x00" + path
		stored := *c //nolint:gosec // G124: a client-side jar keeps what the server set
		stored.Path = path
		switch {
		case c.MaxAge < 0:
			delete(j.cookies, key)
			continue
		case c.MaxAge > 0:
			stored.Expires = now.Add(time.Duration(c.MaxAge) * time.Second)
		}
		if !stored.Expires.IsZero() && !stored.Expires.After(now) {
			delete(j.cookies, key)
			continue
		}
		j.cookies[key] = &stored
	}
}

func (j *clockJar) Cookies(u *url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.clk.Now()
	var out []*http.Cookie
	for key, c := range j.cookies {
		if !c.Expires.IsZero() && !c.Expires.After(now) {
			delete(j.cookies, key)
			continue
		}
		if u.Path == c.Path || strings.HasPrefix(u.Path, strings.TrimSuffix(c.Path, "/")+"/") {
			out = append(out, &http.Cookie{Name: c.Name, Value: c.Value}) //nolint:gosec // G124: a request cookie carries only name and value
		}
	}
	return out
}

// dig walks a decoded JSON value by keys and indexes.
func dig(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// count returns the number of rows of a table, read as the system.
func (e *env) count(q interface {
	Count(context.Context) (int, error)
}) int {
	e.t.Helper()
	n, err := q.Count(viewer.System(context.Background()))
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestMain(m *testing.M) {
	// Request logs would drown the test output; the tests assert on answers instead.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}
