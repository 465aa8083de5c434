package store

import (
	"cmp"
	"context"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/field"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/migrate"
)

// Rows per statement of InsertRows: on SQLite as CreateBulk's callers chunked them (a
// few thousand parameters); on Postgres a parameter is a whole column, so only the
// size of one message bounds it (2,000 rendered mails are a few MB).
const (
	sqliteBulkRows   = 500
	postgresBulkRows = 2000
)

// RowBuilder is an ent create builder: its Row method makes the row Save would insert,
// RowValues makes the same row and hands over its values one by one, Table names its
// table, Pending is its mutation.
type RowBuilder[N any] interface {
	Row(ctx context.Context) (N, *sqlgraph.CreateSpec, error)
	RowValues(ctx context.Context, put func(column string, t field.Type, v any)) (N, error)
	Table() string
	Pending() ent.Mutation
}

// Insert makes the rows of builders of one type as Save would (see RowBuilder) and
// writes them with InsertRows. It returns the new nodes in the builders' order.
//
// In a transaction of a Postgres store, when every builder names its tenant keys, the
// rows are made while they are copied (copyWhileMaking): making 10,000 rows (hooks,
// privacy policy, checks, the row's values) took as long as Postgres took to store them,
// one after the other (issue #12).
func Insert[N any, B RowBuilder[N]](ctx context.Context, c *ent.Client, builders []B) ([]N, error) {
	if tx, ok := c.Underlying().(*pgTx); ok && len(builders) > 0 && keyed(builders) {
		return copyWhileMaking(ctx, c, tx, builders)
	}
	nodes := make([]N, len(builders))
	rows := make([]*sqlgraph.CreateSpec, len(builders))
	for i, b := range builders {
		var err error
		if nodes[i], rows[i], err = b.Row(ctx); err != nil {
			return nil, err
		}
	}
	if err := InsertRows(ctx, c, rows); err != nil {
		return nil, err
	}
	return nodes, nil
}

// keyed reports whether every builder sets the tenant keys its type has, so that no
// hook queries while its row is made: TenantKeys looks up a parent only for a row
// without them, and the privacy policies compare the keys with the principal.
func keyed[N any, B RowBuilder[N]](builders []B) bool {
	for _, b := range builders {
		if provider, employer := missingKeys(b.Pending()); provider || employer {
			return false
		}
	}
	return true
}

// copyWhileMaking is Insert by one COPY of tx that makes each row when pgx asks for it:
// pgx reads its rows in a goroutine of its own and sends them on while Postgres stores
// what it already has. The rows are made by RowValues, which hands over each value
// without the spec Row makes: the specs were about half the Go time of 10,000 payslip
// lines, time in which Postgres waited for the rows (issue #12).
//
// The COPY names every column ent/schema gives the table, where InsertRows names those
// its rows set: a row is its values and NULL for the rest, which is what an INSERT
// leaving them out stores, except for a column with a default. A row that leaves such a
// column out is refused (ent sets the default of each of them itself). While the COPY
// runs the connection is its own: a hook that queried would wait for it for ever, so
// the transaction refuses queries from the rows being made (noQueries, pgTx); a row's
// error or panic ends the COPY (pgTx.copyFrom).
func copyWhileMaking[N any, B RowBuilder[N]](ctx context.Context, c *ent.Client, tx *pgTx, builders []B) ([]N, error) {
	table, err := tableOf(ctx, c, builders[0].Table())
	if err != nil {
		return nil, err
	}
	if len(table.columns) == 0 {
		return nil, fmt.Errorf("store: %s is not a table of ent/schema", table.name)
	}
	at := make(map[string]int, len(table.columns))
	for i, col := range table.columns {
		at[col] = i
	}
	var (
		nodes  = make([]N, len(builders))
		set    = make([]bool, len(table.columns))
		values []any
		putErr error
	)
	put := func(col string, t field.Type, v any) {
		if putErr != nil {
			return
		}
		i, ok := at[col]
		if !ok {
			putErr = fmt.Errorf("store: %s has no column %s", table.name, col)
			return
		}
		pv, err := pgValue(v, t == field.TypeJSON)
		if err == nil {
			values[i], err = copyValue(pv, table.types[col])
		}
		if err != nil {
			putErr = fmt.Errorf("store: %s.%s: %w", table.name, col, err)
			return
		}
		set[i] = true
	}
	making := context.WithValue(ctx, noQueries{}, table.name)
	err = tx.copyFrom(ctx, table.name, table.columns, len(builders), func(i int) ([]any, error) {
		values, putErr = make([]any, len(table.columns)), nil
		clear(set)
		n, err := builders[i].RowValues(making, put)
		if err != nil {
			return nil, err
		}
		if putErr != nil {
			return nil, putErr
		}
		for j, col := range table.columns {
			if !set[j] && table.defaulted[col] {
				return nil, fmt.Errorf("store: a row of %s leaves %s to its default, which COPY cannot", table.name, col)
			}
		}
		nodes[i] = n
		return values, nil
	})
	if err != nil {
		return nil, err
	}
	return nodes, nil
}

