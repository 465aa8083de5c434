package salary

import (
	"math/rand/v2"
	"testing"
)

// Worked examples of R39, derived by hand from the published 2026 figures in
// rules/2026.json. Sources of the figures used below:
//
//	brackets   0–38.883 35,75% · 38.883–78.426 37,56% · over 78.426 49,50%
//	           Bijstellingsregeling directe belastingen 2026, Stcrt. 2025, 40487
//	           (https://zoek.officielebekendmakingen.nl/stcrt-2025-40487.html) for the
//	           bounds and 37,56%/49,50%; Nota van wijziging Belastingplan 2026, Kamerstuk
//	           36 812 nr. 18, for 35,75%.
//	AHK        3.115 up to 29.736, then −6,398% of the excess, nil from 78.426
//	           Rijksoverheid "Wat is een heffingskorting en welke heffingskortingen zijn
//	           er?" (3.115, 78.426); Belastingdienst Nieuwsbrief Loonheffingen 2026, herziene
//	           bijlage tabel 2a (29.736); Grant Thornton "Loonheffingen in 2026: de
//	           cijfers" (6,398%).
//	AK         8,324% up to 11.965 · 996 + 31,009% over 11.965 up to 25.845 ·
//	           5.300 + 1,950% over 25.845 up to 45.592 · 5.685 − 6,510% over 45.592, nil
//	           from 132.920
//	           Nota van wijziging (11.965, 25.845); Grant Thornton and Salure "Arbeidskorting"
//	           (rates, 996, 5.300, 5.685); herziene bijlage Nieuwsbrief Loonheffingen (132.920).
//
// Every amount is in cents and rounded to the cent, half away from zero.
func TestComputeWorkedExamples2026(t *testing.T) {
	r := RulesFor(2026)
	if r.Fallback != 0 || r.Year != 2026 {
		t.Fatalf("rules of 2026: year %d, fallback %d", r.Year, r.Fallback)
	}
	tests := []struct {
		name string
		in   Input
		// want: tax before credits, general credit, labour credit, payroll tax a year;
		// payroll tax and net per period.
		taxBefore, general, labour, taxAfter, periodTax, net int64
	}{
		{
			// € 3.500 a month, no pension, credit applies. Annual 42.000,00.
			//   bracket 1: 38.883,00 × 35,75% = 13.900,6725 → 13.900,67
			//   bracket 2: (42.000 − 38.883) = 3.117,00 × 37,56% = 1.170,7452 → 1.170,75
			//   tax before credits 15.071,42
			//   AHK: 3.115 − 6,398% × (42.000 − 29.736 = 12.264) = 3.115 − 784,65 = 2.330,35
			//   AK:  5.300 + 1,950% × (42.000 − 25.845 = 16.155) = 5.300 + 315,02 = 5.615,02
			//   tax 15.071,42 − 2.330,35 − 5.615,02 = 7.126,05 a year; ÷ 12 = 593,8375 → 593,84
			//   net 3.500 − 593,84 = 2.906,16
			name:      "3500 a month with credit",
			in:        Input{GrossCents: 3_500_00, PeriodsPerYear: 12, CreditApplies: true},
			taxBefore: 15_071_42, general: 2_330_35, labour: 5_615_02, taxAfter: 7_126_05, periodTax: 593_84, net: 2_906_16,
		},
		{
			// The same without the credit: 15.071,42 ÷ 12 = 1.255,951… → 1.255,95;
			// net 3.500 − 1.255,95 = 2.244,05.
			name:      "3500 a month without credit",
			in:        Input{GrossCents: 3_500_00, PeriodsPerYear: 12, CreditApplies: false},
			taxBefore: 15_071_42, general: 0, labour: 0, taxAfter: 15_071_42, periodTax: 1_255_95, net: 2_244_05,
		},
		{
			// € 2.000 a month, pension premium € 100: taxable 1.900, annual 22.800.
			//   bracket 1: 22.800 × 35,75% = 8.151,00
			//   AHK: 22.800 ≤ 29.736 → 3.115,00
			//   AK:  996 + 31,009% × (22.800 − 11.965 = 10.835) = 996 + 3.359,82515 → 4.355,83
			//   tax 8.151,00 − 3.115,00 − 4.355,83 = 680,17 a year; ÷ 12 = 56,68
			//   net 2.000 − 100 − 56,68 = 1.843,32
			name:      "2000 a month with pension premium",
			in:        Input{GrossCents: 2_000_00, PensionCents: 100_00, PeriodsPerYear: 12, CreditApplies: true},
			taxBefore: 8_151_00, general: 3_115_00, labour: 4_355_83, taxAfter: 680_17, periodTax: 56_68, net: 1_843_32,
		},
		{
			// € 10.000 a month: annual 120.000, all three brackets.
			//   bracket 1: 13.900,67 (as above)
			//   bracket 2: (78.426 − 38.883) = 39.543 × 37,56% = 14.852,3508 → 14.852,35
			//   bracket 3: (120.000 − 78.426) = 41.574 × 49,50% = 20.579,13
			//   tax before credits 49.332,15
			//   AHK: 120.000 ≥ 78.426 → 0
			//   AK:  5.685 − 6,510% × (120.000 − 45.592 = 74.408) = 5.685 − 4.843,9608 → 841,04
			//   tax 49.332,15 − 841,04 = 48.491,11; ÷ 12 = 4.040,9258 → 4.040,93
			//   net 10.000 − 4.040,93 = 5.959,07
			name:      "10000 a month, top bracket",
			in:        Input{GrossCents: 10_000_00, PeriodsPerYear: 12, CreditApplies: true},
			taxBefore: 49_332_15, general: 0, labour: 841_04, taxAfter: 48_491_11, periodTax: 4_040_93, net: 5_959_07,
		},
		{
			// € 1.000 per four weeks: annual 13 × 1.000 = 13.000.
			//   bracket 1: 13.000 × 35,75% = 4.647,50
			//   AHK 3.115,00; AK 996 + 31,009% × (13.000 − 11.965 = 1.035) = 996 + 320,94 → 1.316,94
			//   tax 4.647,50 − 3.115,00 − 1.316,94 = 215,56; ÷ 13 = 16,5815… → 16,58
			//   net 1.000 − 16,58 = 983,42
			name:      "four-weekly pay",
			in:        Input{GrossCents: 1_000_00, PeriodsPerYear: 13, CreditApplies: true},
			taxBefore: 4_647_50, general: 3_115_00, labour: 1_316_94, taxAfter: 215_56, periodTax: 16_58, net: 983_42,
		},
		{
			// € 500 a month: annual 6.000; tax 2.145,00 is less than the credits, so
			// the AHK takes 2.145,00 of its 3.115 and nothing is left for the AK
			// (8,324% × 6.000 = 499,44): payroll tax 0, net = gross.
			name:      "credits exceed the tax",
			in:        Input{GrossCents: 500_00, PeriodsPerYear: 12, CreditApplies: true},
			taxBefore: 2_145_00, general: 2_145_00, labour: 0, taxAfter: 0, periodTax: 0, net: 500_00,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Compute(r, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got := map[StepKind]int64{}
			for _, s := range e.Steps {
				got[s.Kind] += s.AnnualCents
			}
			check := func(what string, got, want int64) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %d cents, want %d", what, got, want)
				}
			}
			check("tax before credits", got[StepTaxBeforeCredits], tt.taxBefore)
			check("general tax credit", got[StepGeneralCredit], tt.general)
			check("labour tax credit", got[StepLabourCredit], tt.labour)
			check("payroll tax a year", got[StepPayrollTax], tt.taxAfter)
			check("payroll tax a period", e.PayrollTaxCents, tt.periodTax)
			check("net a period", e.NetCents, tt.net)
			check("net step", lastStep(e).PeriodCents, tt.net)
			if hasStep(e, StepGeneralCredit) != tt.in.CreditApplies {
				t.Errorf("credit steps shown = %v, credit applies = %v", hasStep(e, StepGeneralCredit), tt.in.CreditApplies)
			}
		})
	}
}

