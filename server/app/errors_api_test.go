package app_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/obs"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// logRecords captures what the application logs while a test runs (the request logger
// writes JSON lines with the request id).
type logRecords struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logRecords) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// errors returns the ERROR records of request id.
func (l *logRecords) errors(id string) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(l.buf.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["level"] == "ERROR" && rec["request_id"] == id {
			out = append(out, rec)
		}
	}
	return out
}

func captureLogs(t *testing.T) *logRecords {
	t.Helper()
	l := &logRecords{}
	prev := slog.Default()
	slog.SetDefault(obs.NewLogger(l, slog.LevelInfo))
	t.Cleanup(func() { slog.SetDefault(prev) })
	return l
}

// httpAnswer is an HTTP answer with its decoded GraphQL error shape.
type httpAnswer struct {
	status int
	header http.Header
	raw    string
	errs   []gqlError
}

func (a httpAnswer) code() string {
	if len(a.errs) == 0 {
		return ""
	}
	c, _ := a.errs[0].Extensions["code"].(string)
	return c
}

func send(t *testing.T, req *http.Request) httpAnswer {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	raw, _ := io.ReadAll(res.Body)
	a := httpAnswer{status: res.StatusCode, header: res.Header, raw: string(raw)}
	var body struct {
		Errors []gqlError `json:"errors"`
	}
	_ = json.Unmarshal(raw, &body)
	a.errs = body.Errors
	return a
}

func gqlRequest(t *testing.T, base, token, query string) *http.Request {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return req
}

// checkShape asserts the error shape every refusal has: one error with the code and
// the request id that the X-Request-Id header carries.
func checkShape(t *testing.T, what string, a httpAnswer, status int, code string) {
	t.Helper()
	if a.status != status || len(a.errs) != 1 || a.code() != code {
		t.Errorf("%s: status %d, body %.300s; want %d with one %s error", what, a.status, a.raw, status, code)
		return
	}
	if id := a.header.Get("X-Request-Id"); id == "" || a.errs[0].Extensions["requestId"] != id {
		t.Errorf("%s: requestId %v, X-Request-Id %q", what, a.errs[0].Extensions["requestId"], id)
	}
	if a.errs[0].Message == "" {
		t.Errorf("%s: no message", what)
	}
	if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s: Content-Type %q", what, ct)
	}
}

// A database that is away answers SERVICE_UNAVAILABLE with 503 and Retry-After, to
// anonymous callers (the sign-in resolver) and signed-in ones (the token check) alike;
// nothing about the database reaches the caller, and the cause is logged at ERROR with
// the request id. When the database is back, the same requests are served again.
func TestDatabaseOutageAnswersServiceUnavailable(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.ProviderUser)
	integrator := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	loginQ := `mutation{login(input:{username:"` + e.fx.ProviderUser + `",password:"` + testPassword + `"}){accessToken userErrors{code}}}`
	requests := []struct {
		who, token, query string
	}{
		{"anonymous sign-in", "", loginQ},
		{"staff", staff, `{viewer{displayName}}`},
		{"integrator", integrator, `{employers{totalCount}}`},
	}
	// What would identify the database: its name, user, host and port, or the file.
	var secrets []string
	if pg := storetest.PostgresURL(); pg != "" {
		u, _ := url.Parse(pg)
		secrets = append(secrets, u.User.Username(), u.Hostname(), u.Port())
	}
	var dbName string
	if e.st.Dialect == dialect.Postgres {
		_ = e.st.DB.QueryRow("SELECT current_database()").Scan(&dbName)
	} else {
		var seq int
		var schema string
		_ = e.st.DB.QueryRow("PRAGMA database_list").Scan(&seq, &schema, &dbName)
	}
	secrets = append(secrets, dbName, "SQLSTATE", "sqlite", "dial", "connect")

	logs := captureLogs(t)
	end := storetest.Outage(t, e.st)
	for _, r := range requests {
		a := send(t, gqlRequest(t, e.srv.URL, r.token, r.query))
		checkShape(t, r.who, a, http.StatusServiceUnavailable, "SERVICE_UNAVAILABLE")
		if got := a.header.Get("Retry-After"); got == "" {
			t.Errorf("%s: no Retry-After", r.who)
		}
		for _, s := range secrets {
			if s != "" && strings.Contains(strings.ToLower(a.raw), strings.ToLower(s)) {
				t.Errorf("%s: the answer reveals %q: %s", r.who, s, a.raw)
			}
		}
		id := a.header.Get("X-Request-Id")
		recs := logs.errors(id)
		if len(recs) == 0 {
			t.Errorf("%s: no ERROR log line with request id %s:\n%s", r.who, id, logs.buf.String())
		}
		for _, rec := range recs {
			if cause, _ := rec["err"].(string); cause == "" {
				t.Errorf("%s: the ERROR line has no cause: %v", r.who, rec)
			}
		}
	}
	end()
	for _, r := range requests {
		if a := send(t, gqlRequest(t, e.srv.URL, r.token, r.query)); a.status != http.StatusOK || len(a.errs) != 0 {
			t.Errorf("%s after the outage: %d %.300s", r.who, a.status, a.raw)
		}
	}
}

// faultyDriver fails every query with an error that is not about the connection and
// whose text must stay inside the server.
type faultyDriver struct {
	dialect.Driver
}

var errFault = errors.New(`relation "secret_internal_table" does not exist`)

func (faultyDriver) Query(context.Context, string, any, any) error { return errFault }