// InsertRows writes new rows of one table through c: rows made by the Row method of
// ent's create builders, which runs what Save runs before it inserts (the defaults,
// the hooks with the tenant keys and the privacy policy, the checks), so a row written
// here is exactly the row CreateBulk would write.
//
// Why not CreateBulk: on Postgres its INSERT … VALUES carries every value as a
// parameter, 500 rows × 10–15 columns per statement, parsed and planned statement by
// statement and inserted row by row; a collective grant of 10,000 persons spent 1.8 s
// of its 3.3 s of SQL inserting the outbox mails that way (issue #12). In a transaction
// of a Postgres store the rows go by COPY through the transaction's connection (see
// pgDriver), one COPY per table: Postgres writes them a page at a time, about twice as
// fast as any INSERT, and they commit or roll back with the change they belong to.
// Elsewhere on Postgres (outside a transaction, or a driver wrapped for tests) each
// chunk is one INSERT … SELECT FROM unnest($1::type[], …): an array parameter per
// column however many rows, one small statement the driver prepares once. SQLite keeps
// ent's multi-row INSERT (BatchCreate, what CreateBulk runs).
func InsertRows(ctx context.Context, c *ent.Client, rows []*sqlgraph.CreateSpec) error {
	if len(rows) == 0 {
		return nil
	}
	if c.Dialect() != dialect.Postgres {
		for len(rows) > 0 {
			n := min(len(rows), sqliteBulkRows)
			if err := c.BatchCreate(ctx, rows[:n]); err != nil {
				return fmt.Errorf("store: insert into %s: %w", rows[0].Table, err)
			}
			rows = rows[n:]
		}
		return nil
	}
	table := rows[0].Table
	types, err := columnTypes(ctx, c, table)
	if err != nil {
		return err
	}
	cols, values, err := columns(table, types, rows)
	if err != nil {
		return err
	}
	if tx, ok := c.Underlying().(*pgTx); ok {
		// COPY, through the connection of the transaction (see pgDriver).
		kinds := make([]string, len(cols))
		for i, col := range cols {
			kinds[i] = types[col]
		}
		return tx.copyFrom(ctx, table, cols, len(rows), func(r int) ([]any, error) {
			row := make([]any, len(cols))
			for i := range cols {
				v, err := copyValue(values[i][r], kinds[i])
				if err != nil {
					return nil, err
				}
				row[i] = v
			}
			return row, nil
		})
	}
	for start := 0; start < len(rows); start += postgresBulkRows {
		end := min(start+postgresBulkRows, len(rows))
		chunk := make([][]any, len(values))
		for i := range values {
			chunk[i] = values[i][start:end]
		}
		query, args, err := unnestInsert(table, types, cols, chunk)
		if err != nil {
			return err
		}
		if _, err := c.ExecRows(ctx, query, args...); err != nil {
			return fmt.Errorf("store: insert into %s: %w", table, err)
		}
	}
	return nil
}

