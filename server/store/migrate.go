package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
)

// Migrations holds the versioned migrations, one directory per dialect, in atlas
// format with an atlas.sum that guards against edited or reordered files.
//
//go:embed migrations
var Migrations embed.FS

// migrationsTable records which migration files were applied.
const migrationsTable = "werkportaal_schema_migrations"

// lockKey is the Postgres advisory lock held while migrating, so several instances
// starting at once do not race.
const lockKey = 727300001

// MigrationDir returns the migrations of a dialect as an atlas directory.
func MigrationDir(dial string) (migrate.Dir, error) {
	sub := dirName(dial)
	dir := migrate.OpenMemDir("werkportaal-" + sub + "-" + fmt.Sprint(time.Now().UnixNano()))
	entries, err := fs.ReadDir(Migrations, path.Join("migrations", sub))
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := Migrations.ReadFile(path.Join("migrations", sub, e.Name()))
		if err != nil {
			return nil, err
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	return dir, nil
}

func dirName(dial string) string {
	if dial == dialect.Postgres {
		return "postgres"
	}
	return "sqlite"
}

// Migrate applies every migration not yet applied, each in its own transaction with
// its record, so a failing migration leaves nothing half-done.
func (s *Store) Migrate(ctx context.Context) (applied []string, err error) {
	dir, err := MigrationDir(s.Dialect)
	if err != nil {
		return nil, err
	}
	if err := migrate.Validate(dir); err != nil {
		return nil, fmt.Errorf("store: migration directory does not match atlas.sum: %w", err)
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Version() < files[j].Version() })

	conn, err := s.DB.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, conn.Close()) }()
	if s.Dialect == dialect.Postgres {
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKey); err != nil {
			return nil, fmt.Errorf("store: migration lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey) //nolint:errcheck // a session lock: if unlocking fails the connection is broken, and Postgres releases the lock with the session
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+migrationsTable+` (
		version varchar(64) NOT NULL PRIMARY KEY,
		description varchar(255) NOT NULL,
		applied_at varchar(40) NOT NULL)`); err != nil {
		return nil, fmt.Errorf("store: create %s: %w", migrationsTable, err)
	}
	done := map[string]bool{}
	rows, err := conn.QueryContext(ctx, "SELECT version FROM "+migrationsTable)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, errors.Join(err, rows.Close())
		}
		done[v] = true
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return nil, err
	}

	for _, f := range files {
		if done[f.Version()] {
			continue
		}
		if err := s.applyFile(ctx, conn, f); err != nil {
			return applied, err
		}
		applied = append(applied, f.Name())
	}
	return applied, nil
}

func (s *Store) applyFile(ctx context.Context, conn *sql.Conn, f migrate.File) error {
	stmts, err := f.Stmts()
	if err != nil {
		return fmt.Errorf("store: read %s: %w", f.Name(), err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit a no-op (sql.ErrTxDone); on failure the statement's error is the one to report
	for _, st := range stmts {
		if strings.TrimSpace(st) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return fmt.Errorf("store: migration %s failed at %q: %w", f.Name(), firstLine(st), err)
		}
	}
	ph := "?, ?, ?"
	if s.Dialect == dialect.Postgres {
		ph = "$1, $2, $3"
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO "+migrationsTable+" (version, description, applied_at) VALUES ("+ph+")",
		f.Version(), f.Desc(), time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}
