package date_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
)

// Before and After compare the fields of normalised dates; they must agree with time.
func TestBeforeAfterAgreeWithTime(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2)) //nolint:gosec // G404: test dates, seeded for repeatability
	base := time.Date(1999, 12, 25, 0, 0, 0, 0, time.UTC)
	for range 20000 {
		a := date.Of(base.AddDate(0, 0, r.IntN(12000)))
		b := date.Of(base.AddDate(0, 0, r.IntN(12000)))
		if r.IntN(10) == 0 {
			b = a
		}
		if a.Before(b) != a.Time().Before(b.Time()) || a.After(b) != a.Time().After(b.Time()) {
			t.Fatalf("%s vs %s: Before %v After %v", a, b, a.Before(b), a.After(b))
		}
	}
	for _, c := range []struct{ a, b string }{{"2025-12-31", "2026-01-01"}, {"2026-01-31", "2026-02-01"}, {"2024-02-29", "2024-03-01"}} {
		a, b := date.MustParse(c.a), date.MustParse(c.b)
		if !a.Before(b) || a.After(b) || !b.After(a) || b.Before(a) {
			t.Errorf("%s and %s in the wrong order", a, b)
		}
	}
}