// columns are the columns of rows, in the order they first appear, and their values
// by column, with NULL where a row leaves a column out, as in ent's batch insert.
func columns(table string, types map[string]string, rows []*sqlgraph.CreateSpec) ([]string, [][]any, error) {
	var cols []string
	at := map[string]int{}
	var values [][]any // by column, one value per row
	set := func(row int, col string, v any) {
		i, ok := at[col]
		if !ok {
			i = len(cols)
			at[col] = i
			cols = append(cols, col)
			values = append(values, make([]any, len(rows)))
		}
		values[i][row] = v
	}
	for r, spec := range rows {
		if spec.Table != table {
			return nil, nil, fmt.Errorf("store: rows of %s and %s in one insert", table, spec.Table)
		}
		var bad error
		err := eachValue(spec, func(col string, t field.Type, v any) {
			if bad != nil {
				return
			}
			pv, err := pgValue(v, t == field.TypeJSON)
			if err != nil {
				bad = fmt.Errorf("store: %s.%s: %w", table, col, err)
				return
			}
			set(r, col, pv)
		})
		if err = cmp.Or(bad, err); err != nil {
			return nil, nil, err
		}
	}
	for _, col := range cols {
		if _, ok := types[col]; !ok {
			return nil, nil, fmt.Errorf("store: %s has no column %s", table, col)
		}
	}
	return cols, values, nil
}

// eachValue hands put each column the row of spec sets, with its ent field type and its
// value as the spec holds it: the ID, the fields, and the edges that are a column of the
// row (the row names its parent). It is the spec's side of what the builders' RowValues
// hand over, and refuses what they refuse: an edge outside the row.
func eachValue(spec *sqlgraph.CreateSpec, put func(col string, t field.Type, v any)) error {
	if spec.ID != nil && spec.ID.Value != nil {
		put(spec.ID.Column, spec.ID.Type, spec.ID.Value)
	}
	for _, f := range spec.Fields {
		put(f.Column, f.Type, f.Value)
	}
	for _, e := range spec.Edges {
		inRow := e.Rel == sqlgraph.M2O || e.Rel == sqlgraph.O2O && (e.Inverse || e.Bidi)
		if !inRow || len(e.Target.Nodes) != 1 {
			return fmt.Errorf("store: %s: edges outside the row cannot be written in bulk", spec.Table)
		}
		put(e.Columns[0], e.Target.IDSpec.Type, e.Target.Nodes[0])
	}
	return nil
}

// unnestInsert is the INSERT … SELECT FROM unnest(…) of the values of cols (by column).
func unnestInsert(table string, types map[string]string, cols []string, values [][]any) (string, []any, error) {
	var b strings.Builder
	b.WriteString("INSERT INTO " + quote(table) + " (")
	for i, col := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(col))
	}
	b.WriteString(") SELECT ")
	arrays := make([]string, len(cols))
	args := make([]any, len(cols))
	for i, col := range cols {
		typ := types[col]
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(col))
		vs := values[i]
		if sent := arrayType(typ); sent != typ {
			// Sent as text and converted by Postgres, as it converts the text of a
			// query parameter (dates, JSON).
			b.WriteString("::" + typ)
			arrays[i] = "$" + strconv.Itoa(i+1) + "::" + sent + "[]"
			vs = make([]any, len(values[i]))
			for r, v := range values[i] {
				if v != nil {
					s, err := asText(v)
					if err != nil {
						return "", nil, fmt.Errorf("store: %s.%s: %w", table, col, err)
					}
					vs[r] = s
				}
			}
		} else {
			arrays[i] = "$" + strconv.Itoa(i+1) + "::" + typ + "[]"
		}
		args[i] = vs
	}
	b.WriteString(" FROM unnest(" + strings.Join(arrays, ", ") + ") AS u(")
	for i, col := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(col))
	}
	b.WriteString(")")
	return b.String(), args, nil
}

