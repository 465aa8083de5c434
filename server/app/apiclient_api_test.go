package app_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/viewer"
)

const (
	createClientQ = `mutation($in: CreateApiClientInput!){createApiClient(input:$in){
		apiClient{id name scope rights employer{id}} clientSecret userErrors{code field}}}`
	rotateClientQ  = `mutation($id: ID!){rotateApiClientSecret(input:{apiClientId:$id}){apiClient{id previousSecretExpiresAt} clientSecret userErrors{code}}}`
	disableClientQ = `mutation($id: ID!){disableApiClient(input:{apiClientId:$id}){apiClient{id disabledAt} userErrors{code}}}`
	listClientsQ   = `query($emp: ID){apiClients(first: 50, employerId: $emp){totalCount edges{node{id name}}}}`
)

// createClient creates an API client through the API and returns its ID and secret.
func (e *env) createClient(tok, name, employerID string, rights ...string) (string, string) {
	e.t.Helper()
	in := map[string]any{"name": name, "rights": rights}
	if employerID != "" {
		in["employerId"] = employerID
	}
	r := e.gql(tok, createClientQ, map[string]any{"in": in})
	noUserErrors(e.t, "createApiClient", r, "createApiClient")
	id, _ := dig(r.Data, "createApiClient", "apiClient", "id").(string)
	secret, _ := dig(r.Data, "createApiClient", "clientSecret").(string)
	if id == "" || secret == "" {
		e.t.Fatalf("createApiClient: %s", r.Raw)
	}
	return id, secret
}

var requestIDs = regexp.MustCompile(`"requestId":"[^"]*"`)

func clientCredentials(id, secret string) url.Values {
	return url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}}
}

// TestR44APIClientsOverHTTP: a client created through the API signs in at
// /oauth/token; after disableApiClient its token is refused (401) on its very next
// request and no new token is issued; rotation keeps the old secret for 24 hours of the
// server's clock.
func TestR44APIClientsOverHTTP(t *testing.T) {
	e := newEnv(t)
	ak := e.login(e.fx.ProviderUser)
	id, secret := e.createClient(ak, "Salarissoftware", e.fx.A1.ID, "VIEW_EMPLOYEES")
	tok := checkOAuthSuccess(t, e.oauthToken(http.MethodPost, clientCredentials(id, secret), "", ""))
	r := e.gql(tok, `{viewer{kind scope rights employer{id}}}`, nil)
	if dig(r.Data, "viewer", "scope") != "EMPLOYER" || dig(r.Data, "viewer", "employer", "id") != e.fx.A1.ID {
		t.Fatalf("the new client's viewer: %s", r.Raw)
	}

	// Rotation: both secrets work within the day, only the new one after it.
	r = e.gql(ak, rotateClientQ, map[string]any{"id": id})
	noUserErrors(t, "rotateApiClientSecret", r, "rotateApiClientSecret")
	fresh, _ := dig(r.Data, "rotateApiClientSecret", "clientSecret").(string)
	e.clk.Advance(24*time.Hour - time.Minute)
	checkOAuthSuccess(t, e.oauthToken(http.MethodPost, clientCredentials(id, secret), "", ""))
	e.clk.Advance(time.Minute)
	if rep := e.oauthToken(http.MethodPost, clientCredentials(id, secret), "", ""); rep.status != http.StatusUnauthorized {
		t.Errorf("old secret after 24 h: %d %s", rep.status, rep.raw)
	}
	tok = checkOAuthSuccess(t, e.oauthToken(http.MethodPost, clientCredentials(id, fresh), "", ""))
	if r := e.gql(tok, `{viewer{id}}`, nil); len(r.Errors) != 0 {
		t.Fatalf("token of the new secret: %s", r.Raw)
	}

	// Disabling: the token stops on its next request. (The staff token of a day ago
	// has expired; sign in again.)
	ak = e.login(e.fx.ProviderUser)
	r = e.gql(ak, disableClientQ, map[string]any{"id": id})
	noUserErrors(t, "disableApiClient", r, "disableApiClient")
	r = e.gql(tok, `{viewer{id}}`, nil)
	if r.Status != http.StatusUnauthorized || !slices.Equal(r.codes(), []string{"UNAUTHENTICATED"}) {
		t.Errorf("a disabled client's token: %d %s", r.Status, r.Raw)
	}
	if rep := e.oauthToken(http.MethodPost, clientCredentials(id, fresh), "", ""); rep.status != http.StatusUnauthorized {
		t.Errorf("a disabled client got a token: %d %s", rep.status, rep.raw)
	}
	r = e.gql(ak, disableClientQ, map[string]any{"id": id})
	if dig(r.Data, "disableApiClient", "userErrors", 0, "code") != "API_CLIENT_DISABLED" {
		t.Errorf("disable twice: %s", r.Raw)
	}
}

