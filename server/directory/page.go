package directory

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// PageArgs is one page of the employments list as Relay asks it, with entgql's
// cursors and orderings, so the page is interchangeable with ent's Paginate.
type PageArgs struct {
	After, Before *entgql.Cursor[string]
	First, Last   *int
	// Order defaults to ent's default (by ID).
	Order *ent.EmploymentOrder
	// Count: the caller reads totalCount or pageInfo; Edges: it reads the rows.
	Count, Edges bool
}

// The columns read per row. Secrets (password_hash) and the search key are left out:
// the list shows four fields and must never carry a password hash through memory.
var (
	pageEmploymentColumns = employment.Columns
	pagePersonColumns     = without(person.Columns, person.FieldSearchKey)
	pageAccountColumns    = without(account.Columns, account.FieldPasswordHash)
)

// without is cols less drop, in their order.
func without(cols []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return slices.Contains(drop, c) })
}

// Page returns one page of the employer's employments matching f with each row's
// person and account, as ent's Paginate would, in one SQL statement that also carries
// the total count. entgql's Paginate costs a count, the page, and one query per edge,
// each reading every column (field collection cannot see that fullName or status need
// only a few); on a large employer that was most of the request.
//
// Tenant scope: employerID is the ID of an employer the caller has already loaded
// through ent, so ent privacy let the caller see that employer; every employment,
// person and account read here carries that employer_id (the employment by the WHERE,
// its person and the person's account by their foreign keys within the employer), so
// the equality on employer_id is the tenant filter the privacy rules would add.
func (s *Service) Page(ctx context.Context, employerID string, f EmploymentFilter, a PageArgs) (*ent.EmploymentConnection, error) {
	if _, err := viewer.Require(ctx, viewer.ViewEmployees); err != nil {
		return nil, err
	}
	switch {
	case a.First != nil && a.Last != nil:
		return nil, apperr.BadRequestf("first and last cannot be used together")
	case a.First != nil && *a.First < 0, a.Last != nil && *a.Last < 0:
		return nil, apperr.BadRequestf("first and last cannot be negative")
	}
	if s.Dialect != dialect.Postgres && s.Dialect != dialect.SQLite {
		return nil, fmt.Errorf("directory: unsupported dialect %q", s.Dialect)
	}
	preds, err := s.EmploymentPredicates(employerID, f)
	if err != nil {
		return nil, err
	}
	order := ent.DefaultEmploymentOrder
	if a.Order != nil {
		o := *a.Order
		if o.Field == nil {
			o.Field = ent.DefaultEmploymentOrder.Field
		}
		order = &o
	}
	if err := order.Direction.Validate(); err != nil {
		return nil, apperr.BadRequestf("%v", err)
	}
	orderColumn, err := orderColumn(order)
	if err != nil {
		return nil, err
	}
	conn := &ent.EmploymentConnection{Edges: []*ent.EmploymentEdge{}}
	paged := a.After != nil || a.First != nil || a.Before != nil || a.Last != nil
	count := a.Count && (paged || !a.Edges)
	if !a.Edges || (a.First != nil && *a.First == 0) || (a.Last != nil && *a.Last == 0) {
		if count {
			if conn.TotalCount, err = s.count(ctx, preds); err != nil {
				return nil, err
			}
			conn.PageInfo.HasNextPage = a.First != nil && conn.TotalCount > 0
			conn.PageInfo.HasPreviousPage = a.Last != nil && conn.TotalCount > 0
		}
		return conn, nil
	}

	direction := order.Direction
	if a.Last != nil {
		direction = direction.Reverse()
	}
	b := sql.Dialect(s.Dialect)
	t := b.Table(employment.Table)
	p := b.Table(person.Table).As("p")
	acc := b.Table(account.Table).As("a")
	sel := b.Select().From(t).
		Join(p).On(t.C(employment.FieldPersonID), p.C(person.FieldID)).
		LeftJoin(acc).On(acc.C(account.FieldPersonID), p.C(person.FieldID))
	if count {
		// An uncorrelated scalar subquery: evaluated once, without the cursor.
		sel.AppendSelectExprAs(countOf(b, preds), "total_count")
	}
	for _, c := range pageEmploymentColumns {
		sel.AppendSelect(t.C(c))
	}
	for _, c := range pagePersonColumns {
		sel.AppendSelectAs(p.C(c), "p_"+c)
	}
	for _, c := range pageAccountColumns {
		sel.AppendSelectAs(acc.C(c), "a_"+c)
	}
	for _, pr := range preds {
		pr(sel)
	}
	after, before := typedCursor(a.After, orderColumn), typedCursor(a.Before, orderColumn)
	for _, pr := range entgql.CursorsPredicate(after, before, employment.FieldID, orderColumn, direction) {
		pr(sel)
	}
	by := func(c string) string { return sql.Asc(t.C(c)) }
	if direction == entgql.OrderDirectionDesc {
		by = func(c string) string { return sql.Desc(t.C(c)) }
	}
	if orderColumn != employment.FieldID {
		sel.OrderBy(by(orderColumn))
	}
	sel.OrderBy(by(employment.FieldID))
	limit := 0
	if a.First != nil {
		limit = *a.First + 1
	} else if a.Last != nil {
		limit = *a.Last + 1
	}
	if limit > 0 {
		sel.Limit(limit)
	}

	query, args := sel.Query()
	nodes, total, err := s.scanPage(ctx, query, args, count)
	if err != nil {
		return nil, err
	}
	if count && len(nodes) == 0 && (a.After != nil || a.Before != nil) {
		// A cursor past the end leaves no row to carry the count: the one case that
		// needs a second statement.
		if total, err = s.count(ctx, preds); err != nil {
			return nil, err
		}
	}
	conn.TotalCount = total
	build(conn, nodes, order, a)
	return conn, nil
}