// arrayType is the type a column's values are sent as: their own where the driver
// encodes Go values of it directly, text otherwise.
func arrayType(typ string) string {
	switch {
	case typ == "text", typ == "bigint", typ == "integer", typ == "smallint", typ == "boolean",
		typ == "double precision", typ == "real", typ == "timestamp with time zone",
		strings.HasPrefix(typ, "character varying"):
		return typ
	}
	return "text"
}

// pgValue is a value of ent's row as the driver encodes it in an array: driver.Valuer
// types (date.Date) by their value, named string and number types (ent's enums) as
// their underlying type, JSON fields marshalled as ent marshals them.
func pgValue(v driver.Value, isJSON bool) (any, error) {
	if isJSON {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		return string(b), nil
	}
	if vl, ok := v.(driver.Valuer); ok {
		var err error
		if v, err = vl.Value(); err != nil {
			return nil, err
		}
	}
	switch x := v.(type) {
	case nil, string, time.Time, int64, float64, bool:
		return x, nil
	case int:
		return int64(x), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), nil
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return int64(rv.Uint()), nil //nolint:gosec // G115: at most 32 bits, which int64 holds
	case reflect.Float32, reflect.Float64:
		return rv.Float(), nil
	case reflect.Bool:
		return rv.Bool(), nil
	}
	return nil, fmt.Errorf("no bulk encoding for %T", v)
}

// asText is a value sent as text (see arrayType).
func asText(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", fmt.Errorf("no text form for %T", v)
}

// pgTables caches the columns of the tables InsertRows writes, by table: read once
// from the catalogue, so the arrays are cast to exactly the columns' types.
var pgTables sync.Map

// pgTable is what the catalogue and this program's schema say of a table's columns.
type pgTable struct {
	name  string
	types map[string]string // by column, the catalogue's
	// columns are the columns ent/schema gives the table, in its order: a column a
	// newer migration added is left to its default, as ent's INSERT leaves it.
	columns []string
	// defaulted are the columns with a default, in the schema or in the catalogue.
	defaulted map[string]bool
}

func columnTypes(ctx context.Context, c *ent.Client, table string) (map[string]string, error) {
	t, err := tableOf(ctx, c, table)
	if err != nil {
		return nil, err
	}
	return t.types, nil
}

func tableOf(ctx context.Context, c *ent.Client, table string) (*pgTable, error) {
	if t, ok := pgTables.Load(table); ok {
		return t.(*pgTable), nil
	}
	rows, err := c.QueryRows(ctx, `SELECT attname, format_type(atttypid, NULL), atthasdef FROM pg_attribute
		WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`, quote(table))
	if err != nil {
		return nil, fmt.Errorf("store: column types of %s: %w", table, err)
	}
	defer func() { _ = rows.Close() }()
	t := &pgTable{name: table, types: map[string]string{}, defaulted: map[string]bool{}}
	for rows.Next() {
		var name, typ string
		var def bool
		if err := rows.Scan(&name, &typ, &def); err != nil {
			return nil, fmt.Errorf("store: column types of %s: %w", table, err)
		}
		t.types[name] = typ
		t.defaulted[name] = def
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: column types of %s: %w", table, err)
	}
	if len(t.types) == 0 {
		return nil, fmt.Errorf("store: no table %s", table)
	}
	for _, st := range migrate.Tables {
		if st.Name != table {
			continue
		}
		for _, col := range st.Columns {
			t.columns = append(t.columns, col.Name)
			t.defaulted[col.Name] = t.defaulted[col.Name] || col.Default != nil
		}
	}
	pgTables.Store(table, t)
	return t, nil
}

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// Updater is an ent update builder of one row (Update().Where(ID)) with its mutation.
type Updater[M ent.Mutation] interface {
	Mutation() M
	Save(ctx context.Context) (int, error)
}

