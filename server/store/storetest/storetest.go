// Package storetest gives each test its own migrated database: a fresh Postgres
// database when TEST_DATABASE_URL (or DATABASE_URL) is set, which CI does, and a SQLite
// file in the test's temp dir otherwise. With a Postgres URL set, an unreachable
// Postgres fails the test instead of skipping it.
//
// On Postgres, applying every migration to each test's database cost about two seconds
// a test when the disk is busy (as in CI, beside the browser tests): 31 transactions, each
// waiting for its fsync. So the migrations are applied once, into a template database
// named after a hash of the migration files, and each test's database is a copy of that
// template (CREATE DATABASE … TEMPLATE): the same freshly migrated database, in one
// flush of about 10 MB. The template is built under an advisory
// lock, so the test binaries that go test runs side by side build it once between them,
// and it serves every later run until the migrations change; then the next run builds
// one for the new hash and drops all but the newest few of the older ones (a few, not
// none: worktrees on other branches may be testing against the same server). On SQLite
// likewise each test's file is a copy of one migrated once per test binary.
package storetest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5/pgconn"

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

// Open returns a migrated store for t, closed and dropped when t ends. Its database is
// a copy of a migrated template (see the package comment).
func Open(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	var cfg store.Config
	if pg := PostgresURL(); pg != "" {
		cfg.DatabaseURL = createDatabase(t, pg, true)
		cfg.MaxOpenConns = 30
	} else {
		cfg.SQLitePath = filepath.Join(t.TempDir(), "test.db")
		b, err := migratedSQLite()
		if err != nil {
			t.Fatalf("storetest: migrated SQLite template: %v", err)
		}
		if err := os.WriteFile(cfg.SQLitePath, b, 0o600); err != nil {
			t.Fatalf("storetest: %v", err)
		}
	}
	s, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("storetest: open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	// On a copy of the template this applies nothing (a few milliseconds); it stays so that
	// Open's promise does not rest on the template alone.
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("storetest: migrate: %v", err)
	}
	return s
}

// OpenUnmigrated returns an empty store for t (for migration tests): on Postgres a
// database created from template1, never from the migrated template.
func OpenUnmigrated(t testing.TB) *store.Store {
	t.Helper()
	var cfg store.Config
	if pg := PostgresURL(); pg != "" {
		cfg.DatabaseURL = createDatabase(t, pg, false)
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

// createDatabase makes a fresh database on the server of serverURL, a copy of the
// migrated template when migrated is set, and returns its URL.
func createDatabase(t testing.TB, serverURL string, migrated bool) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	admin, owner, err := serverAdmin(ctx, serverURL)
	if err != nil {
		t.Fatalf("storetest: TEST_DATABASE_URL is set but Postgres does not answer: %v", err)
	}
	name := fmt.Sprintf("%s%d_%d", testPrefix, owner, seq.Add(1))
	create := func() error {
		if !migrated {
			_, err := admin.ExecContext(ctx, "CREATE DATABASE "+name)
			return err
		}
		tmpl, err := migratedTemplate(ctx, admin, serverURL)
		if err != nil {
			return err
		}
		// PG 15's default strategy, WAL_LOG, copies the template's pages through the WAL;
		// STRATEGY FILE_COPY needs two checkpoints and measured ten times slower.
		_, err = admin.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE "+tmpl)
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "3D000" { // invalid_catalog_name
			// The template was dropped under us: a run on other migrations cleaned it up.
			// Build it again once.
			forgetTemplate(tmpl)
			if tmpl, err = migratedTemplate(ctx, admin, serverURL); err != nil {
				return err
			}
			_, err = admin.ExecContext(ctx, "CREATE DATABASE "+name+" TEMPLATE "+tmpl)
		}
		return err
	}
	if err := create(); err != nil {
		t.Fatalf("storetest: create database: %v", err)
	}
	// DROP DATABASE waits for a checkpoint (PostgreSQL 15 requests an immediate one), about
	// two seconds on a busy disk, which the test would otherwise spend at its end: a third of
	// the Go tests' time on Postgres. So the test waits only until the statement is sent; the
	// server finishes a DROP it has received even when this process ends first.
	t.Cleanup(func() { sendDrop(serverURL, name) })
	u, err := databaseURL(serverURL, name)
	if err != nil {
		t.Fatalf("storetest: %v", err)
	}
	return u
}

// testPrefix starts the names of the tests' databases: testPrefix, the owner (the process
// that made it, see serverAdmin) and a sequence number.
const testPrefix = "wptest_o"

// ownerLockSpace is the first key of the advisory locks that mark a test process as alive;
// the second is the process's owner number.
const ownerLockSpace = 727300003

// The process's maintenance pool, its owner number and the session holding its owner
// lock (never closed; also the sweep's session). Tests use one server, TEST_DATABASE_URL.
var (
	adminMu   sync.Mutex
	adminDB   *sql.DB
	ownerNum  int32
	ownerConn *sql.Conn
)

// serverAdmin returns this process's maintenance pool for the server of serverURL and its
// owner number. The first call takes a random owner number and holds an advisory lock on
// it for the life of the process on a connection of its own: the lock is how another
// process tells whether the databases named after an owner still belong to a running test
// (sweepOrphans); it ends with the session, however the process ends.
func serverAdmin(ctx context.Context, serverURL string) (*sql.DB, int32, error) {
	adminMu.Lock()
	defer adminMu.Unlock()
	if adminDB != nil {
		return adminDB, ownerNum, nil
	}
	db, err := sql.Open("pgx", serverURL)
	if err != nil {
		return nil, 0, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, 0, errors.Join(err, db.Close())
	}
	for {
		var b [4]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, 0, errors.Join(err, conn.Close(), db.Close())
		}
		n := int32(binary.BigEndian.Uint32(b[:]) & 0x7fffffff)
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1, $2)", ownerLockSpace, n).Scan(&got); err != nil {
			return nil, 0, errors.Join(err, conn.Close(), db.Close())
		}
		if got {
			ownerNum, ownerConn = n, conn
			break
		}
	}
	adminDB = db
	// The sweep must outlive the test that happened to open the pool.
	go sweepOrphans(context.WithoutCancel(ctx), ownerConn, ownerNum)
	return db, ownerNum, nil
}

