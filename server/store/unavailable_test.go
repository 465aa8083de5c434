package store_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/store"
)

// Connection failures of pgx, database/sql and SQLite are told apart from faults of the
// request or the code, however deeply they are wrapped.
func TestUnavailable(t *testing.T) {
	// A real SQLite failure to open: the directory does not exist.
	db, err := sql.Open("sqlite", store.SQLiteDSN(filepath.Join(t.TempDir(), "missing", "x.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = db.Close() }()
	cantOpen := db.PingContext(context.Background())
	if cantOpen == nil {
		t.Fatal("opening a file in a missing directory worked")
	}
	wrap := func(err error) error { return fmt.Errorf("auth: user x: %w", fmt.Errorf("query: %w", err)) }
	for _, c := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"bad connection", wrap(driver.ErrBadConn), true},
		{"connection done", wrap(sql.ErrConnDone), true},
		{"pgx connect error", wrap(&pgconn.ConnectError{}), true},
		{"pgx closed connection", wrap(pgconn.ErrConnClosed), true},
		{"server shutting down", wrap(&pgconn.PgError{Code: "57P01"}), true},
		{"connection exception", wrap(&pgconn.PgError{Code: "08006"}), true},
		{"too many connections", wrap(&pgconn.PgError{Code: "53300"}), true},
		{"refused dial", wrap(&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}), true},
		{"pool wait timed out", wrap(context.DeadlineExceeded), true},
		{"sqlite cannot open", wrap(cantOpen), true},
		{"closed pool", wrap(errors.New("sql: database is closed")), true},
		{"unique violation", wrap(&pgconn.PgError{Code: "23505"}), false},
		{"syntax error", wrap(&pgconn.PgError{Code: "42601"}), false},
		{"client went away", wrap(context.Canceled), false},
		{"not found", wrap(&ent.NotFoundError{}), false},
		{"plain fault", errors.New("boom"), false},
	} {
		if got := store.Unavailable(c.err); got != c.want {
			t.Errorf("%s (%v): Unavailable = %v, want %v", c.name, c.err, got, c.want)
		}
	}
}
