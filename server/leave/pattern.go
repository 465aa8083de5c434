package leave

import (
	"fmt"
	"math"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
)

// Minutes is an amount of leave or work in whole minutes. Ledger sums stay exact;
// the API shows hours with decimals (Hours).
type Minutes int64

// Hours returns m as hours.
func (m Minutes) Hours() float64 { return float64(m) / 60 }

// FromHours converts hours to whole minutes, rounding to the nearest minute.
func FromHours(h float64) Minutes { return Minutes(math.Round(h * 60)) }

// Week is the hours of one week of a work pattern, Monday first (index 0) to Sunday
// (index 6).
type Week [7]Minutes

// Total returns the hours of the week.
func (w Week) Total() Minutes {
	var t Minutes
	for _, m := range w {
		t += m
	}
	return t
}

// dayIndex maps a weekday to a Week index, Monday 0 … Sunday 6.
func dayIndex(wd time.Weekday) int { return (int(wd) + 6) % 7 }

// Pattern is an employment's work pattern (R29): the hours per weekday of one week,
// or of two alternating weeks A and B. The week (Monday to Sunday) that holds
// Anchor is week A; the weeks alternate from there, also backwards.
type Pattern struct {
	Weeks  []Week
	Anchor date.Date
}

// CodeInvalidWorkPattern is the userError of a work pattern that cannot be used.
const CodeInvalidWorkPattern = "INVALID_WORK_PATTERN"

// MaxDay is the most a pattern may have on one day.
const MaxDay = 24 * 60

// Validate checks the pattern: one or two weeks, each day between 0 and 24 hours,
// some hours in total, and an anchor for two weeks. The error is a userError on the
// field it concerns.
func (p Pattern) Validate() error {
	if len(p.Weeks) != 1 && len(p.Weeks) != 2 {
		return apperr.User(CodeInvalidWorkPattern, "a work pattern has one week, or two alternating weeks A and B", "weeks")
	}
	var total Minutes
	for i, w := range p.Weeks {
		for d, m := range w {
			if m < 0 || m > MaxDay {
				return apperr.User(CodeInvalidWorkPattern, "the hours of a day lie between 0 and 24",
					"weeks", fmt.Sprint(i), weekdayNames[d])
			}
		}
		total += w.Total()
	}
	if total == 0 {
		return apperr.User(CodeInvalidWorkPattern, "a work pattern has hours on at least one day", "weeks")
	}
	if len(p.Weeks) == 2 && p.Anchor.IsZero() {
		return apperr.User(CodeInvalidWorkPattern, "with two alternating weeks, say which week is week A", "weekAStartsOn")
	}
	return nil
}

var weekdayNames = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// mondayOf returns the Monday of the week of d.
func mondayOf(d date.Date) date.Date { return d.AddDays(-dayIndex(d.Time().Weekday())) }

// daysBetween returns b − a in days.
func daysBetween(a, b date.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// WeekOf returns the index of the pattern's week that d falls in: always 0 for a
// one-week pattern; 0 (A) or 1 (B) for two weeks.
func (p Pattern) WeekOf(d date.Date) int {
	n := len(p.Weeks)
	if n <= 1 {
		return 0
	}
	weeks := daysBetween(mondayOf(p.Anchor), mondayOf(d)) / 7
	return ((weeks % n) + n) % n
}

// On returns the pattern's hours on d, ignoring public holidays.
func (p Pattern) On(d date.Date) Minutes {
	if len(p.Weeks) == 0 {
		return 0
	}
	return p.Weeks[p.WeekOf(d)][dayIndex(d.Time().Weekday())]
}

// WeeklyAverage returns the average hours of a week: the weekly hours of the
// employment from which statutory leave is accrued (R28).
func (p Pattern) WeeklyAverage() Minutes {
	if len(p.Weeks) == 0 {
		return 0
	}
	var t Minutes
	for _, w := range p.Weeks {
		t += w.Total()
	}
	return Minutes(math.Round(float64(t) / float64(len(p.Weeks))))
}

// Hours returns the hours of the period first…last (both included) under the
// pattern: its hours on each day minus the public holidays that are days off under
// s (R29). A period that ends before it starts has no hours.
func (p Pattern) Hours(first, last date.Date, s HolidaySettings) Minutes {
	hs := newHolidaySet(s)
	var t Minutes
	for d := first; !d.After(last); d = d.AddDays(1) {
		if hs.is(d) {
			continue
		}
		t += p.On(d)
	}
	return t
}
