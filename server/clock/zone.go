package clock

import (
	"context"
	"time"
	_ "time/tzdata" // the binary must know Europe/Amsterdam on any machine

	"github.com/werkportaal/werkportaal/server/date"
)

// Amsterdam is the zone in which the portal's calendar rules are decided: a payslip
// visible from the 25th is visible from midnight in the Netherlands, not in UTC.
var Amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return loc
}()

// Today returns the calendar date in the Netherlands at c's current time.
func Today(c Clock) date.Date { return date.Of(c.Now().In(Amsterdam)) }

type ctxKey struct{}

// NewContext returns ctx carrying c, for code below the domain services that needs
// the time but gets no clock passed in: the ent privacy rules that hide a payslip
// until its visible-from date.
func NewContext(ctx context.Context, c Clock) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

// FromContext returns the clock of ctx, or the wall clock when there is none.
func FromContext(ctx context.Context) Clock {
	if c, ok := ctx.Value(ctxKey{}).(Clock); ok && c != nil {
		return c
	}
	return System{}
}
