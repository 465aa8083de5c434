package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
	"time"
)

// A test's database is dropped after the test without the test waiting for it, and the
// sweep drops the databases of ended processes only: a database whose owner still holds
// its lock is never touched.
func TestDropsAfterTheTestAndSweepsOnlyEndedOwners(t *testing.T) {
	pg := PostgresURL()
	if pg == "" {
		t.Skip("Postgres only: SQLite databases are files in the test's temp dir")
	}
	ctx := context.Background()
	admin, self, err := serverAdmin(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	exists := func(name string) bool {
		var ok bool
		if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&ok); err != nil {
			t.Fatal(err)
		}
		return ok
	}

	var name string
	t.Run("open", func(t *testing.T) {
		st := Open(t)
		if err := st.DB.QueryRowContext(ctx, "SELECT current_database()").Scan(&name); err != nil {
			t.Fatal(err)
		}
		if owner, ok := databaseOwner(name); !ok || owner != self {
			t.Fatalf("database %q: owner %d (%v), want %d", name, owner, ok, self)
		}
	})
	deadline := time.Now().Add(time.Minute)
	for exists(name) {
		if time.Now().After(deadline) {
			t.Fatalf("%s still exists a minute after its test", name)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// A live owner: another session holds its lock. An ended one: nobody does.
	hold, err := admin.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = hold.Close() }()
	live := freeOwner(t, hold)
	if _, err := hold.ExecContext(ctx, "SELECT pg_advisory_lock($1, $2)", ownerLockSpace, live); err != nil {
		t.Fatal(err)
	}
	sweeper, err := admin.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = sweeper.Close() }()
	ended := freeOwner(t, sweeper)
	liveDB, endedDB := fmt.Sprintf("%s%d_1", testPrefix, live), fmt.Sprintf("%s%d_1", testPrefix, ended)
	for _, n := range []string{liveDB, endedDB} {
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+n); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { dropDatabase(admin, n) })
	}
	sweepOrphans(ctx, sweeper, self)
	if exists(endedDB) {
		t.Errorf("the ended owner's %s is still there", endedDB)
	}
	if !exists(liveDB) {
		t.Errorf("the live owner's %s was dropped", liveDB)
	}
}

// freeOwner returns an owner number whose lock nobody holds.
func freeOwner(t *testing.T, conn *sql.Conn) int32 {
	t.Helper()
	for n := int32(1); ; n++ {
		if n != ownerNum && ownerEnded(context.Background(), conn, n) {
			return n
		}
	}
}

// dropDatabase drops a database and waits for it.
func dropDatabase(admin *sql.DB, name string) {
	_, _ = admin.ExecContext(context.Background(), dropStatement(name))
}
