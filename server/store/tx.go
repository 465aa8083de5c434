package store

import (
	"context"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
)

// WithTx runs fn in a transaction: committed when fn returns nil, rolled back on an
// error or panic, so no half-done change stays behind.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) (err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return errors.Join(err, fmt.Errorf("store: rollback: %w", rerr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// ForUpdate locks the selected rows until the transaction ends, on Postgres. SQLite
// has no row locks and needs none: its write transactions (_txlock=immediate) already
// run one at a time. Use it as query.Modify(store.ForUpdate).
func ForUpdate(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate()
	}
}

// SkipLocked locks the selected rows like ForUpdate and skips the rows another
// transaction holds, so that instances running the same job claim different rows. On
// SQLite the write transaction already runs alone. Use it as query.Modify(store.SkipLocked).
func SkipLocked(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
}
