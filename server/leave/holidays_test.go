package leave_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
)

// The Dutch public holidays 2024–2035 that move (R29). Written out by hand, not
// computed, so the test can fail when the computation is wrong.
//
// Sources: which days are public holidays and their dates per year as published by
// the government, https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen
// (Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag,
// Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag); King's Day
// on 27 April unless that is a Sunday, then 26 April (Wet van 27 februari 2014 /
// https://nl.wikipedia.org/wiki/Feestdagen_in_Nederland); the 2026 row agrees with
// http://www.alle-feestdagen.be/nederland/feestdagen-2026.html. The Easter Sundays
// are those of the Gregorian table (assa.org.au Easter Dating Method), cross-checked
// against python-dateutil's easter(); Ascension is Easter + 39 days, Whit Monday
// Easter + 50.
var movingHolidays = []struct {
	year                                                              int
	goodFriday, easter, easterMonday, kingsDay, ascension, whitMonday string
}{
	{2024, "03-29", "03-31", "04-01", "04-27", "05-09", "05-20"},
	{2025, "04-18", "04-20", "04-21", "04-26", "05-29", "06-09"},
	{2026, "04-03", "04-05", "04-06", "04-27", "05-14", "05-25"},
	{2027, "03-26", "03-28", "03-29", "04-27", "05-06", "05-17"},
	{2028, "04-14", "04-16", "04-17", "04-27", "05-25", "06-05"},
	{2029, "03-30", "04-01", "04-02", "04-27", "05-10", "05-21"},
	{2030, "04-19", "04-21", "04-22", "04-27", "05-30", "06-10"},
	{2031, "04-11", "04-13", "04-14", "04-26", "05-22", "06-02"},
	{2032, "03-26", "03-28", "03-29", "04-27", "05-06", "05-17"},
	{2033, "04-15", "04-17", "04-18", "04-27", "05-26", "06-06"},
	{2034, "04-07", "04-09", "04-10", "04-27", "05-18", "05-29"},
	{2035, "03-23", "03-25", "03-26", "04-27", "05-03", "05-14"},
}

func d(y int, md string) date.Date { return date.MustParse(fmt.Sprintf("%d-%s", y, md)) }

// R29: the public-holiday table 2024–2035.
func TestPublicHolidaysTable(t *testing.T) {
	for _, row := range movingHolidays {
		t.Run(fmt.Sprint(row.year), func(t *testing.T) {
			y := row.year
			if got := leave.Easter(y); got != d(y, row.easter) {
				t.Errorf("Easter %d = %s, want %s", y, got, d(y, row.easter))
			}
			if got := leave.KingsDay(y); got != d(y, row.kingsDay) {
				t.Errorf("King's Day %d = %s, want %s", y, got, d(y, row.kingsDay))
			}
			all := leave.HolidaySettings{GoodFriday: true, LiberationDay: leave.LiberationYearly}
			want := map[date.Date]string{
				d(y, "01-01"):                    "Nieuwjaarsdag",
				d(y, row.goodFriday):             "Goede Vrijdag",
				d(y, row.easter):                 "Eerste Paasdag",
				d(y, row.easterMonday):           "Tweede Paasdag",
				d(y, row.kingsDay):               "Koningsdag",
				d(y, "05-05"):                    "Bevrijdingsdag",
				d(y, row.ascension):              "Hemelvaartsdag",
				d(y, row.whitMonday).AddDays(-1): "Eerste Pinksterdag",
				d(y, row.whitMonday):             "Tweede Pinksterdag",
				d(y, "12-25"):                    "Eerste Kerstdag",
				d(y, "12-26"):                    "Tweede Kerstdag",
			}
			got := leave.PublicHolidays(y, all)
			if len(got) != len(want) {
				t.Fatalf("%d holidays, want %d: %v", len(got), len(want), got)
			}
			for i, h := range got {
				if want[h.Date] != h.Name {
					t.Errorf("%s %q, want %q", h.Date, h.Name, want[h.Date])
				}
				if i > 0 && !got[i-1].Date.Before(h.Date) {
					t.Errorf("not in date order at %s", h.Date)
				}
			}
			// Easter Monday, Ascension and Whit Monday fall on their weekdays.
			for md, wd := range map[string]time.Weekday{row.easterMonday: time.Monday, row.ascension: time.Thursday, row.whitMonday: time.Monday, row.goodFriday: time.Friday} {
				if g := d(y, md).Time().Weekday(); g != wd {
					t.Errorf("table row %d: %s is a %s, want %s", y, md, g, wd)
				}
			}
		})
	}
}

