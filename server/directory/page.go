package directory

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employer"
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
	// Read is what the caller reads of each row; nil reads every page column.
	Read *Columns
}

// Columns are the columns of a page's rows a caller reads, by ent column name, per
// table; a nil list reads all the table's page columns. The IDs and foreign keys are
// read always (edges and rights checks follow them), secrets never. The staff list
// shows fifteen of the fifty columns of the three tables; reading only those made the
// search "jans" on 20,000 employments 0.6 ms faster in PostgreSQL alone (4.0 against
// 3.4 ms, p10).
type Columns struct {
	Employment, Person, Account []string
}

// The columns a row may read. Secrets (password_hash) and the search key are left out:
// the list shows four fields and must never carry a password hash through memory.
var (
	pageEmploymentColumns = employment.Columns
	pagePersonColumns     = without(person.Columns, person.FieldSearchKey)
	pageAccountColumns    = without(account.Columns, account.FieldPasswordHash)
)

// The columns read always: the IDs and the foreign keys.
var (
	keyEmploymentColumns = []string{employment.FieldID, employment.FieldProviderID, employment.FieldEmployerID, employment.FieldPersonID}
	keyPersonColumns     = []string{person.FieldID, person.FieldProviderID, person.FieldEmployerID}
	keyAccountColumns    = []string{account.FieldID, account.FieldProviderID, account.FieldEmployerID, account.FieldPersonID}
)

// readColumns is the page columns of a table that the row reads: those asked and the
// keys, in the table's order; all of them for a nil ask.
func readColumns(page, keys, ask []string) []string {
	if ask == nil {
		return page
	}
	return slices.DeleteFunc(slices.Clone(page), func(c string) bool { return !slices.Contains(ask, c) && !slices.Contains(keys, c) })
}

// without is cols less drop, in their order.
func without(cols []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return slices.Contains(drop, c) })
}

// PagePlan is one page of an employer's employments, checked and ready to read: the
// caller's right, the arguments and the order. PlanPage makes it without a statement;
// Page reads it, and EmployerPage reads it together with its employer.
type PagePlan struct {
	employerID string
	// preds are the filters on employments; search, a text search, is matched on the
	// joined person (a number search is one of preds).
	preds       []predicate.Employment
	search      *search
	args        PageArgs
	order       *ent.EmploymentOrder
	orderColumn string
	// direction is the order of the rows as read: reversed for a last page.
	direction entgql.OrderDirection
	// count: the total count is read; rows: rows are read (edges, a page size above 0).
	count, rows bool
	// fewMatches is, on PostgreSQL, the most matching persons whose employments matches
	// reads by person; 0 on SQLite, whose planner takes the join as it is.
	fewMatches int
	// The columns each row reads.
	employmentColumns, personColumns, accountColumns []string
}