// TestR44APIClientsTenantIsolationOverHTTP: an employer user lists and touches only its
// own employer's clients; another employer's, the provider's and another provider's
// answer like a missing ID, and the list does not reveal them. RIGHT_NOT_HELD when an
// employer user without VIEW_MIJNLOKET_EMAIL gives it; FORBIDDEN without MANAGE_USERS.
func TestR44APIClientsTenantIsolationOverHTTP(t *testing.T) {
	e := newEnv(t)
	ak, a1, a2, p2 := e.login(e.fx.ProviderUser), e.login(e.fx.EmployerUserA1), e.login(e.fx.EmployerUserA2), e.login(e.fx.ProviderUserP2)
	provClient, _ := e.createClient(ak, "Kantoorbreed", "", "VIEW_EMPLOYEES")
	a2Client, _ := e.createClient(a2, "Van A2", e.fx.A2.ID, "VIEW_EMPLOYEES")
	p2Client, _ := e.createClient(p2, "Van P2", "", "VIEW_EMPLOYEES")
	a1Client, _ := e.createClient(a1, "Van A1", e.fx.A1.ID, "VIEW_EMPLOYEES")

	names := func(tok, emp string) []string {
		t.Helper()
		vars := map[string]any{}
		if emp != "" {
			vars["emp"] = emp
		}
		r := e.gql(tok, listClientsQ, vars)
		if len(r.Errors) != 0 {
			t.Fatalf("apiClients: %s", r.Raw)
		}
		var out []string
		for _, edge := range dig(r.Data, "apiClients", "edges").([]any) {
			out = append(out, dig(edge, "node", "name").(string))
		}
		slices.Sort(out)
		return out
	}
	if got := names(a1, ""); !slices.Equal(got, []string{"Van A1"}) {
		t.Errorf("A1 lists %v", got)
	}
	// The provider's own integrator of the fixtures is in the provider's list too.
	if got := names(ak, ""); !slices.Equal(got, []string{"Integrator", "Kantoorbreed", "Van A1", "Van A2"}) {
		t.Errorf("P1 lists %v", got)
	}
	if got := names(p2, ""); !slices.Equal(got, []string{"Van P2"}) {
		t.Errorf("P2 lists %v", got)
	}

	// Another tenant's clients and employers answer exactly like missing ones.
	missing := map[string]string{"cli": "cli_01JDEMQ0000000000000000099", "emp": "emp_01JDEMQ0000000000000000099"}
	same := func(what string, got, want gqlResponse, id, missingID string) {
		t.Helper()
		norm := func(raw, id string) string {
			return requestIDs.ReplaceAllString(strings.ReplaceAll(raw, id, "ID"), "")
		}
		if !slices.Equal(got.codes(), []string{"NOT_FOUND"}) || norm(got.Raw, id) != norm(want.Raw, missingID) {
			t.Errorf("%s %s: %s\nmissing: %s", what, id, got.Raw, want.Raw)
		}
	}
	for _, id := range []string{provClient, a2Client, p2Client} {
		for name, q := range map[string]string{"rotate": rotateClientQ, "disable": disableClientQ} {
			same(name, e.gql(a1, q, map[string]any{"id": id}), e.gql(a1, q, map[string]any{"id": missing["cli"]}), id, missing["cli"])
		}
	}
	for _, emp := range []string{e.fx.A2.ID, e.fx.B1.ID} {
		same("list", e.gql(a1, listClientsQ, map[string]any{"emp": emp}), e.gql(a1, listClientsQ, map[string]any{"emp": missing["emp"]}), emp, missing["emp"])
		in := func(id string) map[string]any {
			return map[string]any{"in": map[string]any{"name": "Inbraak", "employerId": id, "rights": []string{"VIEW_EMPLOYEES"}}}
		}
		same("create", e.gql(a1, createClientQ, in(emp)), e.gql(a1, createClientQ, in(missing["emp"])), emp, missing["emp"])
	}
	// API clients are not nodes: node(id:) finds none, not even the caller's own.
	for _, tok := range []string{ak, a1} {
		if r := e.gql(tok, `query($id: ID!){node(id:$id){id}}`, map[string]any{"id": a1Client}); !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("node(id:) of an API client: %s", r.Raw)
		}
	}
	// The others' clients still work and were not touched.
	if got := names(ak, ""); len(got) != 4 {
		t.Errorf("after the attempts P1 lists %v", got)
	}

	// RIGHT_NOT_HELD: A1's user lacks VIEW_MIJNLOKET_EMAIL.
	r := e.gql(a1, createClientQ, map[string]any{"in": map[string]any{"name": "Meer", "employerId": e.fx.A1.ID,
		"rights": []string{"VIEW_EMPLOYEES", "VIEW_MIJNLOKET_EMAIL"}}})
	if dig(r.Data, "createApiClient", "userErrors", 0, "code") != "RIGHT_NOT_HELD" || dig(r.Data, "createApiClient", "apiClient") != nil {
		t.Errorf("RIGHT_NOT_HELD: %s", r.Raw)
	}
	if got := names(a1, ""); !slices.Equal(got, []string{"Van A1"}) {
		t.Errorf("a refused create added a client: %v", got)
	}
	// Without MANAGE_USERS (rights are read on every request): FORBIDDEN.
	e.st.Client.User.Update().SetRights([]string{"VIEW_EMPLOYEES"}).ExecX(viewer.System(context.Background()))
	if r := e.gql(a1, listClientsQ, nil); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("list without MANAGE_USERS: %s", r.Raw)
	}
	if r := e.gql(a1, disableClientQ, map[string]any{"id": a1Client}); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("disable without MANAGE_USERS: %s", r.Raw)
	}
}
