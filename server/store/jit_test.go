package store_test

import (
	"context"
	"database/sql"
	"net/url"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// The pool's sessions run without JIT compilation, which costs the employments search
// more than the search itself; a URL that sets jit keeps its own choice.
func TestPostgresSessionsRunWithoutJIT(t *testing.T) {
	st := storetest.Open(t)
	if st.Dialect != dialect.Postgres {
		t.Skip("JIT is PostgreSQL's")
	}
	ctx := context.Background()
	show := func(s *store.Store) string {
		t.Helper()
		var v string
		if err := s.DB.QueryRowContext(ctx, "SHOW jit").Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Every connection of the pool, not only the first.
	conns := make([]*sql.Conn, 0, 3)
	for range 3 {
		c, err := st.DB.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var v string
		if err := c.QueryRowContext(ctx, "SHOW jit").Scan(&v); err != nil {
			t.Fatal(err)
		}
		if v != "off" {
			t.Errorf("jit = %q on a pool connection, want off", v)
		}
		conns = append(conns, c)
	}
	for _, c := range conns {
		_ = c.Close()
	}

	u, err := url.Parse(storetest.PostgresURL())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("jit", "on")
	u.RawQuery = q.Encode()
	own, err := store.Open(ctx, store.Config{DatabaseURL: u.String(), MaxOpenConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = own.Close() }()
	if v := show(own); v != "on" {
		t.Errorf("jit = %q with jit=on in the URL, want on", v)
	}
	if v := show(st); v != "off" {
		t.Errorf("jit = %q, want off", v)
	}
}