// PlanPage checks a page of the employer's employments matching f before anything is
// read: VIEW_EMPLOYEES, first and last, the order. Its errors are the page's errors.
func (s *Service) PlanPage(ctx context.Context, employerID string, f EmploymentFilter, a PageArgs) (*PagePlan, error) {
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
	q, err := parseSearch(employerID, f.Search)
	if err != nil {
		return nil, err
	}
	preds, err := s.filterPredicates(employerID, f)
	if err != nil {
		return nil, err
	}
	if q != nil && q.number > 0 {
		// A number matches the employee number or the person: as a condition on the
		// join, that OR spans two tables and no index answers it (measured on 20,000
		// employments: "1234" 86 ms against 21 ms as the employment's own predicate).
		preds, q = append(preds, q.predicate()), nil
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
	p := &PagePlan{employerID: employerID, preds: preds, search: q, args: a, order: order, orderColumn: orderColumn, direction: order.Direction,
		employmentColumns: pageEmploymentColumns, personColumns: pagePersonColumns, accountColumns: pageAccountColumns}
	if s.Dialect == dialect.Postgres {
		p.fewMatches = cmp.Or(s.fewMatches, DefaultFewMatches)
	}
	if r := a.Read; r != nil {
		// The order's column makes the cursors (ToEdge).
		p.employmentColumns = readColumns(pageEmploymentColumns, append(slices.Clone(keyEmploymentColumns), orderColumn), r.Employment)
		p.personColumns = readColumns(pagePersonColumns, keyPersonColumns, r.Person)
		p.accountColumns = readColumns(pageAccountColumns, keyAccountColumns, r.Account)
	}
	paged := a.After != nil || a.First != nil || a.Before != nil || a.Last != nil
	p.count = a.Count && (paged || !a.Edges)
	p.rows = a.Edges && (a.First == nil || *a.First > 0) && (a.Last == nil || *a.Last > 0)
	if a.Last != nil {
		p.direction = p.direction.Reverse()
	}
	return p, nil
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
// the equality on employer_id is the tenant filter the privacy rules would add. A
// caller that has not loaded the employer yet reads it with the page: EmployerPage.
func (s *Service) Page(ctx context.Context, employerID string, f EmploymentFilter, a PageArgs) (*ent.EmploymentConnection, error) {
	p, err := s.PlanPage(ctx, employerID, f, a)
	if err != nil {
		return nil, err
	}
	conn := &ent.EmploymentConnection{Edges: []*ent.EmploymentEdge{}}
	if !p.rows {
		if p.count {
			if conn.TotalCount, err = s.count(ctx, p); err != nil {
				return nil, err
			}
		}
		p.countOnly(conn)
		return conn, nil
	}
	b := sql.Dialect(s.Dialect)
	sel := p.rowsSelector(b, p.count)
	if m := p.matches(b); m != nil {
		sel.Prefix(m)
	}
	query, args := sel.Query()
	rows, err := s.query(ctx, query, args)
	if err != nil {
		return nil, err
	}
	var total int
	nodes, err := s.scanRows(p, rows, func(row []any) []any {
		if p.count {
			row = append(row, &total)
		}
		return row
	}, nil)
	if err != nil {
		return nil, err
	}
	if p.count && len(nodes) == 0 && (a.After != nil || a.Before != nil) {
		// A cursor past the end leaves no row to carry the count: the one case that
		// needs a second statement.
		if total, err = s.count(ctx, p); err != nil {
			return nil, err
		}
	}
	conn.TotalCount = total
	build(conn, nodes, p.order, a)
	return conn, nil
}

// EmployerPage reads the plan's employer together with its page, in one statement:
// what Employer.Get and then Page would answer, at the cost of one round trip. An
// employer the caller may not see answers exactly as one that does not exist: ent's
// not-found, with nothing of the page read.
//
// Tenant scope: the statement's driving table is the employer as ent's own Employer
// query selects it by ID, narrowed by the Employer privacy policy (ent/schema/policy.go)
// exactly as Get narrows it: Get is the same query (Query().Where(ID).Only), and the
// selector comes from ent after the policy ran on it (EmployerQuery.Selector runs the
// query's prepareQuery, where ent evaluates the policy for All and Only too), not from a
// copy of its rule; a policy that denies outright fails here as it fails Get. The page is LEFT JOINed to that
// one row on employer_id, so it yields rows only when the policy let the employer
// through, and every row it yields belongs to that employer; the employer row comes
// back even with an empty page, which tells an empty page of a visible employer from an
// invisible employer. The count is an uncorrelated subquery of the select list, so
// PostgreSQL evaluates it only for a row it returns, and for none when the employer is
// not visible; the page's subquery is likewise never run for an employer row that does
// not exist (PostgreSQL reads the preserved side of a left join first), so another
// tenant's employer costs what a missing one costs
// (TestEmployerPageReadsNothingOfAnInvisibleEmployer).
func (s *Service) EmployerPage(ctx context.Context, p *PagePlan) (*ent.Employer, *ent.EmploymentConnection, error) {
	q := s.Client.Employer.Query().Where(employer.ID(p.employerID))
	sel, err := s.employerPageSelector(ctx, q, p)
	if err != nil {
		return nil, nil, err
	}
	query, args := sel.Query()
	rows, err := s.query(ctx, query, args)
	if err != nil {
		return nil, nil, err
	}
	var (
		total                        int
		emp                          *ent.Employer
		employerValues, makeEmployer = s.Client.Employer.Scanner(employer.Columns)
	)
	prefix := func(row []any) []any {
		row = append(row, employerValues...)
		if p.count {
			row = append(row, &total)
		}
		return row
	}
	scanned := func() error {
		if emp != nil {
			return nil
		}
		emp, err = makeEmployer()
		return err
	}
	var nodes []*ent.Employment
	if p.rows {
		nodes, err = s.scanRows(p, rows, prefix, scanned)
	} else {
		err = scanEach(rows, func() error {
			if err := rows.Scan(prefix(nil)...); err != nil {
				return err
			}
			return scanned()
		})
	}
	if err != nil {
		return nil, nil, err
	}
	if emp == nil {
		return nil, nil, q.NotFound()
	}
	conn := &ent.EmploymentConnection{Edges: []*ent.EmploymentEdge{}, TotalCount: total}
	if !p.rows {
		p.countOnly(conn)
		return emp, conn, nil
	}
	build(conn, nodes, p.order, p.args)
	return emp, conn, nil
}

// employerPageSelector is EmployerPage's statement: the employer as q selects it, then
// the count and the page's rows as p asks them.
func (s *Service) employerPageSelector(ctx context.Context, q *ent.EmployerQuery, p *PagePlan) (*sql.Selector, error) {
	e, err := q.Selector(ctx)
	if err != nil {
		return nil, err
	}
	e.As("e")
	b := sql.Dialect(s.Dialect)
	sel := b.Select().From(e)
	for _, c := range employer.Columns {
		sel.AppendSelect(e.C(c))
	}
	if m := p.matches(b); m != nil {
		sel.Prefix(m)
	}
	if p.count {
		sel.AppendSelectExprAs(p.totalSelector(b), "total_count")
	}
	if p.rows {
		pg := p.rowsSelector(b, false).As("pg")
		sel.LeftJoin(pg).On(pg.C(employment.FieldEmployerID), e.C(employer.FieldID))
		for _, c := range p.employmentColumns {
			sel.AppendSelect(pg.C(c))
		}
		for _, c := range p.personColumns {
			sel.AppendSelect(pg.C("p_" + c))
		}
		for _, c := range p.accountColumns {
			sel.AppendSelect(pg.C("a_" + c))
		}
		// The derived table's order is not the statement's: order again, as the page did.
		p.ordered(sel, pg.C)
	}
	return sel, nil
}

// countOnly sets the page info of a page that reads no rows, as ent's Paginate does.
func (p *PagePlan) countOnly(conn *ent.EmploymentConnection) {
	conn.PageInfo.HasNextPage = p.args.First != nil && conn.TotalCount > 0
	conn.PageInfo.HasPreviousPage = p.args.Last != nil && conn.TotalCount > 0
}

// by writes a column in the order the rows are read.
func (p *PagePlan) by() func(string) string {
	if p.direction == entgql.OrderDirectionDesc {
		return sql.Desc
	}
	return sql.Asc
}

// matchesName is the name of the matches statement (matches) within the page's, and
// matchedName that of the matching persons it reads on PostgreSQL.
const (
	matchesName = "m"
	matchedName = "s"
)

// DefaultFewMatches is the most matching persons for which the search reads their
// employments person by person (see matches).
//
// Measured on the bench's 20,000-employment employer, the page statement in PostgreSQL
// through pgx, median of 31 interleaved: read by person, "jans" (347 matches) 8.7 → 3.7
// ms, "jan" (664) 9.1 → 5.2, "smit" (712) 9.6 → 5.8, "el" (1,329) 16.6 → 14.4; the
// join as the planner chose it is faster from a few thousand: "van" (4,431) 15.1 against
// 18.3 by person, "a" (17,968) 26.9 against 57.4. Above the limit the search pays for
// finding the first matches once more: "van" 15.1 → 17.8, "gmail" (6,070) 18.6 → 23.2,
// "a" 26.9 → 32.3 ms.
const DefaultFewMatches = 2000

// matches is, for a counted page of a text search, the statement's first part: the
// matching employments' IDs and order column, which the count and the page both read
// (WITH m AS …), so the search runs once instead of twice. Nil for any other page.
//
// Why: the count and the page each searched the employer's persons and joined their
// employments (for a selective search PostgreSQL hashes all the employer's employments
// for that join, twice), and the page joined every match's account before its LIMIT.
// Measured on the bench's 20,000-employment employer in psql, median of 9 (planning and
// execution): "jans" (347 matches) 8.3 → 4.6 ms, "jan" (664) 6.5 → 4.7 ms, "el"
// (1,329) 10.3 → 9.8 ms. A search that matches a third of the employer pays for
// sorting all matches where the page could walk the order's index and stop at fifty:
// "van" (4,431) 7.2 → 8.4 ms and "gmail" (6,070) 8.2 → 10.3 ms. The list is searched
// for a name, which matches few, so that is the trade taken. A CTE read twice is
// computed once by both databases (PostgreSQL materialises it, and runs it only when a
// row is read from it: TestEmployerPageReadsNothingOfAnInvisibleEmployer).
//
// On PostgreSQL the join of the matching persons to their employments is written so
// that the planner cannot choose it by its estimate of the matches. That estimate
// comes from ANALYZE's sample: for the 347 persons "jans" matches it was 203 to 811
// from one ANALYZE to the next, and from about 500 the planner hashes all 20,000
// employments of the employer (7–10 ms) instead of reading the matches' employments by
// person (about 2 ms), so the same search was fast or slow by the day's sample. Here
// the statement first takes the IDs of up to fewMatches+1 matching persons (s). When
// there are no more than fewMatches, their employments are read by person (person_id =
// ANY, an index condition of one table, which no join strategy replaces); otherwise
// the join is the planner's, which for that many matches hashes. Each branch has a
// condition on the number of IDs only, which PostgreSQL evaluates once, before it runs
// either branch, and the branch it rules out is never run.
func (p *PagePlan) matches(b *sql.DialectBuilder) *sql.WithBuilder {
	if !p.searchOnce() {
		return nil
	}
	t := b.Table(employment.Table)
	sel := b.Select(t.C(employment.FieldID)).From(t)
	if p.orderColumn != employment.FieldID {
		sel.AppendSelect(t.C(p.orderColumn))
	}
	for _, pr := range p.preds {
		pr(sel)
	}
	if p.fewMatches == 0 {
		return sql.With(matchesName).As(p.joined(b, sel, t))
	}
	per := b.Table(person.Table).As("p")
	ids := b.Select(per.C(person.FieldID)).From(per).Where(p.search.on(per)).Limit(p.fewMatches + 1)
	matched := b.Select().AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("ARRAY").Wrap(func(b *sql.Builder) { b.Join(ids) })
	}), "ids")
	count, few := "(SELECT cardinality(ids) FROM "+matchedName+")", strconv.Itoa(p.fewMatches)
	// The cast makes the scalar subquery an array, not ANY's row source.
	byPerson := sel.Clone().Where(sql.ExprP(count + " <= " + few)).
		Where(sql.ExprP(t.C(employment.FieldPersonID) + " = ANY ((SELECT ids FROM " + matchedName + ")::varchar[])"))
	byJoin := p.joined(b, sel, t).Where(sql.ExprP(count + " > " + few))
	return sql.With(matchedName).As(matched).With(matchesName).As(byPerson.UnionAll(byJoin))
}