func lastStep(e Estimate) Step { return e.Steps[len(e.Steps)-1] }

func hasStep(e Estimate, k StepKind) bool {
	for _, s := range e.Steps {
		if s.Kind == k {
			return true
		}
	}
	return false
}

// The bracket steps name their bracket and the part of the wage in it.
func TestComputeBracketSteps(t *testing.T) {
	e, err := Compute(RulesFor(2026), Input{GrossCents: 3_500_00, PeriodsPerYear: 12, CreditApplies: true})
	if err != nil {
		t.Fatal(err)
	}
	var brackets []Step
	for _, s := range e.Steps {
		if s.Kind == StepBracket {
			brackets = append(brackets, s)
		}
	}
	if len(brackets) != 2 {
		t.Fatalf("bracket steps = %d, want 2 (42.000 reaches the second bracket only)", len(brackets))
	}
	if b := brackets[1]; b.Bracket != 2 || b.BasisCents != 3_117_00 || b.Segment.Rate() != 37_560 {
		t.Errorf("second bracket = %d over %d cents at %d, want 2 over 311700 at 37560", b.Bracket, b.BasisCents, b.Segment.Rate())
	}
}

// Net is never above gross and never falls when gross rises (R39): the highest
// marginal rate with the credits' phase-out stays far below 100%.
func TestComputeProperties(t *testing.T) {
	r := RulesFor(2026)
	rng := rand.New(rand.NewPCG(39, 2026)) //nolint:gosec // G404: a fixed seed, so a failure can be replayed
	for range 2000 {
		credit := rng.IntN(2) == 0
		periods := 12 + rng.IntN(2)
		g1 := 1 + rng.Int64N(20_000_00)
		g2 := g1 + 1 + rng.Int64N(2_000_00)
		if rng.IntN(4) == 0 {
			g2 = g1 + 1 // the smallest step, where rounding could bite
		}
		e1, err1 := Compute(r, Input{GrossCents: g1, PeriodsPerYear: periods, CreditApplies: credit})
		e2, err2 := Compute(r, Input{GrossCents: g2, PeriodsPerYear: periods, CreditApplies: credit})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if e1.NetCents > g1 || e1.NetCents < 0 {
			t.Fatalf("gross %d: net %d outside 0…gross", g1, e1.NetCents)
		}
		if e2.NetCents < e1.NetCents {
			t.Fatalf("gross %d → %d (credit %v, %d periods): net fell %d → %d", g1, g2, credit, periods, e1.NetCents, e2.NetCents)
		}
		if credit {
			e0, _ := Compute(r, Input{GrossCents: g1, PeriodsPerYear: periods})
			if e1.NetCents < e0.NetCents {
				t.Fatalf("gross %d: the credit lowered net %d → %d", g1, e0.NetCents, e1.NetCents)
			}
		}
	}
}

func TestComputeRejectsInputOutOfRange(t *testing.T) {
	r := RulesFor(2026)
	for _, in := range []Input{
		{GrossCents: 0, PeriodsPerYear: 12},
		{GrossCents: -1, PeriodsPerYear: 12},
		{GrossCents: maxGrossCents + 1, PeriodsPerYear: 12},
		{GrossCents: 100_00, PensionCents: 100_01, PeriodsPerYear: 12},
		{GrossCents: 100_00, PensionCents: -1, PeriodsPerYear: 12},
		{GrossCents: 100_00, PeriodsPerYear: 52},
	} {
		if _, err := Compute(r, in); err == nil {
			t.Errorf("Compute(%+v) succeeded", in)
		}
	}
}
