// Package store opens the database: Postgres through pgx v5 when DATABASE_URL names
// one, otherwise the embedded SQLite file. Both get the same versioned migrations,
// generated from the ent schema and applied at start-up.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"net/url"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // also registers the "pgx" driver
	_ "modernc.org/sqlite"           // registers the "sqlite" driver

	"github.com/werkportaal/werkportaal/ent"
	_ "github.com/werkportaal/werkportaal/ent/runtime" // privacy policies and defaults
)

// Store is an open database with its ent client.
type Store struct {
	Client  *ent.Client
	DB      *sql.DB
	Dialect string
	// Driver is the ent driver over DB, for code that wraps it (SQL recording in tests).
	Driver dialect.Driver
}

// Config says which database to open.
type Config struct {
	// DatabaseURL is a postgres:// URL; empty means SQLite.
	DatabaseURL string
	// SQLitePath is the SQLite file used when DatabaseURL is empty.
	SQLitePath string
	// MaxOpenConns bounds the pool (Postgres); zero means 20.
	MaxOpenConns int
}

// IsPostgres reports whether u names a Postgres database.
func IsPostgres(u string) bool {
	return strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://")
}

// SQLiteDSN is the DSN of a SQLite file with the settings Werkportaal relies on:
// foreign keys on (they are off by default in SQLite), WAL so readers do not wait for
// the writer, a busy timeout instead of immediate "database is locked" errors, and
// write-intent transactions so two transactions never deadlock upgrading their locks.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Open connects to the database described by cfg. It does not migrate.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	var (
		db   *sql.DB
		dial string
		err  error
	)
	if cfg.DatabaseURL != "" {
		if !IsPostgres(cfg.DatabaseURL) {
			return nil, fmt.Errorf("store: DATABASE_URL must be a postgres:// URL")
		}
		var pc *pgx.ConnConfig
		if pc, err = pgx.ParseConfig(cfg.DatabaseURL); err == nil {
			WithSessionSettings(pc)
			db = stdlib.OpenDB(*pc)
		}
		dial = dialect.Postgres
		n := cfg.MaxOpenConns
		if n == 0 {
			n = 20
		}
		if err == nil {
			db.SetMaxOpenConns(n)
			db.SetMaxIdleConns(n)
			db.SetConnMaxIdleTime(5 * time.Minute)
		}
	} else {
		path := cfg.SQLitePath
		if path == "" {
			path = "werkportaal.db"
		}
		db, err = sql.Open("sqlite", SQLiteDSN(path))
		dial = dialect.SQLite
		if err == nil {
			db.SetMaxOpenConns(8)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("store: connect: %w", err)
	}
	return FromDB(db, dial), nil
}

// sessionSettings are the planner settings of the pool's sessions; a setting the URL
// names keeps the URL's value. Every statement of the application reads or writes a few
// hundred rows by index, where neither compiled expressions nor parallel workers repay
// their start-up:
//
//   - jit: JIT starts on a plan's estimated cost (jit_above_cost), not on its real work.
//     A search of the employments page on a 20,000-employment employer is estimated
//     above the threshold when the planner cannot tell how many persons match, and then
//     spends 70–95 ms compiling for an execution of 13–40 ms (EXPLAIN ANALYZE on the
//     bench dataset).
//   - max_parallel_workers_per_gather: the same search with a two-letter or common term
//     ("el", "van", "gmail") was planned as a Gather Merge over the employer's
//     employments in employee-number order, and starting the two workers took 35 ms of a
//     70 ms execution. Without workers the nine searches of make bench's mix took
//     120–170 ms together against 200–280 ms, over five ANALYZE samples, and "el" 16–42
//     against 66–94 ms. On a server that answers many requests at once, the workers also
//     take the cores the other requests need.
var sessionSettings = map[string]string{
	"jit":                             "off",
	"max_parallel_workers_per_gather": "0",
}

// SessionSettings are the settings the pool gives every session, for make bench, which
// gives its other contenders the same.
func SessionSettings() map[string]string { return maps.Clone(sessionSettings) }

// WithSessionSettings gives c's sessions the pool's settings, except those c names.
func WithSessionSettings(c *pgx.ConnConfig) {
	for name, value := range sessionSettings {
		if _, set := c.RuntimeParams[name]; !set {
			c.RuntimeParams[name] = value
		}
	}
}

// FromDB wraps an open database.
func FromDB(db *sql.DB, dial string) *Store {
	var drv dialect.Driver = entsql.OpenDB(dial, db)
	if dial == dialect.Postgres {
		drv = pgDriver{Driver: entsql.OpenDB(dial, db), db: db}
	}
	return &Store{Client: NewClient(drv), DB: db, Dialect: dial, Driver: drv}
}

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

// Ping checks that the database answers, for /readyz.
func (s *Store) Ping(ctx context.Context) error { return s.DB.PingContext(ctx) }
