package app_test

import (
	"context"
	"net/http"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Revoking a session, or blocking its user, takes effect on the very next request,
// although the access token itself is still within its lifetime.
func TestRevocationBitesOnNextRequest(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	q := `{viewer{id displayName}}`

	tok := e.login(e.fx.EmployerUserA1)
	if r := e.gql(tok, q, nil); dig(r.Data, "viewer", "id") != e.fx.EmployerUserA1ID {
		t.Fatalf("signed in: %s", r.Raw)
	}
	if _, err := auth.RevokeAllSessions(ctx, e.st.Client, e.fx.EmployerUserA1ID, "TEST", e.clk.Now()); err != nil {
		t.Fatal(err)
	}
	r := e.gql(tok, q, nil)
	if r.Status != http.StatusUnauthorized || !slices.Equal(r.codes(), []string{"UNAUTHENTICATED"}) {
		t.Fatalf("revoked session must be refused: %d %s", r.Status, r.Raw)
	}

	// Blocking the user (without touching sessions) also ends access at once.
	tok = e.login(e.fx.EmployerUserA1)
	if err := e.st.Client.User.UpdateOneID(e.fx.EmployerUserA1ID).SetState(user.StateBLOCKED).Exec(viewer.System(ctx)); err != nil {
		t.Fatal(err)
	}
	if r := e.gql(tok, q, nil); r.Status != http.StatusUnauthorized {
		t.Fatalf("blocked user must be refused: %d %s", r.Status, r.Raw)
	}
	// And cannot sign in again: the same answer as a wrong password.
	r = e.gql("", `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken userErrors{code}}}`,
		map[string]any{"u": e.fx.EmployerUserA1, "p": testPassword})
	if dig(r.Data, "login", "userErrors", 0, "code") != "INVALID_CREDENTIALS" || dig(r.Data, "login", "accessToken") != nil {
		t.Fatalf("blocked user signs in: %s", r.Raw)
	}
}
