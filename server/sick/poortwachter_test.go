package sick_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/sick"
)

func d(s string) date.Date { return date.MustParse(s) }

func dp(s string) *date.Date {
	x := d(s)
	return &x
}

// R25, Wet verbetering poortwachter: the deadlines of a case that starts on a known
// Monday, each the last day of its week of sickness (docs/domain.md cites the sources).
func TestPoortwachterTimelineFromFirstSickDay(t *testing.T) {
	spells := []sick.Spell{{First: d("2026-01-05")}}
	got := sick.Timeline(spells, nil, d("2026-02-10"))
	want := []struct {
		step   sick.Step
		week   int
		due    string
		status sick.Status
	}{
		{sick.StepProblemAnalysis, 6, "2026-02-15", sick.StatusThisWeek},
		{sick.StepPlanOfAction, 8, "2026-03-01", sick.StatusUpcoming},
		{sick.StepUWVReport, 42, "2026-10-25", sick.StatusUpcoming},
		{sick.StepFirstYearEvaluation, 52, "2027-01-03", sick.StatusUpcoming},
		{sick.StepFinalEvaluation, 91, "2027-10-03", sick.StatusUpcoming},
		{sick.StepWIAApplication, 93, "2027-10-17", sick.StatusUpcoming},
		{sick.StepEndOfWaitingPeriod, 104, "2028-01-02", sick.StatusUpcoming},
	}
	if len(got) != len(want) {
		t.Fatalf("%d milestones, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Step != w.step || g.Week != w.week || g.Due != d(w.due) || g.Status != w.status {
			t.Errorf("milestone %d = %s week %d due %s %s, want %s week %d due %s %s",
				i, g.Step, g.Week, g.Due, g.Status, w.step, w.week, w.due, w.status)
		}
	}
	// The first-year evaluation has a window from the first day of week 46.
	if o := got[3].Opens; o == nil || *o != d("2026-11-16") {
		t.Errorf("first-year evaluation opens %v, want 2026-11-16", o)
	}
	if got[0].Opens != nil {
		t.Errorf("problem analysis has a window: %v", got[0].Opens)
	}
}

// The statuses of the timeline on different days: done (marked), overdue, due this
// week, upcoming; the end of the 104 weeks is a moment, never overdue.
func TestPoortwachterStatuses(t *testing.T) {
	spells := []sick.Spell{{First: d("2026-01-05")}}
	tests := []struct {
		name  string
		today string
		done  map[sick.Step]date.Date
		step  int
		want  sick.Status
	}{
		{"a week before the problem analysis is due", "2026-02-08", nil, 0, sick.StatusUpcoming},
		{"six days before", "2026-02-09", nil, 0, sick.StatusThisWeek},
		{"on the day it is due", "2026-02-15", nil, 0, sick.StatusThisWeek},
		{"the day after, not done", "2026-02-16", nil, 0, sick.StatusOverdue},
		{"the day after, done", "2026-02-16", map[sick.Step]date.Date{sick.StepProblemAnalysis: d("2026-02-12")}, 0, sick.StatusDone},
		{"done early counts as done", "2026-01-20", map[sick.Step]date.Date{sick.StepPlanOfAction: d("2026-01-19")}, 1, sick.StatusDone},
		{"the end of the 104 weeks passed", "2028-01-03", nil, 6, sick.StatusPassed},
		{"the end cannot be marked done", "2028-01-03", map[sick.Step]date.Date{sick.StepEndOfWaitingPeriod: d("2028-01-01")}, 6, sick.StatusPassed},
	}
	if !sick.ValidStep(sick.StepPlanOfAction) || sick.ValidStep(sick.StepEndOfWaitingPeriod) || sick.ValidStep("NOPE") {
		t.Error("markable steps: the end of the 104 weeks and unknown steps cannot be marked done")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sick.Timeline(spells, tt.done, d(tt.today))[tt.step]
			if m.Status != tt.want {
				t.Errorf("%s on %s: %s, want %s", m.Step, tt.today, m.Status, tt.want)
			}
		})
	}
}

// The 4-weken-regel (art. 7:629 lid 10 BW): a new report within four weeks of recovery
// continues the case, and the deadlines move by the break; a break of four weeks or more
// starts a new case. The example is rviregister.nl's: sick 3 January–3 July 2022, well
// 4–24 July, sick again from 25 July: the 104 weeks move by the 21 days of the break
// (their article names the day after them: 1 → 22 January 2024).
func TestPoortwachterFourWeekRule(t *testing.T) {
	tests := []struct {
		name      string
		spells    []sick.Spell
		caseFirst string
		end       string
	}{
		{"one open spell", []sick.Spell{{First: d("2022-01-03")}}, "2022-01-03", "2023-12-31"},
		{"break of 21 days continues the case", []sick.Spell{
			{First: d("2022-01-03"), Recovered: dp("2022-07-04")},
			{First: d("2022-07-25")},
		}, "2022-01-03", "2024-01-21"},
		{"break of 27 days continues the case", []sick.Spell{
			{First: d("2022-01-03"), Recovered: dp("2022-07-04")},
			{First: d("2022-07-31")},
		}, "2022-01-03", "2024-01-27"},
		{"break of exactly 28 days starts a new case", []sick.Spell{
			{First: d("2022-01-03"), Recovered: dp("2022-07-04")},
			{First: d("2022-08-01")},
		}, "2022-08-01", "2024-07-28"},
		{"three spells chain; an older one beyond four weeks does not", []sick.Spell{
			{First: d("2021-01-04"), Recovered: dp("2021-02-01")},
			{First: d("2022-01-03"), Recovered: dp("2022-01-10")},
			{First: d("2022-01-17"), Recovered: dp("2022-01-24")},
			{First: d("2022-01-31")},
		}, "2022-01-03", "2024-01-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sick.CaseSpells(tt.spells)
			if len(c) == 0 || c[0].First != d(tt.caseFirst) {
				t.Fatalf("case starts %v, want %s", c, tt.caseFirst)
			}
			tl := sick.Timeline(c, nil, d("2022-01-03"))
			if end := tl[len(tl)-1]; end.Step != sick.StepEndOfWaitingPeriod || end.Due != d(tt.end) {
				t.Errorf("end of the 104 weeks %s, want %s", end.Due, tt.end)
			}
		})
	}
}
