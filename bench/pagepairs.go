package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/server/app"
)

// sectionEmployer is the employer of its own that a section measures on, made on the
// first run and found again by its administration number, with the section's products.
func sectionEmployer(sys context.Context, a *app.App, c *http.Client, base, token, providerID, name, admin string, products []string) (*ent.Employer, error) {
	emp, err := a.Store.Client.Employer.Query().Where(employer.ProviderID(providerID), employer.AdministrationNumber(admin)).Only(sys)
	if ent.IsNotFound(err) {
		fmt.Printf("  bench setup: employer %q\n", name)
		emp, err = a.Store.Client.Employer.Create().SetProviderID(providerID).SetName(name).
			SetNameKey(strings.ToLower(name)).SetAdministrationNumber(admin).Save(sys)
	}
	if err != nil {
		return nil, fmt.Errorf("employer %q: %w", name, err)
	}
	for _, code := range products {
		if err := activate(c, base, token, emp.ID, code); err != nil {
			return nil, err
		}
	}
	return emp, nil
}

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
