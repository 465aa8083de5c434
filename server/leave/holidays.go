package leave

import (
	"slices"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
)

// LiberationDay says when an employer gives Liberation Day (Bevrijdingsdag, 5 May)
// off (R29): many collective agreements give it only in lustrum years.
type LiberationDay string

// The employer's choices for Liberation Day.
const (
	LiberationNever   LiberationDay = "NEVER"   // a normal working day
	LiberationLustrum LiberationDay = "LUSTRUM" // off in years divisible by 5 (2025, 2030, …)
	LiberationYearly  LiberationDay = "YEARLY"  // off every year
)

// Valid reports whether l is one of the known choices.
func (l LiberationDay) Valid() bool {
	return l == LiberationNever || l == LiberationLustrum || l == LiberationYearly
}

// HolidaySettings are the employer's choices among the public holidays that are not
// days off everywhere (R29). The zero value gives neither Good Friday nor Liberation
// Day.
type HolidaySettings struct {
	GoodFriday    bool
	LiberationDay LiberationDay
}

// Holiday is one public holiday.
type Holiday struct {
	Date date.Date
	Name string // the Dutch name, e.g. "Tweede Paasdag"
}

// Easter returns Easter Sunday of the Gregorian calendar (the anonymous Gregorian
// algorithm of Meeus/Jones/Butcher), valid for every year from 1583.
func Easter(year int) date.Date {
	a := year % 19
	b := year / 100
	c := year % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date.New(year, time.Month(month), day)
}

// KingsDay returns King's Day (Koningsdag): 27 April, or 26 April when the 27th is
// a Sunday.
func KingsDay(year int) date.Date {
	d := date.New(year, time.April, 27)
	if d.Time().Weekday() == time.Sunday {
		return date.New(year, time.April, 26)
	}
	return d
}

// PublicHolidays returns the Dutch public holidays (algemeen erkende feestdagen) of
// year that are days off under s, in date order: New Year's Day, Easter Sunday and
// Monday, King's Day, Ascension Day, Whit Sunday and Monday, Christmas and Boxing Day
// always; Good Friday and Liberation Day as the employer sets (R29). Easter Sunday and
// Whit Sunday always fall on a Sunday; they are listed because they are public
// holidays for anyone whose pattern has Sunday hours.
func PublicHolidays(year int, s HolidaySettings) []Holiday {
	easter := Easter(year)
	hs := []Holiday{
		{date.New(year, time.January, 1), "Nieuwjaarsdag"},
		{easter, "Eerste Paasdag"},
		{easter.AddDays(1), "Tweede Paasdag"},
		{KingsDay(year), "Koningsdag"},
		{easter.AddDays(39), "Hemelvaartsdag"},
		{easter.AddDays(49), "Eerste Pinksterdag"},
		{easter.AddDays(50), "Tweede Pinksterdag"},
		{date.New(year, time.December, 25), "Eerste Kerstdag"},
		{date.New(year, time.December, 26), "Tweede Kerstdag"},
	}
	if s.GoodFriday {
		hs = append(hs, Holiday{easter.AddDays(-2), "Goede Vrijdag"})
	}
	if s.LiberationDay == LiberationYearly || (s.LiberationDay == LiberationLustrum && year%5 == 0) {
		hs = append(hs, Holiday{date.New(year, time.May, 5), "Bevrijdingsdag"})
	}
	slices.SortFunc(hs, func(a, b Holiday) int { return a.Date.Time().Compare(b.Date.Time()) })
	return hs
}

// holidaySet answers "is d a public holiday" for a range of years, computing each
// year once.
type holidaySet struct {
	s     HolidaySettings
	years map[int]map[date.Date]bool
}

func newHolidaySet(s HolidaySettings) *holidaySet {
	return &holidaySet{s: s, years: map[int]map[date.Date]bool{}}
}

func (h *holidaySet) is(d date.Date) bool {
	y, ok := h.years[d.Year]
	if !ok {
		y = map[date.Date]bool{}
		for _, hd := range PublicHolidays(d.Year, h.s) {
			y[hd.Date] = true
		}
		h.years[d.Year] = y
	}
	return y[d]
}

// IsPublicHoliday reports whether d is a public holiday that is a day off under s.
func IsPublicHoliday(d date.Date, s HolidaySettings) bool {
	return newHolidaySet(s).is(d)
}

// WorkingDaysBetween counts the working days after from up to and including to: Monday
// to Friday, without the public holidays that are days off under s (R29). It is what
// "open for five working days" counts (R35); zero when to is not after from.
func WorkingDaysBetween(from, to date.Date, s HolidaySettings) int {
	h := newHolidaySet(s)
	n := 0
	for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
		if wd := d.Time().Weekday(); wd != time.Saturday && wd != time.Sunday && !h.is(d) {
			n++
		}
	}
	return n
}

// WorkingDaysBefore returns the latest day from which n working days have passed by to
// under s: WorkingDaysBetween(WorkingDaysBefore(to, n, s), to, s) == n.
func WorkingDaysBefore(to date.Date, n int, s HolidaySettings) date.Date {
	h := newHolidaySet(s)
	d := to
	for n > 0 {
		if wd := d.Time().Weekday(); wd != time.Saturday && wd != time.Sunday && !h.is(d) {
			n--
		}
		d = d.AddDays(-1)
	}
	return d
}

// IsWorkingDay reports whether d is Monday to Friday and no public holiday off under s.
func IsWorkingDay(d date.Date, s HolidaySettings) bool {
	wd := d.Time().Weekday()
	return wd != time.Saturday && wd != time.Sunday && !IsPublicHoliday(d, s)
}