// joined is sel, which selects from the employments t, joined to the matching persons.
func (p *PagePlan) joined(b *sql.DialectBuilder, sel *sql.Selector, t *sql.SelectTable) *sql.Selector {
	per := b.Table(person.Table).As("p")
	return sel.Clone().Join(per).On(t.C(employment.FieldPersonID), per.C(person.FieldID)).Where(p.search.on(per))
}

// searchOnce tells a counted page of a text search, whose statement has matches.
func (p *PagePlan) searchOnce() bool { return p.search != nil && p.count && p.rows }

// totalSelector is the page's total count: of the matches when the statement has them,
// else of its own.
func (p *PagePlan) totalSelector(b *sql.DialectBuilder) *sql.Selector {
	if p.searchOnce() {
		return b.Select(sql.Count("*")).From(b.Table(matchesName))
	}
	return p.countSelector(b)
}

// rowsSelector is the page's rows: the employments matching the plan after or before
// its cursor, with their persons and accounts, in order, one more than asked (which
// tells whether another page follows). Person and account columns are named p_ and a_;
// with count, the first column is the total count. With matches (the caller puts them
// first in the statement), the page is cut from them and only its rows are joined.
func (p *PagePlan) rowsSelector(b *sql.DialectBuilder, count bool) *sql.Selector {
	t := b.Table(employment.Table)
	per := b.Table(person.Table).As("p")
	acc := b.Table(account.Table).As("a")
	sel := b.Select()
	if p.searchOnce() {
		m := b.Table(matchesName)
		cols := []string{m.C(employment.FieldID)}
		if p.orderColumn != employment.FieldID {
			cols = append(cols, m.C(p.orderColumn))
		}
		keys := p.cut(b.Select(cols...).From(m), m).As("k")
		sel.From(keys).Join(t).On(t.C(employment.FieldID), keys.C(employment.FieldID))
	} else {
		sel.From(t)
	}
	sel.Join(per).On(t.C(employment.FieldPersonID), per.C(person.FieldID)).
		LeftJoin(acc).On(acc.C(account.FieldPersonID), per.C(person.FieldID))
	if count {
		// An uncorrelated scalar subquery: evaluated once, without the cursor.
		sel.AppendSelectExprAs(p.totalSelector(b), "total_count")
	}
	for _, c := range p.employmentColumns {
		sel.AppendSelect(t.C(c))
	}
	for _, c := range p.personColumns {
		sel.AppendSelectAs(per.C(c), "p_"+c)
	}
	for _, c := range p.accountColumns {
		sel.AppendSelectAs(acc.C(c), "a_"+c)
	}
	if p.searchOnce() {
		p.ordered(sel, t.C)
		return sel
	}
	for _, pr := range p.preds {
		pr(sel)
	}
	if p.search != nil {
		sel.Where(p.search.on(per))
	}
	return p.cut(sel, t)
}

