package app_test

import (
	"net/http"
	"testing"

	"github.com/werkportaal/werkportaal/server/httpapi"
)

// R6: when the employer blocks access, an open portal page learns why on its next
// request (401 with reason ACCESS_BLOCKED), and refreshing says ACCESS_BLOCKED instead
// of asking to sign in again.
func TestBlockedEmployeeIsToldWhy(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.EmployerUserA1)
	p := e.fx.PersonsA1[40]
	tok := e.grantAndMailedToken(staff, p)
	noUserErrors(t, "verifyInvitation", e.gql("", verifyQ, map[string]any{"t": tok, "b": p.BirthDate.String()}), "verifyInvitation")
	c := e.call("", completeQ, map[string]any{"t": tok, "u": "geblokkeerd.straks", "p": empPassword})
	noUserErrors(t, "completeRegistration", c.gqlResponse, "completeRegistration")
	access, _ := dig(c.Data, "completeRegistration", "accessToken").(string)
	refresh := employeeCookie(t, c.header)
	if access == "" || refresh == nil {
		t.Fatalf("registration: %s", c.Raw)
	}

	r := e.gql(staff, `mutation($p:ID!){blockAccess(input:{personId:$p}){userErrors{code}}}`, map[string]any{"p": p.ID})
	noUserErrors(t, "blockAccess", r, "blockAccess")

	r = e.gql(access, meQ, nil)
	if r.Status != http.StatusUnauthorized || len(r.Errors) != 1 ||
		r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" || r.Errors[0].Extensions["reason"] != "ACCESS_BLOCKED" {
		t.Fatalf("next request after the block: %d %s", r.Status, r.Raw)
	}
	ref := e.staffPost(http.DefaultClient, "", httpapi.EmployeeRefreshCookie+"="+refresh.Value,
		`mutation{refreshSession(input:{area:EMPLOYEE}){accessToken userErrors{code}}}`, nil)
	if dig(ref.Data, "refreshSession", "userErrors", 0, "code") != "ACCESS_BLOCKED" || dig(ref.Data, "refreshSession", "accessToken") != nil {
		t.Fatalf("refresh after the block: %s", ref.Raw)
	}
	// A session that simply ended still says SESSION_EXPIRED.
	staffRef := e.staffPost(http.DefaultClient, "", httpapi.StaffRefreshCookie+"=nonsense",
		`mutation{refreshSession{accessToken userErrors{code}}}`, nil)
	if dig(staffRef.Data, "refreshSession", "userErrors", 0, "code") != "SESSION_EXPIRED" {
		t.Fatalf("unknown refresh cookie: %s", staffRef.Raw)
	}
}
