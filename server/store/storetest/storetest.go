// Package storetest gives each test its own migrated database: a fresh Postgres
// database when TEST_DATABASE_URL (or DATABASE_URL) is set, which CI does, and a SQLite
// file in the test's temp dir otherwise. With a Postgres URL set, an unreachable
// Postgres fails the test instead of skipping it.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/store"
)

// PostgresURL returns the Postgres server tests use, or "" for SQLite.
func PostgresURL() string {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u
	}
	if u := os.Getenv("DATABASE_URL"); store.IsPostgres(u) {
		return u
	}
	return ""
}

// Dialect returns the dialect tests run on.
func Dialect() string {
	if PostgresURL() != "" {
		return dialect.Postgres
	}
	return dialect.SQLite
}

var seq atomic.Int64

// Open returns a migrated store for t, closed and dropped when t ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	var cfg store.Config
	if pg := PostgresURL(); pg != "" {
		cfg.DatabaseURL = createDatabase(t, pg)
		cfg.MaxOpenConns = 30
	} else {
		cfg.SQLitePath = filepath.Join(t.TempDir(), "test.db")
	}
	s, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("storetest: open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("storetest: migrate: %v", err)
	}
	return s
}

// OpenUnmigrated returns an empty store for t (for migration tests).
func OpenUnmigrated(t testing.TB) *store.Store {
	t.Helper()
	var cfg store.Config
	if pg := PostgresURL(); pg != "" {
		cfg.DatabaseURL = createDatabase(t, pg)
	} else {
		cfg.SQLitePath = filepath.Join(t.TempDir(), "test.db")
	}
	s, err := store.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("storetest: open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// createDatabase makes a fresh database on the server of serverURL and returns its URL.
func createDatabase(t testing.TB, serverURL string) string {
	t.Helper()
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		_ = admin.Close()
		t.Fatalf("storetest: TEST_DATABASE_URL is set but Postgres does not answer: %v", err)
	}
	name := fmt.Sprintf("wptest_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		_ = admin.Close()
		t.Fatalf("storetest: create database: %v", err)
	}
	t.Cleanup(func() {
		_, _ = admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		_ = admin.Close()
	})
	u, err := url.Parse(serverURL)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	u.Path = "/" + name
	if !strings.Contains(u.RawQuery, "sslmode") {
		q := u.Query()
		q.Set("sslmode", "disable")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Outage makes the database of st unreachable through st's pool until the returned
// function (also run at cleanup) ends it; the database server, or file, stays. On
// Postgres the database refuses new sessions (ALLOW_CONNECTIONS false) and its open
// sessions are terminated, as in a fail-over; on SQLite its directory is moved away and
// the pool's idle connections closed, so no new connection can open the file.
func Outage(t testing.TB, st *store.Store) (end func()) {
	t.Helper()
	ctx := context.Background()
	var ended atomic.Bool
	var restore func() error
	if st.Dialect == dialect.Postgres {
		var name string
		if err := st.DB.QueryRowContext(ctx, "SELECT current_database()").Scan(&name); err != nil {
			t.Fatalf("storetest: outage: %v", err)
		}
		admin, err := sql.Open("pgx", PostgresURL())
		if err != nil {
			t.Fatalf("storetest: outage: %v", err)
		}
		db := `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
		for _, q := range []string{
			"ALTER DATABASE " + db + " ALLOW_CONNECTIONS false",
			"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + strings.ReplaceAll(name, "'", "''") + "'",
		} {
			if _, err := admin.ExecContext(ctx, q); err != nil {
				_ = admin.Close()
				t.Fatalf("storetest: outage: %s: %v", q, err)
			}
		}
		restore = func() error {
			defer func() { _ = admin.Close() }()
			_, err := admin.ExecContext(ctx, "ALTER DATABASE "+db+" ALLOW_CONNECTIONS true")
			return err
		}
	} else {
		var seq int
		var schema, file string
		if err := st.DB.QueryRowContext(ctx, "PRAGMA database_list").Scan(&seq, &schema, &file); err != nil || file == "" {
			t.Fatalf("storetest: outage: no database file (%v)", err)
		}
		dir := filepath.Dir(file)
		if err := os.Rename(dir, dir+".away"); err != nil {
			t.Fatalf("storetest: outage: %v", err)
		}
		st.DB.SetMaxIdleConns(0)
		restore = func() error {
			st.DB.SetMaxIdleConns(2) // database/sql's default, which store.Open keeps for SQLite
			return os.Rename(dir+".away", dir)
		}
	}
	end = func() {
		if ended.Swap(true) {
			return
		}
		if err := restore(); err != nil {
			t.Errorf("storetest: ending the outage: %v", err)
		}
	}
	t.Cleanup(end)
	return end
}
