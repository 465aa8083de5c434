package directory_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/date"
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
// Both forms of a search's matches are checked.
func TestEmployerPageReadsNothingOfAnInvisibleEmployer(t *testing.T) {
	fx := newPageFx(t)
	if fx.st.Dialect != dialect.Postgres {
		t.Skip("the plan is PostgreSQL's")
	}
	for form, f := range fx.searchForms() {
		t.Run(form, func(t *testing.T) { f.readsNothingOfAnInvisibleEmployer(t) })
	}
}

func (f *pageFx) readsNothingOfAnInvisibleEmployer(t *testing.T) {
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

// A name search reads the employments of the persons it matches, not every employment
// of the employer, whatever join the planner prefers. The planner chooses the join by
// its estimate of the matches, which comes from ANALYZE's sample and was off by more
// than half for the bench's "jans"; with a high estimate it hashed all 20,000
// employments of the employer. Here the employer has a thousand more employments
// (whose persons match none of the searches) and the planner is told to prefer any
// join to a nested loop: the matches must still read only their own employments. The
// join form, which the page takes for more matches than fewMatches, is the control:
// under this planner it reads them all.
func TestSearchReadsOnlyTheMatchesEmployments(t *testing.T) {
	f := newPageFx(t)
	if f.st.Dialect != dialect.Postgres {
		t.Skip("the plan is PostgreSQL's")
	}
	ctx := context.Background()
	c := f.st.Client
	persons := make([]*ent.PersonCreate, 1000)
	for i := range persons {
		last := fmt.Sprintf("Kok%04d", i)
		persons[i] = c.Person.Create().SetEmployerID(f.A.ID).SetFirstName("Noor").SetLastName(last).
			SetBirthDate(testworld.Birth).SetSearchKey(directory.SearchKey("Noor", "", last, ""))
	}
	added := c.Person.CreateBulk(persons...).SaveX(f.w.Sys)
	employments := make([]*ent.EmploymentCreate, len(added))
	for i, per := range added {
		employments[i] = c.Employment.Create().SetPersonID(per.ID).SetEmployeeNumber(5000 + i).SetStartDate(date.New(2021, 1, 1))
	}
	c.Employment.CreateBulk(employments...).ExecX(f.w.Sys)
	conn, err := f.st.DB.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	if _, err := conn.ExecContext(ctx, "ANALYZE persons, employments; SET enable_nestloop = off"); err != nil {
		t.Fatal(err)
	}
	fifty := 50
	read := func(svc *directory.Service, search string) (employments, matches int) {
		t.Helper()
		a := directory.PageArgs{First: &fifty, Count: true, Edges: true}
		plan, err := svc.PlanPage(f.staff, f.A.ID, directory.EmploymentFilter{Search: search}, a)
		if err != nil {
			t.Fatal(err)
		}
		query, args, err := svc.EmployerPageSQL(f.staff, plan)
		if err != nil {
			t.Fatal(err)
		}
		var out []byte
		if err := conn.QueryRowContext(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+query, args...).Scan(&out); err != nil {
			t.Fatal(err)
		}
		var explained []struct{ Plan planNode }
		if err := json.Unmarshal(out, &explained); err != nil || len(explained) != 1 {
			t.Fatalf("%v: %s", err, out)
		}
		m := explained[0].Plan.find("CTE m")
		if m == nil {
			t.Fatalf("no CTE m in the plan of %s", query)
		}
		got, err := svc.Page(f.staff, f.A.ID, directory.EmploymentFilter{Search: search}, a)
		if err != nil {
			t.Fatal(err)
		}
		return m.read("employments"), got.TotalCount
	}
	var all int
	if err := f.st.DB.QueryRowContext(ctx, "SELECT count(*) FROM employments WHERE employer_id = $1", f.A.ID).Scan(&all); err != nil {
		t.Fatal(err)
	}
	for _, search := range []string{"jan", "de vries", "smit"} {
		employments, matches := read(f.svc, search)
		if matches == 0 || matches*2 > all {
			t.Fatalf("%q matches %d of %d employments; the test needs a few", search, matches, all)
		}
		if employments != matches {
			t.Errorf("%q read %d employments for its %d matches", search, employments, matches)
		}
		if joined, _ := read(f.svc.WithFewMatches(1), search); joined < all {
			t.Errorf("the control: %q by join read %d employments, not the employer's %d; the planner was not forced", search, joined, all)
		}
	}
}

// planNode is a node of EXPLAIN's JSON plan.
type planNode struct {
	Relation       string     `json:"Relation Name"`
	Subplan        string     `json:"Subplan Name"`
	Loops          int        `json:"Actual Loops"`
	Rows           int        `json:"Actual Rows"`
	RemovedFilter  int        `json:"Rows Removed by Filter"`
	RemovedRecheck int        `json:"Rows Removed by Index Recheck"`
	Plans          []planNode `json:"Plans"`
}

// find is the node under n (n included) of the subplan named name.
func (n *planNode) find(name string) *planNode {
	if n.Subplan == name {
		return n
	}
	for i := range n.Plans {
		if c := n.Plans[i].find(name); c != nil {
			return c
		}
	}
	return nil
}

// sum adds of over every node under n, n included.
func (n planNode) sum(of func(planNode) int) int {
	total := of(n)
	for _, c := range n.Plans {
		total += c.sum(of)
	}
	return total
}

// read is the number of rows of table the plan under n read: those its scans returned
// and those they read and dropped, over all their loops (EXPLAIN gives per-loop averages).
func (n planNode) read(table string) int {
	return n.sum(func(m planNode) int {
		if m.Relation != table {
			return 0
		}
		return (m.Rows + m.RemovedFilter + m.RemovedRecheck) * m.Loops
	})
}

// loops is the number of times the plan under n scanned any of tables.
func (n planNode) loops(tables ...string) int {
	return n.sum(func(m planNode) int {
		if !slices.Contains(tables, m.Relation) {
			return 0
		}
		return m.Loops
	})
}
