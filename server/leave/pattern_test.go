package leave_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
)

func h(x float64) leave.Minutes { return leave.FromHours(x) }

// R29: a pattern of alternating weeks A and B. Week A: Monday–Friday 8 h; week B:
// Monday–Wednesday 8 h. Week A is the week of Monday 2026-01-05.
func abPattern() leave.Pattern {
	return leave.Pattern{
		Weeks: []leave.Week{
			{h(8), h(8), h(8), h(8), h(8), 0, 0},
			{h(8), h(8), h(8), 0, 0, 0, 0},
		},
		Anchor: date.MustParse("2026-01-07"), // a Wednesday in week A
	}
}

func TestPatternWeeksAlternate(t *testing.T) {
	p := abPattern()
	cases := map[string]int{
		"2026-01-05": 0, "2026-01-11": 0, // Monday and Sunday of week A
		"2026-01-12": 1, "2026-01-18": 1, // week B
		"2026-01-19": 0,
		"2025-12-29": 1, // the week before the anchor is B
		"2025-12-22": 0,
	}
	for s, want := range cases {
		if got := p.WeekOf(date.MustParse(s)); got != want {
			t.Errorf("WeekOf(%s) = %d, want %d", s, got, want)
		}
	}
	if got := p.On(date.MustParse("2026-01-15")); got != 0 { // Thursday of week B
		t.Errorf("Thursday of week B: %v", got)
	}
	if got := p.On(date.MustParse("2026-01-08")); got != h(8) { // Thursday of week A
		t.Errorf("Thursday of week A: %v", got)
	}
	if got := p.WeeklyAverage(); got != h(32) { // (40 + 24) / 2
		t.Errorf("weekly average %v, want 32 h", got.Hours())
	}
}

// R29: the hours of a period from an A/B pattern, minus public holidays.
func TestPatternHoursABWithHolidays(t *testing.T) {
	p := abPattern()
	none := leave.HolidaySettings{}
	// Two weeks A+B without holidays: 40 + 24.
	if got := p.Hours(date.MustParse("2026-01-05"), date.MustParse("2026-01-18"), none); got != h(64) {
		t.Errorf("weeks A+B: %v h, want 64", got.Hours())
	}
	// 2026-04-06 (Easter Monday) is 13 weeks after week A: week B.
	if w := p.WeekOf(date.MustParse("2026-04-06")); w != 1 {
		t.Fatalf("Easter Monday 2026 in week %d, the test assumes B", w)
	}
	// Week B of Easter Monday, Monday–Sunday 2026-04-06…12: 24 h minus Easter Monday.
	if got := p.Hours(date.MustParse("2026-04-06"), date.MustParse("2026-04-12"), none); got != h(16) {
		t.Errorf("Easter week: %v h, want 16", got.Hours())
	}
	// Week A of King's Day (Monday 2026-04-27): 40 h minus King's Day.
	if got := p.Hours(date.MustParse("2026-04-27"), date.MustParse("2026-05-03"), none); got != h(32) {
		t.Errorf("King's Day week: %v h, want 32", got.Hours())
	}
	// Week B of Liberation Day (Tuesday 2026-05-05): off only when the employer gives
	// it every year; Good Friday 2026-04-03 falls on week A's Friday.
	lib := leave.HolidaySettings{LiberationDay: leave.LiberationYearly, GoodFriday: true}
	if got := p.Hours(date.MustParse("2026-05-04"), date.MustParse("2026-05-10"), lib); got != h(16) {
		t.Errorf("Liberation Day week: %v h, want 16", got.Hours())
	}
	if got := p.Hours(date.MustParse("2026-05-04"), date.MustParse("2026-05-10"), none); got != h(24) {
		t.Errorf("week without Liberation Day off: %v h, want 24", got.Hours())
	}
	if got := p.Hours(date.MustParse("2026-03-30"), date.MustParse("2026-04-05"), lib); got != h(32) {
		t.Errorf("Good Friday week: %v h, want 32", got.Hours())
	}
	if got := p.Hours(date.MustParse("2026-03-30"), date.MustParse("2026-04-05"), none); got != h(40) {
		t.Errorf("week without Good Friday off: %v h, want 40", got.Hours())
	}
	if got := p.Hours(date.MustParse("2026-05-08"), date.MustParse("2026-05-04"), none); got != 0 {
		t.Errorf("reversed period: %v", got)
	}
}

func TestPatternValidate(t *testing.T) {
	bad := []leave.Pattern{
		{},
		{Weeks: []leave.Week{{}, {}, {}}},
		{Weeks: []leave.Week{{}}},
		{Weeks: []leave.Week{{h(25)}}},
		{Weeks: []leave.Week{{-1, h(8)}}},
		{Weeks: []leave.Week{{h(8)}, {h(8)}}}, // two weeks, no anchor
	}
	for i, p := range bad {
		err := p.Validate()
		ue, ok := apperr.AsUser(err)
		if !ok || ue.Code != leave.CodeInvalidWorkPattern {
			t.Errorf("case %d: %v, want %s", i, err, leave.CodeInvalidWorkPattern)
		}
	}
	if err := abPattern().Validate(); err != nil {
		t.Errorf("A/B pattern: %v", err)
	}
}
