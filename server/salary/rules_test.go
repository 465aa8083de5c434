package salary

import (
	"strings"
	"testing"
)

// Every rule file is valid, names every figure's source, and its credit schedules are
// continuous: where one piece ends the next starts at the same amount, within the
// € 1 the published tables round to (R39: the figures are data, cited, never invented).
func TestRuleFiles(t *testing.T) {
	if len(Years()) == 0 {
		t.Fatal("no rule files")
	}
	for _, y := range Years() {
		r := RulesFor(y)
		for name, segs := range map[string][]Segment{
			"general": r.GeneralTaxCredit.Segments,
			"labour":  r.LabourTaxCredit.Segments,
		} {
			for i := 0; i+1 < len(segs); i++ {
				end := segs[i].BaseEuros*100 + segs[i].rate.of((segs[i].UpToEuros-segs[i].OverEuros)*100)
				next := segs[i+1].BaseEuros * 100
				if d := end - next; d < -100 || d > 100 {
					t.Errorf("%d %s credit: piece %d ends at %d cents, piece %d starts at %d", y, name, i, end, i+1, next)
				}
			}
			if last := segs[len(segs)-1]; last.BaseEuros != 0 || last.Rate() != 0 {
				t.Errorf("%d %s credit: does not phase out to nil", y, name)
			}
		}
		used := map[string]bool{}
		for _, segs := range [][]Segment{r.PayrollTax.Brackets, r.GeneralTaxCredit.Segments, r.LabourTaxCredit.Segments} {
			for _, s := range segs {
				for _, id := range s.Sources {
					used[id] = true
				}
			}
		}
		for _, s := range r.Sources {
			if !used[s.ID] {
				t.Errorf("%d: source %s is cited by no figure", y, s.ID)
			}
		}
	}
}

func TestRulesForFallsBackToTheNewestYear(t *testing.T) {
	newest := Years()[0]
	if r := RulesFor(newest); r.Fallback != 0 {
		t.Errorf("RulesFor(%d).Fallback = %d", newest, r.Fallback)
	}
	r := RulesFor(1999)
	if r.Year != newest || r.Fallback != 1999 {
		t.Errorf("RulesFor(1999) = year %d fallback %d, want %d fallback 1999", r.Year, r.Fallback, newest)
	}
}

func TestParseRejectsBadRules(t *testing.T) {
	good := `{"year":2026,"version":"x","sources":[{"id":"s","title":"T","url":"https://e.nl"}],
	"payrollTax":{"brackets":[{"overEuros":0,"ratePercent":"35.75","sources":["s"]}]},
	"generalTaxCredit":{"segments":[{"overEuros":0,"ratePercent":"0","sources":["s"]}]},
	"labourTaxCredit":{"segments":[{"overEuros":0,"ratePercent":"0","sources":["s"]}]}}`
	if _, err := parse([]byte(good)); err != nil {
		t.Fatalf("good rules: %v", err)
	}
	for name, bad := range map[string]string{
		"unknown source": strings.Replace(good, `"35.75","sources":["s"]`, `"35.75","sources":["t"]`, 1),
		"no source":      strings.Replace(good, `"35.75","sources":["s"]`, `"35.75","sources":[]`, 1),
		"four decimals":  strings.Replace(good, `"35.75"`, `"35.7512"`, 1),
		"not a number":   strings.Replace(good, `"35.75"`, `"abc"`, 1),
		"http source":    strings.Replace(good, `https://e.nl`, `http://e.nl`, 1),
		"gap":            strings.Replace(good, `{"overEuros":0,"ratePercent":"35.75","sources":["s"]}`, `{"overEuros":0,"upToEuros":10,"ratePercent":"35.75","sources":["s"]},{"overEuros":11,"ratePercent":"40","sources":["s"]}`, 1),
		"unknown field":  strings.Replace(good, `"version":"x"`, `"version":"x","rate":1`, 1),
		"closed last":    strings.Replace(good, `{"overEuros":0,"ratePercent":"35.75"`, `{"overEuros":0,"upToEuros":10,"ratePercent":"35.75"`, 1),
	} {
		if _, err := parse([]byte(bad)); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

func TestParsePercent(t *testing.T) {
	for in, want := range map[string]milliPercent{"35.75": 35_750, "-6.398": -6_398, "0": 0, "1.950": 1_950, "49.5": 49_500} {
		got, err := parsePercent(in)
		if err != nil || got != want {
			t.Errorf("parsePercent(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
}