// R29: King's Day 2025 is Saturday 26 April because 27 April 2025 is a Sunday; Easter
// 2025 is 20 April.
func TestKingsDayAndEaster2025(t *testing.T) {
	if got := leave.KingsDay(2025); got != date.MustParse("2025-04-26") {
		t.Errorf("King's Day 2025 = %s", got)
	}
	if got := leave.KingsDay(2026); got != date.MustParse("2026-04-27") {
		t.Errorf("King's Day 2026 = %s", got)
	}
	if got := leave.Easter(2025); got != date.MustParse("2025-04-20") {
		t.Errorf("Easter 2025 = %s", got)
	}
}

// R29: Good Friday and Liberation Day only as the employer sets; Liberation Day in
// lustrum years (2025, 2030) or every year.
func TestEmployerHolidaySettings(t *testing.T) {
	cases := []struct {
		s   leave.HolidaySettings
		day string
		is  bool
	}{
		{leave.HolidaySettings{}, "2025-04-18", false},
		{leave.HolidaySettings{GoodFriday: true}, "2025-04-18", true},
		{leave.HolidaySettings{}, "2025-05-05", false},
		{leave.HolidaySettings{LiberationDay: leave.LiberationNever}, "2030-05-05", false},
		{leave.HolidaySettings{LiberationDay: leave.LiberationLustrum}, "2025-05-05", true},
		{leave.HolidaySettings{LiberationDay: leave.LiberationLustrum}, "2026-05-05", false},
		{leave.HolidaySettings{LiberationDay: leave.LiberationLustrum}, "2030-05-05", true},
		{leave.HolidaySettings{LiberationDay: leave.LiberationYearly}, "2026-05-05", true},
		{leave.HolidaySettings{}, "2025-04-21", true}, // Easter Monday always
		{leave.HolidaySettings{}, "2025-04-22", false},
	}
	for _, c := range cases {
		if got := leave.IsPublicHoliday(date.MustParse(c.day), c.s); got != c.is {
			t.Errorf("%s under %+v: holiday %v, want %v", c.day, c.s, got, c.is)
		}
	}
	if n := len(leave.PublicHolidays(2026, leave.HolidaySettings{})); n != 9 {
		t.Errorf("2026 without Good Friday and Liberation Day: %d holidays, want 9", n)
	}
}

// Working days for "open five working days" (R35): weekends and the public holidays the
// employer gives off do not count; WorkingDaysBefore is its inverse.
func TestWorkingDays(t *testing.T) {
	d := date.MustParse
	none, goodFriday := leave.HolidaySettings{}, leave.HolidaySettings{GoodFriday: true}
	for _, tc := range []struct {
		from, to string
		s        leave.HolidaySettings
		want     int
	}{
		{"2026-03-02", "2026-03-02", none, 0},       // the same day
		{"2026-03-02", "2026-03-06", none, 4},       // Monday to Friday
		{"2026-03-02", "2026-03-09", none, 5},       // over a weekend
		{"2026-03-06", "2026-03-09", none, 1},       // Friday to Monday
		{"2026-03-31", "2026-04-07", none, 4},       // Easter Monday off
		{"2026-03-31", "2026-04-07", goodFriday, 3}, // and Good Friday
		{"2026-12-24", "2026-12-28", none, 1},       // Christmas and Boxing Day on Friday and Saturday
		{"2026-03-09", "2026-03-02", none, 0},       // backwards
	} {
		if got := leave.WorkingDaysBetween(d(tc.from), d(tc.to), tc.s); got != tc.want {
			t.Errorf("WorkingDaysBetween(%s, %s, %+v) = %d, want %d", tc.from, tc.to, tc.s, got, tc.want)
		}
	}
	for _, to := range []string{"2026-03-09", "2026-04-08", "2026-04-09", "2026-12-29", "2027-01-04"} {
		for _, s := range []leave.HolidaySettings{none, goodFriday} {
			from := leave.WorkingDaysBefore(d(to), 5, s)
			if got := leave.WorkingDaysBetween(from, d(to), s); got != 5 {
				t.Errorf("WorkingDaysBefore(%s, 5, %+v) = %s: %d working days", to, s, from, got)
			}
			if got := leave.WorkingDaysBetween(from.AddDays(1), d(to), s); got != 4 {
				t.Errorf("WorkingDaysBefore(%s, 5, %+v) = %s is not the latest such day", to, s, from)
			}
		}
	}
	if leave.IsWorkingDay(d("2026-04-06"), none) || !leave.IsWorkingDay(d("2026-04-03"), none) || leave.IsWorkingDay(d("2026-04-03"), goodFriday) {
		t.Error("IsWorkingDay around Easter 2026")
	}
}