// sendDrop sends the DROP of a test's database on a connection of its own and returns
// once the statement is on its way; the reply is read, and the connection closed, beside
// the next test.
func sendDrop(serverURL, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgconn.Connect(ctx, serverURL)
	if err != nil {
		return // the sweep of a later run drops it (sweepOrphans)
	}
	// Exec has written the statement when it returns. Without a deadline: cancelling the
	// context would cancel the DROP on the server.
	res := conn.Exec(context.Background(), dropStatement(name))
	go func() {
		_, _ = res.ReadAll()
		_ = conn.Close(context.Background())
	}()
}

func dropStatement(name string) string { return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)" }

// sweepOrphans drops the test databases of processes that have ended (their owner lock is
// free): those of a run that was killed, or whose drop could not be sent. It runs on the
// session that holds this process's own owner lock (conn).
func sweepOrphans(ctx context.Context, conn *sql.Conn, self int32) {
	rows, err := conn.QueryContext(ctx, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", testPrefix)
	if err != nil {
		return
	}
	byOwner := map[int32][]string{}
	for rows.Next() {
		var name string
		if rows.Scan(&name) != nil {
			continue
		}
		if owner, ok := databaseOwner(name); ok && owner != self {
			byOwner[owner] = append(byOwner[owner], name)
		}
	}
	if rows.Close() != nil {
		return
	}
	for owner, names := range byOwner {
		if !ownerEnded(ctx, conn, owner) {
			continue
		}
		for _, n := range names {
			_, _ = conn.ExecContext(ctx, dropStatement(n))
		}
	}
}

// databaseOwner reads the owner number from a test database's name.
func databaseOwner(name string) (int32, bool) {
	rest, ok := strings.CutPrefix(name, testPrefix)
	if !ok {
		return 0, false
	}
	num, _, ok := strings.Cut(rest, "_")
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(num, 10, 32)
	return int32(n), err == nil && n >= 0
}

// ownerEnded reports whether the process with this owner number has ended: its lock can be
// taken (and is let go again at once).
func ownerEnded(ctx context.Context, conn *sql.Conn, owner int32) bool {
	var got bool
	if conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1, $2)", ownerLockSpace, owner).Scan(&got) != nil || !got {
		return false
	}
	_, _ = conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1, $2)", ownerLockSpace, owner)
	return true
}

