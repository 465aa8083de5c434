package app_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/werkportaal/werkportaal/server/testworld"
)

// An employee's sign-in records its verdict (count and lock cleared, sign-in stamped)
// and starts its session in one transaction (R13): one commit where there were two, each
// a wait for the disk on Postgres, and never a sign-in stamped without its session or
// a session of a sign-in that was not recorded.
func TestEmployeeSignInCommitsOnce(t *testing.T) {
	e := newEnv(t)
	c, ctx := e.st.Client, e.w.Sys
	hash := testworld.PasswordHash(t, testPassword)
	c.Account.UpdateOne(e.fx.AccountA1).SetPasswordHash(hash).ExecX(ctx)

	var (
		mu                  sync.Mutex
		commits, loneWrites int
		lines               []string
	)
	f := func(l string) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, l)
		switch {
		case strings.HasPrefix(l, "Tx(") && strings.HasSuffix(l, "committed"):
			commits++
		case strings.HasPrefix(l, "driver."):
			q := strings.ToUpper(l[strings.Index(l, "query=")+len("query="):])
			if strings.HasPrefix(q, "INSERT") || strings.HasPrefix(q, "UPDATE") || strings.HasPrefix(q, "DELETE") {
				loneWrites++
			}
		}
	}
	e.logged.Store(&f)
	r := e.gql("", empLoginQ, map[string]any{"u": "anna.0", "p": testPassword})
	e.logged.Store(nil)
	noUserErrors(t, "employeeLogin", r, "employeeLogin")
	if tok, _ := dig(r.Data, "employeeLogin", "accessToken").(string); tok == "" {
		t.Fatalf("no access token: %s", r.Raw)
	}
	if commits != 1 || loneWrites != 0 {
		for _, l := range lines {
			t.Log(l[:min(len(l), 140)])
		}
		t.Errorf("sign-in: %d commits and %d writes outside a transaction; want one commit and none", commits, loneWrites)
	}
}
