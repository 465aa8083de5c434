package app_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

const (
	createStaffQ = `mutation($in: CreateStaffUserInput!){createStaffUser(input:$in){
		staffUser{id username scope rights passwordChosen invitationExpiresAt employer{id}} userErrors{code field}}}`
	acceptStaffQ = `mutation($t: String!, $p: String!){acceptStaffInvitation(input:{token:$t,password:$p}){accessToken userErrors{code}}}`
	blockStaffQ  = `mutation($id: ID!){blockStaffUser(input:{staffUserId:$id}){staffUser{state} userErrors{code}}}`
	listStaffQ   = `query($s: String){staffUsers(first: 50, search: $s){totalCount edges{node{id username}}}}`
)

var staffLinkToken = regexp.MustCompile(`/uitnodiging#([A-Za-z0-9_-]{43})`)

// TestR43StaffUsersOverHTTP: a provider admin creates an employer user with
// VIEW_MIJNLOKET_EMAIL; the invitation mail's link chooses the password and signs the
// user in with exactly those rights at that employer; blocking refuses the open
// session on its next request; provider P2 sees nothing of it.
func TestR43StaffUsersOverHTTP(t *testing.T) {
	e := newEnv(t)
	ak := e.login(e.fx.ProviderUser)
	r := e.gql(ak, createStaffQ, map[string]any{"in": map[string]any{
		"employerId": e.fx.A1.ID, "name": "Eva Jansen", "email": "eva.jansen@example.nl", "username": "eva.jansen",
		"rights": []string{"VIEW_EMPLOYEES", "VIEW_MIJNLOKET_EMAIL"},
	}})
	noUserErrors(t, "createStaffUser", r, "createStaffUser")
	id, _ := dig(r.Data, "createStaffUser", "staffUser", "id").(string)
	if dig(r.Data, "createStaffUser", "staffUser", "passwordChosen") != false ||
		dig(r.Data, "createStaffUser", "staffUser", "invitationExpiresAt") != "2026-11-28T09:00:00Z" {
		t.Fatalf("created: %s", r.Raw)
	}
	m := e.st.Client.OutboxMail.Query().Where(outboxmail.ToAddress("eva.jansen@example.nl"), outboxmail.KindEQ(outboxmail.KindSTAFF_INVITATION)).
		OnlyX(viewer.System(context.Background()))
	tok := staffLinkToken.FindStringSubmatch(m.TextBody)
	if tok == nil {
		t.Fatalf("no link in %s", m.TextBody)
	}
	r = e.gql("", `query($t: String!){staffInvitation(token:$t){state username displayName}}`, map[string]any{"t": tok[1]})
	if dig(r.Data, "staffInvitation", "state") != "VALID" || dig(r.Data, "staffInvitation", "username") != "eva.jansen" {
		t.Fatalf("link: %s", r.Raw)
	}
	r = e.gql("", acceptStaffQ, map[string]any{"t": tok[1], "p": testPassword})
	eva, _ := dig(r.Data, "acceptStaffInvitation", "accessToken").(string)
	if eva == "" {
		t.Fatalf("accept: %s", r.Raw)
	}
	r = e.gql(eva, `{viewer{scope rights employer{id}}}`, nil)
	if dig(r.Data, "viewer", "employer", "id") != e.fx.A1.ID || len(dig(r.Data, "viewer", "rights").([]any)) != 2 {
		t.Fatalf("viewer: %s", r.Raw)
	}
	// The link is single use.
	r = e.gql("", acceptStaffQ, map[string]any{"t": tok[1], "p": testPassword})
	if c := r.codes(); len(c) != 0 || dig(r.Data, "acceptStaffInvitation", "userErrors", 0, "code") != "INVITATION_USED" {
		t.Fatalf("second use: %s", r.Raw)
	}
	// Provider P2 neither lists nor blocks the user.
	p2 := e.login(e.fx.ProviderUserP2)
	r = e.gql(p2, listStaffQ, map[string]any{"s": "eva"})
	if dig(r.Data, "staffUsers", "totalCount") != float64(0) {
		t.Fatalf("P2 lists: %s", r.Raw)
	}
	if r = e.gql(p2, blockStaffQ, map[string]any{"id": id}); len(r.codes()) != 1 || r.codes()[0] != "NOT_FOUND" {
		t.Fatalf("P2 blocks: %s", r.Raw)
	}
	// Blocked: the open session is refused on its next request.
	r = e.gql(ak, blockStaffQ, map[string]any{"id": id})
	noUserErrors(t, "blockStaffUser", r, "blockStaffUser")
	if r = e.gql(eva, `{viewer{id}}`, nil); r.Status != 401 {
		t.Fatalf("blocked session answered %d: %s", r.Status, r.Raw)
	}
}
