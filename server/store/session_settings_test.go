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

// The pool's sessions run without JIT compilation and without parallel workers, which
// cost the employments search more than the search itself; a URL that sets one keeps its
// own choice.
func TestPostgresSessionSettings(t *testing.T) {
	st := storetest.Open(t)
	if st.Dialect != dialect.Postgres {
		t.Skip("the settings are PostgreSQL's")
	}
	ctx := context.Background()
	show := func(q interface {
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}, name string) string {
		t.Helper()
		var v string
		if err := q.QueryRowContext(ctx, "SHOW "+name).Scan(&v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct{ name, want, own string }{
		{"jit", "off", "on"},
		{"max_parallel_workers_per_gather", "0", "2"},
	} {
		// Every connection of the pool, not only the first.
		conns := make([]*sql.Conn, 0, 3)
		for range 3 {
			conn, err := st.DB.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if v := show(conn, c.name); v != c.want {
				t.Errorf("%s = %q on a pool connection, want %s", c.name, v, c.want)
			}
			conns = append(conns, conn)
		}
		for _, conn := range conns {
			_ = conn.Close()
		}

		u, err := url.Parse(storetest.PostgresURL())
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set(c.name, c.own)
		u.RawQuery = q.Encode()
		own, err := store.Open(ctx, store.Config{DatabaseURL: u.String(), MaxOpenConns: 1})
		if err != nil {
			t.Fatal(err)
		}
		if v := show(own.DB, c.name); v != c.own {
			t.Errorf("%s = %q with %s=%s in the URL, want %s", c.name, v, c.name, c.own, c.own)
		}
		_ = own.Close()
		if v := show(st.DB, c.name); v != c.want {
			t.Errorf("%s = %q, want %s", c.name, v, c.want)
		}
	}
}
