package store_test

import (
	"context"
	"io/fs"
	"os"
	"testing"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/werkportaal/werkportaal/ent/migrate"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// The checked-in migrations, applied to an empty database, must give exactly the
// schema the ent code expects: a diff of the migrated database against the ent schema
// plans no change. Runs on Postgres (CI) and SQLite.
func TestMigrationsEqualSchema(t *testing.T) {
	s := storetest.OpenUnmigrated(t)
	ctx := context.Background()
	applied, err := s.Migrate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(applied) == 0 {
		t.Fatal("no migration applied to an empty database")
	}
	dir := t.TempDir()
	ld, err := atlas.NewLocalDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate.NewSchema(s.Driver).NamedDiff(ctx, "drift",
		schema.WithDir(ld),
		schema.WithDialect(s.Dialect),
		schema.WithDropIndex(true),
		schema.WithDropColumn(true),
		schema.WithDiffHook(store.KeepHandWritten),
	); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "atlas.sum" {
			b, _ := fs.ReadFile(os.DirFS(dir), e.Name())
			t.Fatalf("%s: migrated database differs from the ent schema; run `make generate`:\n%s", s.Dialect, b)
		}
	}
	// Running again applies nothing.
	again, err := s.Migrate(ctx)
	if err != nil || len(again) != 0 {
		t.Fatalf("second migrate applied %v, err %v", again, err)
	}
	// The catalogue migration loaded the product catalogue (R19–R21).
	n, err := s.Client.Product.Query().Count(systemCtx())
	if err != nil || n < 20 {
		t.Fatalf("product catalogue has %d products, err %v", n, err)
	}
}
