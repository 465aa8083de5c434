package storetest_test

import (
	"context"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// Open's database holds every migration and nothing is left to apply; OpenUnmigrated's
// is empty, also after Open built or reused the migrated template. Two Opens give two
// databases: what one test writes, the other does not see.
func TestOpenIsMigratedAndOwnDatabase(t *testing.T) {
	ctx := context.Background()
	dir, err := store.MigrationDir(storetest.Dialect())
	if err != nil {
		t.Fatal(err)
	}
	files, err := dir.Files()
	if err != nil {
		t.Fatal(err)
	}
	a, b := storetest.Open(t), storetest.Open(t)
	for _, s := range []*store.Store{a, b} {
		var n int
		if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM werkportaal_schema_migrations").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(files) {
			t.Fatalf("%d migrations recorded, want %d", n, len(files))
		}
		if again, err := s.Migrate(ctx); err != nil || len(again) != 0 {
			t.Fatalf("migrate applied %v, err %v", again, err)
		}
	}
	if _, err := a.DB.ExecContext(ctx, "DELETE FROM werkportaal_schema_migrations"); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := b.DB.QueryRowContext(ctx, "SELECT count(*) FROM werkportaal_schema_migrations").Scan(&n); err != nil || n != len(files) {
		t.Fatalf("the other database has %d migrations recorded (err %v), want %d", n, err, len(files))
	}

	// Commits do not wait for the disk (see databaseURL).
	if a.Dialect == dialect.Postgres {
		var sc string
		if err := a.DB.QueryRowContext(ctx, "SHOW synchronous_commit").Scan(&sc); err != nil || sc != "off" {
			t.Errorf("synchronous_commit %q (err %v), want off", sc, err)
		}
	}

	empty := storetest.OpenUnmigrated(t)
	q := "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
	if empty.Dialect == dialect.SQLite {
		q = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
	}
	if err := empty.DB.QueryRowContext(ctx, q).Scan(&n); err != nil || n != 0 {
		t.Fatalf("unmigrated database has %d tables (err %v)", n, err)
	}
}