// An internal fault that is not an outage is INTERNAL with only the request id (it was
// BAD_REQUEST with the raw message before), logged at ERROR with its cause.
func TestInternalFaultIsInternal(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.ProviderUser)
	broken := &store.Store{DB: e.st.DB, Dialect: e.st.Dialect, Driver: faultyDriver{e.st.Driver}}
	broken.Client = store.NewClient(broken.Driver)
	a, err := app.New(broken, e.clk, app.Config{JWTKey: testJWTKey, AdHocQueries: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	logs := captureLogs(t)

	for _, c := range []struct{ who, token, query string }{
		{"anonymous sign-in", "", `mutation{login(input:{username:"x",password:"y"}){accessToken}}`},
		{"staff", staff, `{viewer{displayName}}`},
	} {
		ans := send(t, gqlRequest(t, srv.URL, c.token, c.query))
		id := ans.header.Get("X-Request-Id")
		if c.token == "" {
			// GraphQL answers a resolver's fault in the body; the HTTP exchange itself worked.
			checkShape(t, c.who, ans, http.StatusOK, "INTERNAL")
		} else {
			checkShape(t, c.who, ans, http.StatusInternalServerError, "INTERNAL")
		}
		if len(ans.errs) == 1 && ans.errs[0].Message != "internal error; quote request id "+id {
			t.Errorf("%s: message %q, want only the request id", c.who, ans.errs[0].Message)
		}
		if strings.Contains(ans.raw, "secret_internal_table") {
			t.Errorf("%s: the answer shows the cause: %s", c.who, ans.raw)
		}
		recs := logs.errors(id)
		if len(recs) == 0 || !slices.ContainsFunc(recs, func(r map[string]any) bool {
			s, _ := r["err"].(string)
			return strings.Contains(s, "secret_internal_table")
		}) {
			t.Errorf("%s: no ERROR line with the cause for request %s:\n%s", c.who, id, logs.buf.String())
		}
	}
}

// The refusals outside GraphQL execution have the same error shape, with a stable code
// and the request id, and echo neither the body nor Go type names.
func TestRefusalsHaveTheErrorShape(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.ProviderUser)
	u := e.srv.URL + "/graphql"
	mk := func(method, target, contentType string, body io.Reader) *http.Request {
		req, _ := http.NewRequest(method, target, body)
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		return req
	}

	big := `{"query":"# ` + strings.Repeat("x", 1<<20) + `\n{viewer{id}}"}`
	checkShape(t, "413 body too large", send(t, mk(http.MethodPost, u, "application/json", strings.NewReader(big))),
		http.StatusRequestEntityTooLarge, "PAYLOAD_TOO_LARGE")
	chunked := mk(http.MethodPost, u, "application/json", io.MultiReader(strings.NewReader(big)))
	chunked.Header.Set("Authorization", "Bearer "+tok)
	checkShape(t, "413 chunked body too large", send(t, chunked), http.StatusRequestEntityTooLarge, "PAYLOAD_TOO_LARGE")

	checkShape(t, "400 unsupported content type", send(t, mk(http.MethodPost, u, "text/plain", strings.NewReader(`{viewer{id}}`))),
		http.StatusBadRequest, "BAD_REQUEST")

	mutation := url.QueryEscape(`mutation{logout{ok}}`)
	checkShape(t, "406 mutation over GET", send(t, mk(http.MethodGet, u+"?query="+mutation, "", nil)),
		http.StatusNotAcceptable, "METHOD_NOT_ALLOWED")

	batch := `[{"query":"{viewer{id}}"},{"query":"{__typename}"}]`
	a := send(t, mk(http.MethodPost, u, "application/json", strings.NewReader(batch)))
	checkShape(t, "400 batched body", a, http.StatusBadRequest, "BAD_REQUEST")
	for _, leak := range []string{"viewer", "__typename", "graphql.", "RawParams", "unmarshal"} {
		if strings.Contains(a.raw, leak) {
			t.Errorf("batched body: the answer shows %q: %s", leak, a.raw)
		}
	}

	checkShape(t, "400 GET variables not JSON", send(t, mk(http.MethodGet, u+"?query="+url.QueryEscape(`{viewer{id}}`)+"&variables=%7B", "", nil)),
		http.StatusBadRequest, "BAD_REQUEST")

	var mp bytes.Buffer
	w := multipart.NewWriter(&mp)
	_ = w.WriteField("operations", "not json")
	_ = w.Close()
	mpReq := mk(http.MethodPost, u, w.FormDataContentType(), &mp)
	mpReq.Header.Set("Authorization", "Bearer "+tok)
	checkShape(t, "422 malformed multipart request", send(t, mpReq), http.StatusUnprocessableEntity, "BAD_REQUEST")

	checkShape(t, "401 dead token", send(t, gqlRequest(t, e.srv.URL, "not-a-token", `{viewer{id}}`)),
		http.StatusUnauthorized, "UNAUTHENTICATED")

	// The token endpoint keeps OAuth's error shape (RFC 6749 §5.2) for the same limit.
	res, err := http.Post(e.srv.URL+"/oauth/token", "application/x-www-form-urlencoded",
		strings.NewReader("grant_type=client_credentials&client_secret="+strings.Repeat("s", 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	var oauth map[string]string
	_ = json.NewDecoder(res.Body).Decode(&oauth)
	_ = res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge || oauth["error"] != "invalid_request" {
		t.Errorf("/oauth/token over the limit: %d %v", res.StatusCode, oauth)
	}
}