// cut narrows sel, whose employments' columns t names, to the page: after or before the
// cursor, in order, one more row than asked.
func (p *PagePlan) cut(sel *sql.Selector, t *sql.SelectTable) *sql.Selector {
	after, before := typedCursor(p.args.After, p.orderColumn), typedCursor(p.args.Before, p.orderColumn)
	for _, pr := range cursorsPredicate(t, after, before, p.orderColumn, p.direction) {
		sel.Where(pr)
	}
	p.ordered(sel, t.C)
	if a := p.args; a.First != nil {
		sel.Limit(*a.First + 1)
	} else if a.Last != nil {
		sel.Limit(*a.Last + 1)
	}
	return sel
}

// ordered orders sel in the page's order; column names the employments' columns in it.
func (p *PagePlan) ordered(sel *sql.Selector, column func(string) string) {
	by := p.by()
	if p.orderColumn != employment.FieldID {
		sel.OrderBy(by(column(p.orderColumn)))
	}
	sel.OrderBy(by(column(employment.FieldID)))
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

// cursorsPredicate is entgql.CursorsPredicate (which ent's Paginate uses) with every
// column named by t when it is made. entgql names the columns of an order other than
// the ID only when the statement is written, through the selector; EmployerPage has
// made the page a derived table named pg by then, and pg is not in scope inside it.
func cursorsPredicate(t *sql.SelectTable, after, before *entgql.Cursor[string], column string, direction entgql.OrderDirection) []*sql.Predicate {
	var ps []*sql.Predicate
	for _, c := range []*entgql.Cursor[string]{after, before} {
		if c == nil {
			continue
		}
		asc := direction == entgql.OrderDirectionAsc
		switch {
		case c.Value != nil && asc:
			ps = append(ps, sql.CompositeGT([]string{t.C(column), t.C(employment.FieldID)}, c.Value, c.ID))
		case c.Value != nil:
			ps = append(ps, sql.CompositeLT([]string{t.C(column), t.C(employment.FieldID)}, c.Value, c.ID))
		case asc:
			ps = append(ps, sql.GT(t.C(employment.FieldID), c.ID))
		default:
			ps = append(ps, sql.LT(t.C(employment.FieldID), c.ID))
		}
	}
	return ps
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

// countSelector is the count of the employments matching the plan, their persons joined
// only for a search.
func (p *PagePlan) countSelector(b *sql.DialectBuilder) *sql.Selector {
	t := b.Table(employment.Table)
	c := b.Select(sql.Count("*")).From(t)
	for _, pr := range p.preds {
		pr(c)
	}
	if p.search != nil {
		per := b.Table(person.Table).As("p")
		c.Join(per).On(t.C(employment.FieldPersonID), per.C(person.FieldID))
		c.Where(p.search.on(per))
	}
	return c
}

func (s *Service) count(ctx context.Context, p *PagePlan) (int, error) {
	query, args := p.countSelector(sql.Dialect(s.Dialect)).Query()
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
// binary answered 1.93× faster). The search's present form (matches) has a generic
// plan that reads each match's employment by index: fine for a name, 1.3× the custom
// plan for a third of the employer ("gmail": 14 against 11 ms), and no protection for
// the next form of the statement; planning each time costs some 0.6 ms of the ~3 ms a
// name search takes in PostgreSQL. cache_describe sends the statement unnamed, so it is
// planned for its values at every execution, still in one round trip; the plans of
// every other statement stay cached. The mode travels with the arguments, so the
// bench's replay of these statements (bench/main.go) runs them the same way.
func (s *Service) query(ctx context.Context, query string, args []any) (*sql.Rows, error) {
	if s.Dialect == dialect.Postgres {
		args = append([]any{pgx.QueryExecModeCacheDescribe}, args...)
	}
	return s.Client.QueryRows(ctx, query, args...)
}

// scanRows reads the page's rows: each row is prefix's destinations, then the
// employment, its person and its account, in the plan's columns. scanned, when set, runs after each row is
// scanned. A row without an employment (the employer's row of an empty page, which
// EmployerPage LEFT JOINs) adds no node.
func (s *Service) scanRows(p *PagePlan, rows *sql.Rows, prefix func([]any) []any, scanned func() error) (nodes []*ent.Employment, err error) {
	err = scanEach(rows, func() error {
		ev, emp := s.Client.Employment.Scanner(p.employmentColumns)
		pv, per := s.Client.Person.Scanner(p.personColumns)
		av, acc := s.Client.Account.Scanner(p.accountColumns)
		if err := rows.Scan(append(append(append(prefix(nil), ev...), pv...), av...)...); err != nil {
			return err
		}
		if scanned != nil {
			if err := scanned(); err != nil {
				return err
			}
		}
		e, err := emp()
		if err != nil {
			return err
		}
		if e.ID == "" {
			return nil
		}
		p, err := per()
		if err != nil {
			return err
		}
		a, err := acc()
		if err != nil {
			return err
		}
		if a.ID == "" { // the LEFT JOIN found no account
			a = nil
		}
		p.SetAccount(a)
		e.SetPerson(p)
		nodes = append(nodes, e)
		return nil
	})
	return nodes, err
}

// scanEach calls row for every row of rows, then closes them.
func scanEach(rows *sql.Rows, row func() error) (err error) {
	defer func() { err = errors.Join(err, rows.Close()) }()
	for rows.Next() {
		if err := row(); err != nil {
			return err
		}
	}
	return rows.Err()
}
