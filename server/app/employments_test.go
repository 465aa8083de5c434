package app_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R16: the employments list searches name, employee number and e-mail case-insensitively
// and filters on service and access status; statuses follow the clock (R2, R13).
func TestEmploymentsSearchAndFilters(t *testing.T) {
	e := newEnv(t)
	varyA1(t, e)
	tok := e.login(e.fx.EmployerUserA1)
	q := `query($id:ID!,$q:String,$f:EmploymentListFilter){employer(id:$id){employments(first:100,search:$q,filter:$f){
		totalCount edges{node{employeeNumber inService person{account{status}}}}}}}`
	numbers := func(search string, filter map[string]any) []int {
		t.Helper()
		r := e.gql(tok, q, map[string]any{"id": e.fx.A1.ID, "q": search, "f": filter})
		if len(r.Errors) > 0 {
			t.Fatalf("%q %v: %s", search, filter, r.Raw)
		}
		var out []int
		edges, _ := dig(r.Data, "employer", "employments", "edges").([]any)
		for i := range edges {
			out = append(out, int(dig(edges, i, "node", "employeeNumber").(float64)))
		}
		if n := int(dig(r.Data, "employer", "employments", "totalCount").(float64)); n != len(out) {
			t.Fatalf("totalCount %d for %d rows", n, len(out))
		}
		return out
	}
	cases := []struct {
		name   string
		search string
		filter map[string]any
		want   []int
	}{
		{"by last name, any case", "PERSOON12", nil, []int{12}},
		{"by employee number (and names containing it)", "7", nil, []int{7, 17, 27, 37, 47, 57}},
		{"by e-mail", "anna44@example.nl", nil, []int{44}},
		{"out of service", "", map[string]any{"service": "OUT_OF_SERVICE"}, []int{31}},
		{"invited", "", map[string]any{"accessStatus": []string{"INVITED"}}, []int{32}},
		{"expired", "", map[string]any{"accessStatus": []string{"EXPIRED"}}, []int{33}},
		{"blocked or locked", "", map[string]any{"accessStatus": []string{"BLOCKED", "LOCKED"}}, []int{1, 34}},
		{"out of service with access (R8)", "", map[string]any{"service": "OUT_OF_SERVICE", "accessStatus": []string{"ACTIVE"}}, nil},
		{"no access, in service, search", "persoon5", map[string]any{"service": "IN_SERVICE", "accessStatus": []string{"NONE"}}, []int{50, 51, 52, 53, 54, 55, 56, 57, 58, 59}},
	}
	for _, tc := range cases {
		if got := numbers(tc.search, tc.filter); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
	// An hour later the lock is over and the status is active again (R13); four days
	// later the valid invitation has expired too (R2).
	e.clk.Advance(time.Hour + time.Second)
	tok = e.login(e.fx.EmployerUserA1)
	if got := numbers("", map[string]any{"accessStatus": []string{"LOCKED"}}); len(got) != 0 {
		t.Errorf("locked after the hour: %v", got)
	}
	e.clk.Advance(96 * time.Hour)
	tok = e.login(e.fx.EmployerUserA1)
	if got := numbers("", map[string]any{"accessStatus": []string{"EXPIRED"}}); !slices.Equal(got, []int{32, 33}) {
		t.Errorf("expired after 96 hours: %v", got)
	}
}

// varyA1 gives employer A1's list every access status and an employment that ended:
// person 31 left yesterday; 32 is invited (valid), 33 invited (expired), 34 blocked,
// and account 0 is locked for the hour.
func varyA1(t *testing.T, e *env) {
	t.Helper()
	ctx := viewer.System(context.Background())
	c := e.st.Client
	now := e.clk.Now()
	p := e.fx.PersonsA1
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	emp31, err := p[30].QueryEmployments().Only(ctx)
	must(err)
	must(c.Employment.UpdateOne(emp31).SetEndDate(date.Of(now.Add(-24 * time.Hour))).Exec(ctx))
	inviteUntil, expiredAt := now.Add(96*time.Hour), now.Add(-time.Minute)
	must(c.Account.Create().SetPersonID(p[31].ID).
		SetState("INVITED").SetInviteExpiresAt(inviteUntil).Exec(ctx))
	must(c.Account.Create().SetPersonID(p[32].ID).
		SetState("INVITED").SetInviteExpiresAt(expiredAt).Exec(ctx))
	must(c.Account.Create().SetPersonID(p[33].ID).
		SetState("BLOCKED").SetBlockedAt(now).Exec(ctx))
	must(c.Account.UpdateOne(e.fx.AccountA1).SetLockedUntil(now.Add(time.Hour)).Exec(ctx))
}
