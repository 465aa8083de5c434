package main

import "testing"

func lhRun(score, fcp, tti float64) *lighthouseReport {
	r := &lighthouseReport{Audits: map[string]struct {
		NumericValue float64 `json:"numericValue"`
	}{
		"first-contentful-paint": {fcp},
		"interactive":            {tti},
	}}
	r.Categories.Performance.Score = score / 100
	return r
}

// The median run is Lighthouse's (core/lib/median-run.js): the run nearest the median
// first paint and time to interactive together, not the run of the median score.
func TestMedianRunIsLighthouses(t *testing.T) {
	runs := []*lighthouseReport{
		lhRun(87, 1800, 4000), // slow to interactive
		lhRun(98, 1700, 2600),
		lhRun(93, 2200, 2900), // slow first paint
		lhRun(97, 1800, 2800),
		lhRun(95, 1900, 3000),
	}
	// Medians: first paint 1800, interactive 2900. Distances² : 1.21e6, 1e4+9e4,
	// 1.6e5, 1e4, 1e4+1e4; the fourth run is nearest.
	if got := medianRun(runs); got != runs[3] {
		t.Errorf("median run scored %.0f, want the run of 97 (nearest both medians)", got.score())
	}
	// An even count takes the mean of the middle two; a tie goes to the sooner interactive.
	tie := []*lighthouseReport{lhRun(90, 1000, 3000), lhRun(96, 1000, 2000)}
	if got := medianRun(tie); got != tie[1] {
		t.Errorf("tie went to the run of %.0f, want the sooner interactive (96)", got.score())
	}
	if one := []*lighthouseReport{lhRun(91, 1, 1)}; medianRun(one) != one[0] {
		t.Error("one run is its own median")
	}
}

// The calibrated slowdown is the one of Lighthouse's calculator: 4× at the host it was
// made for (index 1,533), less on a slower host, more on a faster one.
func TestCPUSlowdownIsTheCalculators(t *testing.T) {
	for _, c := range []struct {
		index, want float64
		ok          bool
	}{
		{2000, 6.004, true}, // the calculator's comment: 2000 = 6x
		{1766, 5, true},
		{1533, 4, true},
		{1300, 3, true},
		{1050, 2.5, true},
		{800, 2, true},
		{475, 1.5, true},
		{150, 1, true},
		{120, 1, false}, // too slow to emulate the phone
	} {
		got, ok := cpuSlowdown(c.index)
		if ok != c.ok || got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("cpuSlowdown(%.0f) = %.3f, %v; want %.3f, %v", c.index, got, ok, c.want, c.ok)
		}
	}
}
