// Command migrategen writes a new versioned migration for each dialect when the ent
// schema changed (make generate). It replays the existing migrations on a scratch
// database (in-memory SQLite; a throw-away Postgres database), diffs the result
// against the ent schema, writes the difference as the next file, and re-hashes
// atlas.sum so hand-written data migrations (the product catalogue) are covered too.
//
// Usage: go run ./server/store/migrategen [-name changes] [-postgres postgres://…/postgres]
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/werkportaal/werkportaal/ent/migrate"
	"github.com/werkportaal/werkportaal/server/store"
)

func main() {
	name := flag.String("name", "changes", "name of the new migration")
	pgURL := flag.String("postgres", envOr("MIGRATE_DEV_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"),
		"Postgres server used for a scratch database")
	root := flag.String("dir", "server/store/migrations", "migrations root")
	flag.Parse()
	ctx := context.Background()

	if err := diffSQLite(ctx, filepath.Join(*root, "sqlite"), *name); err != nil {
		log.Fatalf("sqlite: %v", err)
	}
	if err := diffPostgres(ctx, filepath.Join(*root, "postgres"), *name, *pgURL); err != nil {
		log.Fatalf("postgres: %v", err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func diffSQLite(ctx context.Context, path, name string) error {
	db, err := sql.Open("sqlite", "file:migrategen?mode=memory&cache=shared&_pragma=foreign_keys(1)")
	if err != nil {
		return err
	}
	defer func() { _ = db.Close() }() // in-memory or scratch: nothing to flush
	return diff(ctx, entsql.OpenDB(dialect.SQLite, db), dialect.SQLite, path, name)
}

func diffPostgres(ctx context.Context, path, name, server string) error {
	admin, err := sql.Open("pgx", server)
	if err != nil {
		return err
	}
	defer func() { _ = admin.Close() }()
	scratch := fmt.Sprintf("werkportaal_migrategen_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+scratch); err != nil {
		return fmt.Errorf("create scratch database (is Postgres running?): %w", err)
	}
	defer admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+scratch+" WITH (FORCE)") //nolint:errcheck // best effort: a leftover werkportaal_migrategen_* database is empty and harmless
	u, err := url.Parse(server)
	if err != nil {
		return err
	}
	u.Path = "/" + scratch
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		return err
	}
	defer func() { _ = db.Close() }() // in-memory or scratch: nothing to flush
	return diff(ctx, entsql.OpenDB(dialect.Postgres, db), dialect.Postgres, path, name)
}

func diff(ctx context.Context, drv dialect.Driver, dial, path, name string) error {
	if err := os.MkdirAll(path, 0o750); err != nil {
		return err
	}
	dir, err := atlas.NewLocalDir(path)
	if err != nil {
		return err
	}
	// Re-hash first: a hand-written file added since the last run must be part of the replay.
	if err := rehash(dir); err != nil {
		return err
	}
	err = migrate.NewSchema(drv).NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dial),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithDropIndex(true),
		schema.WithDropColumn(true),
		// Hand-written columns and indexes ent cannot declare stay (regulations search).
		schema.WithDiffHook(store.KeepHandWritten),
	)
	if err != nil {
		return err
	}
	return rehash(dir)
}

func rehash(dir *atlas.LocalDir) error {
	sum, err := dir.Checksum()
	if err != nil {
		return err
	}
	return atlas.WriteSumFile(dir, sum)
}
