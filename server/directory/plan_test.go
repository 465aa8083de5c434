package directory_test

import (
	"context"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/directory"
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
		if strings.HasPrefix(stmt, "SELECT") && strings.Contains(stmt, "search_key") && generic > 0 {
			t.Errorf("the search ran %d times with a generic plan (%d custom): %.200s", generic, custom, stmt)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}
