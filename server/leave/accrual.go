package leave

import (
	"math"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
)

// Category is the kind of a leave type (R28). The values are those of the leave
// card's LeaveBalance.leave_type, so an opening balance maps onto a type.
type Category string

// The categories of leave.
const (
	Statutory            Category = "STATUTORY"              // wettelijk
	ExtraStatutory       Category = "EXTRA_STATUTORY"        // bovenwettelijk
	WorkingTimeReduction Category = "WORKING_TIME_REDUCTION" // ADV/ATV
	Seniority            Category = "SENIORITY"              // seniority days
	Other                Category = "OTHER"                  // special leave and the like
)

// Categories lists every category in display order.
var Categories = []Category{Statutory, ExtraStatutory, WorkingTimeReduction, Seniority, Other}

// Valid reports whether c is a known category.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// Accrual says when a leave type's yearly entitlement is booked (R28).
type Accrual string

// The accrual schedules.
const (
	AccrualYearly  Accrual = "YEARLY"  // the whole year's entitlement on 1 January (or the first day of employment)
	AccrualMonthly Accrual = "MONTHLY" // one twelfth on the first day of each month employed
)

// Valid reports whether a is a known schedule.
func (a Accrual) Valid() bool { return a == AccrualYearly || a == AccrualMonthly }

// StatutoryWeeks is the statutory entitlement: four times the weekly hours a year
// (art. 7:634 BW, R28).
const StatutoryWeeks = 4

// Expiry, in months after the end of the accrual year (R28).
const (
	StatutoryExpiryMonths      = 6  // on 1 July of the next year (art. 7:640a BW)
	ExtraStatutoryExpiryMonths = 60 // five years after the year (art. 7:642 BW)
)

// ExpiryDate returns the first day on which hours accrued in accrualYear are no
// longer available: monthsAfterYear months after 31 December of that year. Statutory
// hours of 2025 expire on 2026-07-01, extra-statutory hours of 2025 on 2031-01-01.
func ExpiryDate(accrualYear, monthsAfterYear int) date.Date {
	return date.New(accrualYear+1, time.Month(1+monthsAfterYear), 1)
}

// monthShare is the part of month (of year) in which the employment start…end (end
// nil: open) runs, as employed days over the days of the month.
func monthShare(year int, month time.Month, start date.Date, end *date.Date) float64 {
	first := date.New(year, month, 1)
	last := date.New(year, month+1, 1).AddDays(-1)
	from, to := first, last
	if start.After(from) {
		from = start
	}
	if end != nil && end.Before(to) {
		to = *end
	}
	if to.Before(from) {
		return 0
	}
	return float64(daysBetween(from, to)+1) / float64(last.Day)
}

// YearShare is the part of year in which the employment start…end (end nil: open)
// runs, counted in months: each whole month is 1/12, a part month its share of
// days. An employment from 1 April runs 9/12 of that year.
func YearShare(year int, start date.Date, end *date.Date) float64 {
	var s float64
	for m := time.January; m <= time.December; m++ {
		s += monthShare(year, m, start, end)
	}
	return s / 12
}

// YearlyAccrual returns a year's accrual of a leave type worth weeksPerYear times
// the weekly hours, pro rata for the weekly hours of the employment (a part-timer's
// weekly hours are fewer) and for the part of the year employed (R28): a part-timer
// of 24 hours a week starting on 1 April accrues 4 × 24 × 9/12 = 72 statutory hours.
func YearlyAccrual(weeksPerYear float64, weekly Minutes, year int, start date.Date, end *date.Date) Minutes {
	return Minutes(math.Round(weeksPerYear * float64(weekly) * YearShare(year, start, end)))
}

// MonthlyAccrual returns one month's accrual of such a leave type: a twelfth of the
// year's, pro rata for the part of the month employed.
func MonthlyAccrual(weeksPerYear float64, weekly Minutes, year int, month time.Month, start date.Date, end *date.Date) Minutes {
	return Minutes(math.Round(weeksPerYear * float64(weekly) * monthShare(year, month, start, end) / 12))
}
