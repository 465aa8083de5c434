package directory_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The search's statement must never run with PostgreSQL's generic plan. A statement
// prepared once and executed more than five times may switch to a plan made without
// the values; for the search that plan walks all of a large employer's employments
// (83 ms and 82,592 buffers against 17 ms and 2,356 with the values known).
func TestSearchNeverRunsAGenericPlan(t *testing.T) {
	f := newPageFx(t)
	if f.st.Dialect != dialect.Postgres {
		t.Skip("plan caching is PostgreSQL's")
	}
	// One connection, so every execution meets the same statement cache, and
	// pg_prepared_statements (per session) sees them all.
	f.st.DB.SetMaxOpenConns(1)
	ctx := context.Background()
	var pid int
	if err := f.st.DB.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	fifty := 50
	for i := range 12 {
		for _, search := range []string{"jan", "de vries", "an"} {
			filter, a := directory.EmploymentFilter{Search: search}, directory.PageArgs{First: &fifty, Count: true, Edges: true}
			conn, err := f.svc.Page(f.staff, f.A.ID, filter, a)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 && conn.TotalCount == 0 {
				t.Fatalf("search %q finds nothing; the test would test nothing", search)
			}
			// The same search read with its employer (employer(id:){employments}).
			plan, err := f.svc.PlanPage(f.staff, f.A.ID, filter, a)
			if err != nil {
				t.Fatal(err)
			}
			if _, withEmployer, err := f.svc.EmployerPage(f.staff, plan); err != nil || withEmployer.TotalCount != conn.TotalCount {
				t.Fatalf("search %q with its employer: %v, %v", search, withEmployer, err)
			}
		}
	}
	var samePID int
	if err := f.st.DB.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&samePID); err != nil {
		t.Fatal(err)
	}
	if samePID != pid {
		t.Fatalf("the searches ran on another connection (%d, then %d)", pid, samePID)
	}
	rows, err := f.st.DB.QueryContext(ctx, "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = rows.Close() }()
	for rows.Next() {
		var stmt string
		var generic, custom int
		if err := rows.Scan(&stmt, &generic, &custom); err != nil {
			t.Fatal(err)
		}
		if (strings.HasPrefix(stmt, "SELECT") || strings.HasPrefix(stmt, "WITH")) && strings.Contains(stmt, "search_key") && generic > 0 {
			t.Errorf("the search ran %d times with a generic plan (%d custom): %.200s", generic, custom, stmt)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// EmployerPage reads nothing of an employer the caller may not see: on PostgreSQL the
// plan never runs the page's subquery or the count (no loop over employments, persons or
// accounts) when the employer's row is not there, so another tenant's employer costs
// what a missing one costs. The caller's own employer is the control: its page is read.
func TestEmployerPageReadsNothingOfAnInvisibleEmployer(t *testing.T) {
	f := newPageFx(t)
	if f.st.Dialect != dialect.Postgres {
		t.Skip("the plan is PostgreSQL's")
	}
	ctx := context.Background()
	ten := 10
	loops := func(caller context.Context, employerID string, a directory.PageArgs) int {
		t.Helper()
		plan, err := f.svc.PlanPage(caller, employerID, directory.EmploymentFilter{Search: "an"}, a)
		if err != nil {
			t.Fatal(err)
		}
		query, args, err := f.svc.EmployerPageSQL(caller, plan)
		if err != nil {
			t.Fatal(err)
		}
		var out []byte
		if err := f.st.DB.QueryRowContext(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+query, args...).Scan(&out); err != nil {
			t.Fatal(err)
		}
		var explained []struct{ Plan planNode }
		if err := json.Unmarshal(out, &explained); err != nil || len(explained) != 1 {
			t.Fatalf("%v: %s", err, out)
		}
		return explained[0].Plan.loops("employments", "persons", "accounts")
	}
	employerUser := testworld.EmployerUser(f.A, "usr_wg", viewer.AllRights...)
	for _, a := range []directory.PageArgs{{First: &ten, Count: true, Edges: true}, {First: &ten, Edges: true}, {Count: true}} {
		for _, c := range []struct {
			name   string
			caller context.Context
			id     string
		}{
			{"another provider's employer", f.staff, f.w.EmpB1.ID},
			{"another employer of the provider", employerUser, f.B.ID},
			{"an employer that does not exist", f.staff, "emp_01JZZZZZZZZZZZZZZZZZZZZZZZ"},
		} {
			if n := loops(c.caller, c.id, a); n != 0 {
				t.Errorf("%s, %+v: %d loops over employments, persons and accounts; want none", c.name, a, n)
			}
		}
		if n := loops(employerUser, f.A.ID, a); n == 0 {
			t.Errorf("own employer, %+v: the page was not read", a)
		}
	}
}

// planNode is a node of EXPLAIN's JSON plan.
type planNode struct {
	Relation string     `json:"Relation Name"`
	Loops    int        `json:"Actual Loops"`
	Plans    []planNode `json:"Plans"`
}

// loops is the number of times the plan under n scanned any of tables.
func (n planNode) loops(tables ...string) int {
	total := 0
	if slices.Contains(tables, n.Relation) {
		total += n.Loops
	}
	for _, c := range n.Plans {
		total += c.loops(tables...)
	}
	return total
}