// UpdateRows applies updates, one row each (ids[i] is the row of updates[i]), in the
// transaction of c, each setting or clearing the same columns.
//
// Why: publishing a period again updates up to 500 payslips, and one UPDATE per
// payslip was most of its time (issue #12). On Postgres each chunk is one
// UPDATE … FROM unnest($1::type[], …) with the values the builders hold, exactly as
// their Save would write them. It runs no hooks: the caller has read the rows through
// ent, with their privacy policy, in this transaction, and names them by ID, so the
// policy's tenant filter would change nothing; tenant keys never change. SQLite keeps
// ent's UPDATE per row.
func UpdateRows[M ent.Mutation, U Updater[M]](ctx context.Context, c *ent.Client, table string, ids []string, updates []U) error {
	if len(ids) != len(updates) {
		return fmt.Errorf("store: %d ids for %d updates", len(ids), len(updates))
	}
	if c.Dialect() != dialect.Postgres {
		for i, u := range updates {
			if n, err := u.Save(ctx); err != nil || n != 1 {
				return fmt.Errorf("store: update %s %s (%d rows): %w", table, ids[i], n, err)
			}
		}
		return nil
	}
	if len(ids) == 0 {
		return nil
	}
	types, err := columnTypes(ctx, c, table)
	if err != nil {
		return err
	}
	for len(ids) > 0 {
		n := min(len(ids), postgresBulkRows)
		query, args, err := unnestUpdate(table, types, ids[:n], updates[:n])
		if err != nil {
			return err
		}
		res, err := c.ExecRows(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("store: update %s: %w", table, err)
		}
		if k, err := res.RowsAffected(); err != nil || k != int64(n) {
			return fmt.Errorf("store: update %s: %d of %d rows: %w", table, k, n, err)
		}
		ids, updates = ids[n:], updates[n:]
	}
	return nil
}

func unnestUpdate[M ent.Mutation, U Updater[M]](table string, types map[string]string, ids []string, updates []U) (string, []any, error) {
	first := updates[0].Mutation()
	cols := append(first.Fields(), first.ClearedFields()...)
	values := make([][]any, len(cols)+1)
	values[0] = make([]any, len(ids))
	for r, id := range ids {
		values[0][r] = id
	}
	for i := range cols {
		values[i+1] = make([]any, len(ids))
	}
	for r, u := range updates {
		m := u.Mutation()
		if len(m.Fields())+len(m.ClearedFields()) != len(cols) {
			return "", nil, fmt.Errorf("store: updates of %s that change different columns", table)
		}
		for i, col := range cols {
			if m.FieldCleared(col) {
				continue // NULL
			}
			v, ok := m.Field(col)
			if !ok {
				return "", nil, fmt.Errorf("store: updates of %s that change different columns", table)
			}
			pv, err := pgValue(v, false)
			if err != nil {
				return "", nil, fmt.Errorf("store: %s.%s: %w", table, col, err)
			}
			values[i+1][r] = pv
		}
	}
	all := append([]string{"id"}, cols...)
	arrays := make([]string, len(all))
	sets := make([]string, len(cols))
	for i, col := range all {
		typ, ok := types[col]
		if !ok {
			return "", nil, fmt.Errorf("store: %s has no column %s", table, col)
		}
		sent := arrayType(typ)
		arrays[i] = "$" + strconv.Itoa(i+1) + "::" + sent + "[]"
		if sent != typ {
			for r, v := range values[i] {
				if v != nil {
					s, err := asText(v)
					if err != nil {
						return "", nil, fmt.Errorf("store: %s.%s: %w", table, col, err)
					}
					values[i][r] = s
				}
			}
		}
		if i > 0 {
			sets[i-1] = quote(col) + " = u." + quote(col)
			if sent != typ {
				sets[i-1] += "::" + typ
			}
		}
	}
	quoted := make([]string, len(all))
	for i, col := range all {
		quoted[i] = quote(col)
	}
	query := "UPDATE " + quote(table) + " AS t SET " + strings.Join(sets, ", ") +
		" FROM unnest(" + strings.Join(arrays, ", ") + ") AS u(" + strings.Join(quoted, ", ") + ")" +
		" WHERE t.id = u.id"
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	return query, args, nil
}