// build is ent's EmploymentConnection.build: trim the extra row, reverse a last page,
// cursors as ent makes them.
func build(c *ent.EmploymentConnection, nodes []*ent.Employment, order *ent.EmploymentOrder, a PageArgs) {
	c.PageInfo.HasNextPage = a.Before != nil
	c.PageInfo.HasPreviousPage = a.After != nil
	if a.First != nil && *a.First+1 == len(nodes) {
		c.PageInfo.HasNextPage = true
		nodes = nodes[:len(nodes)-1]
	} else if a.Last != nil && *a.Last+1 == len(nodes) {
		c.PageInfo.HasPreviousPage = true
		nodes = nodes[:len(nodes)-1]
	}
	c.Edges = make([]*ent.EmploymentEdge, len(nodes))
	for i := range nodes {
		n := nodes[i]
		if a.Last != nil {
			n = nodes[len(nodes)-1-i]
		}
		c.Edges[i] = n.ToEdge(order)
	}
	if l := len(c.Edges); l > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[l-1].Cursor
	}
	if c.TotalCount == 0 {
		c.TotalCount = len(nodes)
	}
}

// orderColumn is the column of an ordering field; ent keeps it unexported.
func orderColumn(o *ent.EmploymentOrder) (string, error) {
	if o.Field == ent.DefaultEmploymentOrder.Field {
		return employment.FieldID, nil
	}
	switch o.Field.String() {
	case ent.EmploymentOrderFieldEmployeeNumber.String():
		return employment.FieldEmployeeNumber, nil
	case ent.EmploymentOrderFieldStartDate.String():
		return employment.FieldStartDate, nil
	case ent.EmploymentOrderFieldCreatedAt.String():
		return employment.FieldCreatedAt, nil
	}
	return "", apperr.BadRequestf("unknown employment order %q", o.Field.String())
}

// typedCursor gives a start-date cursor's value its type back: the cursor's msgpack
// form carries a date.Date as a map of Year, Month and Day, which no database driver
// accepts as an argument (ent's Paginate fails on it).
func typedCursor(c *entgql.Cursor[string], column string) *entgql.Cursor[string] {
	if c == nil || column != employment.FieldStartDate {
		return c
	}
	m, ok := c.Value.(map[string]any)
	if !ok {
		return c
	}
	num := func(k string) int {
		switch v := reflect.ValueOf(m[k]); {
		case v.CanInt():
			return int(v.Int())
		case v.CanUint():
			return int(v.Uint()) //nolint:gosec // G115: a year, month or day
		}
		return 0
	}
	return &entgql.Cursor[string]{ID: c.ID, Value: date.New(num("Year"), time.Month(num("Month")), num("Day"))}
}

// countOf is the count of the employments matching preds.
func countOf(b *sql.DialectBuilder, preds []predicate.Employment) *sql.Selector {
	c := b.Select(sql.Count("*")).From(b.Table(employment.Table))
	for _, p := range preds {
		p(c)
	}
	return c
}

func (s *Service) count(ctx context.Context, preds []predicate.Employment) (int, error) {
	query, args := countOf(sql.Dialect(s.Dialect), preds).Query()
	rows, err := s.query(ctx, query, args)
	if err != nil {
		return 0, err
	}
	defer func() { _ = rows.Close() }()
	var n int
	if rows.Next() {
		err = rows.Scan(&n)
	}
	return n, errors.Join(err, rows.Err())
}

// query runs one of the list's statements. On PostgreSQL it is never prepared as a
// named statement: pgx's default exec mode (cache_statement) prepares and caches it,
// and after five executions PostgreSQL may switch to a generic plan, made without the
// employer and the search text. For the search that plan walks all employments of the
// employer (measured on a 20,000-employment employer: 83 ms and 82,592 buffers against
// 17 ms and 2,356 with a plan for the values; with the statement cache off the same
// binary answered 1.93× faster). cache_describe sends the statement unnamed, so it is
// planned for its values at every execution, still in one round trip; the plans of
// every other statement stay cached. The mode travels with the arguments, so the
// bench's replay of these statements (bench/main.go) runs them the same way.
func (s *Service) query(ctx context.Context, query string, args []any) (*sql.Rows, error) {
	if s.Dialect == dialect.Postgres {
		args = append([]any{pgx.QueryExecModeCacheDescribe}, args...)
	}
	return s.Client.QueryRows(ctx, query, args...)
}

func (s *Service) scanPage(ctx context.Context, query string, args []any, count bool) (nodes []*ent.Employment, total int, err error) {
	rows, err := s.query(ctx, query, args)
	if err != nil {
		return nil, 0, err
	}
	defer func() { err = errors.Join(err, rows.Close()) }()
	for rows.Next() {
		var dest []any
		if count {
			dest = append(dest, &total)
		}
		ev, emp := s.Client.Employment.Scanner(pageEmploymentColumns)
		pv, per := s.Client.Person.Scanner(pagePersonColumns)
		av, acc := s.Client.Account.Scanner(pageAccountColumns)
		dest = append(append(append(dest, ev...), pv...), av...)
		if err := rows.Scan(dest...); err != nil {
			return nil, 0, err
		}
		e, err := emp()
		if err != nil {
			return nil, 0, err
		}
		p, err := per()
		if err != nil {
			return nil, 0, err
		}
		a, err := acc()
		if err != nil {
			return nil, 0, err
		}
		if a.ID == "" { // the LEFT JOIN found no account
			a = nil
		}
		p.SetAccount(a)
		e.SetPerson(p)
		nodes = append(nodes, e)
	}
	return nodes, total, rows.Err()
}
