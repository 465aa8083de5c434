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
