package main

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// pagePair is one page of a section at two sizes: the statements of each are counted
// (they must not grow with the size), then the larger is measured over HTTP beside its
// own recorded SQL replayed through pgx.
type pagePair struct {
	name           string
	small, large   func() (time.Duration, error)
	smallN, largeN string // the sizes as printed, e.g. "25 rows"
}

func measurePagePairs(ctx context.Context, conn *pgx.Conn, rec *recorder, requests int, maxTime time.Duration, pairs []pagePair) error {
	for _, p := range pairs {
		counts := make([]int, 2)
		var recorded []stmt
		for i, f := range []func() (time.Duration, error){p.small, p.large} {
			if _, err := f(); err != nil { // warm up
				return fmt.Errorf("%s: %w", p.name, err)
			}
			rec.start()
			if _, err := f(); err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			recorded = rec.stop()
			counts[i] = len(recorded)
		}
		fmt.Printf("  %s: SQL statements per request %d at %s, %d at %s\n", p.name, counts[0], p.smallN, counts[1], p.largeN)
		httpLat, err := measure(requests, maxTime, 1, func(int) (time.Duration, error) { return p.large() })
		if err != nil {
			return err
		}
		rawLat, err := measure(requests, maxTime, 1, func(int) (time.Duration, error) { return replay(ctx, conn, recorded) })
		if err != nil {
			return err
		}
		report("    over HTTP (GraphQL, 1 client, "+p.largeN+")", httpLat)
		report("    same SQL directly through pgx + JSON", rawLat)
		fmt.Printf("    ratio HTTP / direct SQL: p50 %.2f×, p99 %.2f×\n", ratio(httpLat, 50, rawLat), ratio(httpLat, 99, rawLat))
	}
	return nil
}