// databaseURL is serverURL with its database replaced by name.
func databaseURL(serverURL, name string) (string, error) {
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + name
	q := u.Query()
	if !q.Has("sslmode") {
		q.Set("sslmode", "disable")
	}
	// A test's commits need not wait for the WAL to reach the disk: what a commit shows
	// the other sessions is the same, only a crash of the server could lose it, and a
	// test's database does not outlive the test anyway. With fsync on, waiting for it
	// took a third to half of the tests' time on a busy disk. (pgx sends parameters it
	// does not know itself to the server as session settings.)
	if !q.Has("synchronous_commit") {
		q.Set("synchronous_commit", "off")
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

const (
	// templatePrefix starts the names of the migrated templates; templateKeep is how
	// many templates of other migrations a run leaves.
	templatePrefix = "wptmpl_"
	templateKeep   = 3
	// templateLockKey is the advisory lock (in the server's maintenance database) under
	// which a template is built and old ones dropped. store's migration lock is another
	// key, and taken in the database being migrated.
	templateLockKey = 727300002
	// templateFormat changes when what a template holds changes other than through the
	// migration files (how Migrate records them, say), so that old templates are not used.
	templateFormat = "1"
)

var (
	templateMu    sync.Mutex
	templateReady string // the template this process has seen complete
)

func forgetTemplate(name string) {
	templateMu.Lock()
	defer templateMu.Unlock()
	if templateReady == name {
		templateReady = ""
	}
}

// templateName is the migrated template of the current migrations.
func templateName() (string, error) {
	h := sha256.New()
	_, _ = fmt.Fprintf(h, "format %s\n", templateFormat) // a hash.Hash never returns an error
	dir := path.Join("migrations", "postgres")
	entries, err := fs.ReadDir(store.Migrations, dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries { // ReadDir sorts by name
		b, err := store.Migrations.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return "", err
		}
		_, _ = fmt.Fprintf(h, "%s %d\n", e.Name(), len(b))
		_, _ = h.Write(b)
	}
	return templatePrefix + hex.EncodeToString(h.Sum(nil))[:16], nil
}

// migratedTemplate returns the name of the template holding the current migrations,
// building it when no run has. A template only ever appears under its name complete: it
// is built under another name and renamed when migrated.
func migratedTemplate(ctx context.Context, admin *sql.DB, serverURL string) (string, error) {
	templateMu.Lock()
	defer templateMu.Unlock()
	name, err := templateName()
	if err != nil {
		return "", err
	}
	if templateReady == name {
		return name, nil
	}
	exists := func() (bool, error) {
		var ok bool
		err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&ok)
		return ok, err
	}
	if ok, err := exists(); err != nil || ok {
		if ok {
			templateReady = name
		}
		return name, err
	}

	conn, err := admin.Conn(ctx)
	if err != nil {
		return "", err
	}
	defer func() { _ = conn.Close() }()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", templateLockKey); err != nil {
		return "", fmt.Errorf("template lock: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", templateLockKey) //nolint:errcheck // a session lock: Postgres releases it with the session if this fails
	// Another test binary may have built it while this one waited for the lock.
	if ok, err := exists(); err != nil || ok {
		if ok {
			templateReady = name
		}
		return name, err
	}
	// Whoever holds the lock is the only builder, so a half-built one is left by a run
	// that was killed.
	building := name + "_building"
	if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+building+" WITH (FORCE)"); err != nil {
		return "", err
	}
	if _, err := conn.ExecContext(ctx, "CREATE DATABASE "+building); err != nil {
		return "", err
	}
	u, err := databaseURL(serverURL, building)
	if err != nil {
		return "", err
	}
	st, err := store.Open(ctx, store.Config{DatabaseURL: u, MaxOpenConns: 1})
	if err != nil {
		return "", err
	}
	_, err = st.Migrate(ctx)
	if err = errors.Join(err, st.Close()); err != nil {
		return "", fmt.Errorf("migrating the template: %w", err)
	}
	// No one connects to a template (a session on it would make copying it fail), and
	// IS_TEMPLATE keeps it from being dropped by accident.
	for _, q := range []string{
		"ALTER DATABASE " + building + " RENAME TO " + name,
		"ALTER DATABASE " + name + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false",
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return "", fmt.Errorf("%s: %w", q, err)
		}
	}
	templateReady = name
	return name, dropOldTemplates(ctx, conn, name)
}

// dropOldTemplates drops the templates of other migrations but the newest templateKeep
// (database oids grow with creation), and half-built ones: whoever holds the template lock
// is the only builder, so they are left by runs that were killed.
func dropOldTemplates(ctx context.Context, conn *sql.Conn, current string) error {
	rows, err := conn.QueryContext(ctx, `SELECT datname FROM (
			SELECT datname, datname LIKE '%\_building' AS building,
				row_number() OVER (PARTITION BY datname LIKE '%\_building' ORDER BY oid DESC) AS newest
			FROM pg_database WHERE starts_with(datname, $1) AND datname <> $2) d
		WHERE building OR newest > $3`, templatePrefix, current, templateKeep)
	if err != nil {
		return err
	}
	var old []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return errors.Join(err, rows.Close())
		}
		old = append(old, n)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, n := range old {
		if _, err := conn.ExecContext(ctx, "ALTER DATABASE "+n+" WITH IS_TEMPLATE false"); err != nil {
			return err
		}
		if _, err := conn.ExecContext(ctx, "DROP DATABASE IF EXISTS "+n+" WITH (FORCE)"); err != nil {
			return err
		}
	}
	return nil
}

// migratedSQLite returns the bytes of a migrated SQLite database file, migrated once per
// test binary: each test's database file is a copy (Migrate on SQLite took some 80 ms of
// CPU a test).
var migratedSQLite = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "storetest-")
	if err != nil {
		return nil, err
	}
	defer func() { _ = os.RemoveAll(dir) }()
	file := filepath.Join(dir, "template.db")
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{SQLitePath: file})
	if err != nil {
		return nil, err
	}
	_, err = st.Migrate(ctx)
	if err == nil {
		// Everything into the database file, so that the file alone is the database.
		_, err = st.DB.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	if err = errors.Join(err, st.Close()); err != nil {
		return nil, err
	}
	if fi, err := os.Stat(file + "-wal"); err == nil && fi.Size() > 0 {
		return nil, fmt.Errorf("%s-wal holds %d bytes after the checkpoint", file, fi.Size())
	}
	return os.ReadFile(file) //nolint:gosec // G304: the file this function just made in its own temp dir
})

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
