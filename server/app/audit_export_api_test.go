package app_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/viewer"
)

// fetch GETs path with a bearer token (none when tok is "").
func (e *env) fetch(tok, path string) (*http.Response, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	body, _ := io.ReadAll(res.Body)
	return res, body
}

// R6, R27 over HTTP: a block's reason lands in the trail through GraphQL
// (the old call without it keeps working); auditEvents takes from/to; the CSV download
// has the query's filters, right and tenant scope, and is UTF-8 with a BOM and ';'.
func TestR27AuditExportAPI(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.EmployerUserA1)
	p := e.fx.PersonsA1[0]

	r := e.gql(staff, `mutation($p:ID!,$r:String){blockAccess(input:{personId:$p},reason:$r){userErrors{code field}}}`,
		map[string]any{"p": p.ID, "r": strings.Repeat("x", 501)})
	if dig(r.Data, "blockAccess", "userErrors", 0, "code") != "BLOCK_REASON_TOO_LONG" {
		t.Fatalf("a too long reason: %s", r.Raw)
	}
	r = e.gql(staff, `mutation($p:ID!,$r:String){blockAccess(input:{personId:$p},reason:$r){userErrors{code}}}`,
		map[string]any{"p": p.ID, "r": "Uit dienst; laptop ingeleverd"})
	noUserErrors(t, "block with a reason", r, "blockAccess")

	today := e.clk.Now().Format("2006-01-02")
	r = e.gql(staff, `query($p:ID!,$f:Date,$t:Date){auditEvents(personId:$p,actions:["ACCESS_BLOCKED"],from:$f,to:$t){totalCount edges{node{reason}}}}`,
		map[string]any{"p": p.ID, "f": today, "t": today})
	if dig(r.Data, "auditEvents", "totalCount") != float64(1) || dig(r.Data, "auditEvents", "edges", 0, "node", "reason") != "Uit dienst; laptop ingeleverd" {
		t.Errorf("auditEvents today: %s", r.Raw)
	}
	r = e.gql(staff, `query($p:ID!,$f:Date){auditEvents(personId:$p,from:$f){totalCount}}`,
		map[string]any{"p": p.ID, "f": e.clk.Now().AddDate(0, 0, 1).Format("2006-01-02")})
	if dig(r.Data, "auditEvents", "totalCount") != float64(0) {
		t.Errorf("auditEvents from tomorrow: %s", r.Raw)
	}
	r = e.gql(staff, `query($f:Date,$t:Date){auditEvents(from:$f,to:$t){totalCount}}`, map[string]any{"f": "2026-11-25", "t": "2026-11-24"})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "BAD_REQUEST" {
		t.Errorf("a range that ends before it starts: %s", r.Raw)
	}

	q := url.Values{"employerId": {e.fx.A1.ID}, "personId": {p.ID}, "action": {"ACCESS_BLOCKED"}, "from": {today}, "to": {today}}
	res, body := e.fetch(staff, "/downloads/logboek.csv?"+q.Encode())
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		!strings.Contains(res.Header.Get("Content-Disposition"), "logboek-vanaf-"+today) || res.Header.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("export: %d %v %s", res.StatusCode, res.Header, body)
	}
	rest, ok := bytes.CutPrefix(body, []byte("\ufeff"))
	if !ok {
		t.Fatalf("no BOM: %q", body)
	}
	cr := csv.NewReader(bytes.NewReader(rest))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	if err != nil || len(rows) != 2 || rows[1][1] != "ACCESS_BLOCKED" || rows[1][7] != "reason=Uit dienst; laptop ingeleverd" {
		t.Fatalf("export rows (%v): %q", err, rows)
	}

	for _, tc := range []struct {
		name, tok, path string
		want            int
	}{
		{"no token", "", "/downloads/logboek.csv", http.StatusUnauthorized},
		{"no VIEW_AUDIT_LOG", e.staffWithout("no.audit", viewer.ViewAuditLog), "/downloads/logboek.csv", http.StatusForbidden},
		{"another employer", staff, "/downloads/logboek.csv?employerId=" + e.fx.A2.ID, http.StatusNotFound},
		{"another provider", e.login(e.fx.ProviderUserP2), "/downloads/logboek.csv?employerId=" + e.fx.A1.ID, http.StatusNotFound},
		{"not a date", staff, "/downloads/logboek.csv?from=24-11-2026", http.StatusBadRequest},
		{"range backwards", staff, "/downloads/logboek.csv?from=2026-11-25&to=2026-11-24", http.StatusBadRequest},
	} {
		if res, body := e.fetch(tc.tok, tc.path); res.StatusCode != tc.want {
			t.Errorf("%s: %d, want %d: %s", tc.name, res.StatusCode, tc.want, body)
		}
	}
	// Provider B's own export holds nothing of provider A.
	res, body = e.fetch(e.login(e.fx.ProviderUserP2), "/downloads/logboek.csv")
	if res.StatusCode != http.StatusOK || bytes.Contains(body, []byte(p.ID)) || bytes.Contains(body, []byte("Uit dienst")) {
		t.Errorf("provider B's export: %d %s", res.StatusCode, body)
	}
}
