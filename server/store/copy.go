package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/werkportaal/werkportaal/ent"
)

// pgDriver is ent's Postgres driver, with transactions that keep their connection.
//
// Why: COPY is the fastest way to write thousands of rows (a collective grant's
// invitations, mails and events; a payroll run's payslip lines), about twice as fast
// as any INSERT, because Postgres writes its rows a page at a time. pgx's CopyFrom
// needs the connection, and a *sql.Tx does not give it. So each transaction begins on
// a connection taken from the pool for it (as BeginTx does inside database/sql) and
// returned when it ends, and InsertRows copies through that connection, inside the
// transaction with the change the rows belong to.
type pgDriver struct {
	*entsql.Driver
	db *sql.DB
}

func (d pgDriver) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

func (d pgDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := conn.BeginTx(ctx, opts)
	if err != nil {
		return nil, errors.Join(err, conn.Close())
	}
	return &pgTx{Tx: &entsql.Tx{Conn: entsql.Conn{ExecQuerier: guarded{tx}}, Tx: tx}, conn: conn}, nil
}

// noQueries marks the context of the rows Insert makes while their COPY runs; its value
// is the table.
type noQueries struct{}

// guarded is a transaction that refuses the queries of rows being made for a COPY
// (copyWhileMaking): the COPY holds the connection until it has every row, so such a
// query would wait for ever; refused, the change fails and says why.
type guarded struct{ *sql.Tx }

func (g guarded) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := queryDuringCopy(ctx); err != nil {
		return nil, err
	}
	return g.Tx.ExecContext(ctx, query, args...)
}

func (g guarded) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := queryDuringCopy(ctx); err != nil {
		return nil, err
	}
	return g.Tx.QueryContext(ctx, query, args...)
}

func queryDuringCopy(ctx context.Context) error {
	if table, ok := ctx.Value(noQueries{}).(string); ok {
		return fmt.Errorf("store: a row of %s queried while it was copied; set its tenant keys", table)
	}
	return nil
}

// pgTx is a transaction of pgDriver: ent's, with its connection.
type pgTx struct {
	*entsql.Tx
	conn *sql.Conn
}

func (t *pgTx) Commit() error   { return errors.Join(t.Tx.Commit(), t.conn.Close()) }
func (t *pgTx) Rollback() error { return errors.Join(t.Tx.Rollback(), t.conn.Close()) }

// copyFrom writes rows (each a value per column of cols) to table with COPY, in the
// transaction. pgx asks for the rows in a goroutine of its own, so the error of a row
// (or its panic, which no handler's recover would catch there, and which would end the
// program) ends the COPY and is returned as it is: Postgres would answer with its
// text only, and a refusal of the privacy policy would no longer be privacy.Deny.
func (t *pgTx) copyFrom(ctx context.Context, table string, cols []string, n int, row func(i int) ([]any, error)) error {
	var rowErr error
	err := t.conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("store: COPY needs a pgx connection, not %T", dc)
		}
		i := -1
		_, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromFunc(func() (values []any, err error) {
			if i++; i >= n {
				return nil, nil
			}
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("store: a row of %s panicked while it was made: %v\n%s", table, p, debug.Stack())
				}
				rowErr = err
			}()
			return row(i)
		}))
		return err
	})
	if rowErr != nil {
		return rowErr
	}
	if err != nil {
		return fmt.Errorf("store: copy into %s: %w", table, ent.AsConstraintError(err))
	}
	return nil
}

// copyValue is a value of InsertRows in the form COPY's binary format takes for a
// column of type typ.
func copyValue(v any, typ string) (any, error) {
	s, ok := v.(string)
	if !ok || typ != "date" {
		return v, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return nil, fmt.Errorf("store: date %q: %w", s, err)
	}
	return d, nil
}
