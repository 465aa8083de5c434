// Package salary estimates net pay from gross pay with the payroll-tax rules of a
// year (R39, *Salaris berekenen*). It is pure: no database, no clock, no I/O beyond
// the rule files compiled into the binary.
//
// The rules of a year are data, one versioned JSON file per year under rules/ (e.g.
// rules/2026.json): the payroll-tax brackets and the build-up and phase-out of the
// general tax credit (algemene heffingskorting) and the labour tax credit
// (arbeidskorting), every figure with the publications it comes from. A year whose
// figures could not be confirmed from published sources has no file; an estimate for
// it uses the newest year that has one and says so (Rules.Fallback).
//
// The calculation is deliberately simple and always an estimate (schatting):
//
//   - taxable wage = gross − the employee's pension premium, per pay period;
//   - annual taxable wage = taxable wage × periods a year (12 or 13);
//   - payroll tax = each bracket's rate over the part of the annual wage in it;
//   - when the payroll-tax credit (loonheffingskorting) applies: minus the general
//     and the labour tax credit of the annual wage, never below zero tax;
//   - per period = the annual amount ÷ periods a year; net = gross − pension premium −
//     payroll tax.
//
// Not modelled: holiday allowance and other special rewards (bijzondere beloningen,
// taxed at the table for special rewards), the Zvw and other withholdings, other tax
// credits, employees at or over the state-pension (AOW) age, the table wage rounding
// of the official tables. Money is integer euro cents; every step rounds to the cent,
// half away from zero.
package salary

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

//go:embed rules/*.json
var ruleFiles embed.FS

// Source is a publication figures come from.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	// Official is true for the government's own publication (Staatscourant, Kamerstuk,
	// Rijksoverheid, Belastingdienst); false for a publication quoting it.
	Official bool `json:"official"`
}

// Segment is one piece of a piecewise linear schedule: over OverEuros (and up to
// UpToEuros, 0 for the last piece) the amount is BaseEuros + Rate × (income − OverEuros).
// For the brackets BaseEuros is unused: each bracket's rate applies to the part of the
// income in it.
type Segment struct {
	OverEuros   int64    `json:"overEuros"`
	UpToEuros   int64    `json:"upToEuros"`
	BaseEuros   int64    `json:"baseEuros"`
	RatePercent string   `json:"ratePercent"`
	Sources     []string `json:"sources"`
	Note        string   `json:"note"`

	rate milliPercent
}

// Rate is the segment's rate in thousandths of a percent (35.75% is 35750).
func (s Segment) Rate() int64 { return int64(s.rate) }

// Rules are the payroll-tax rules of one year.
type Rules struct {
	Year    int      `json:"year"`
	Version string   `json:"version"`
	Scope   string   `json:"scope"`
	Sources []Source `json:"sources"`

	PayrollTax struct {
		Brackets []Segment `json:"brackets"`
	} `json:"payrollTax"`
	GeneralTaxCredit struct {
		Segments []Segment `json:"segments"`
	} `json:"generalTaxCredit"`
	LabourTaxCredit struct {
		Segments []Segment `json:"segments"`
	} `json:"labourTaxCredit"`

	// Fallback is set on the rules RulesFor returns for another year than asked: the
	// year that was asked for, which has no rules of its own.
	Fallback int `json:"-"`
}

// Source returns the source with id.
func (r *Rules) Source(id string) (Source, bool) {
	i := slices.IndexFunc(r.Sources, func(s Source) bool { return s.ID == id })
	if i < 0 {
		return Source{}, false
	}
	return r.Sources[i], true
}

// milliPercent is a percentage in thousandths of a percent: exact for the published
// rates, which have at most three decimals.
type milliPercent int64

// parsePercent reads "35.75", "-6.398" or "0" exactly (no floating point).
func parsePercent(s string) (milliPercent, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > 3 || strings.ContainsAny(whole+frac, "+-") {
		return 0, fmt.Errorf("percentage %q: want digits with at most three decimals", s)
	}
	frac += strings.Repeat("0", 3-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("percentage %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("percentage %q: %w", s, err)
	}
	v := milliPercent(w*1000 + f)
	if neg {
		v = -v
	}
	return v, nil
}

// of returns p of cents, rounded to the cent half away from zero.
func (p milliPercent) of(cents int64) int64 {
	return divRound(cents*int64(p), 100_000)
}

// divRound is a ÷ b rounded half away from zero (b > 0).
func divRound(a, b int64) int64 {
	if a < 0 {
		return -divRound(-a, b)
	}
	return (a + b/2) / b
}

// parse reads and checks the rules of one file.
func parse(data []byte) (*Rules, error) {
	var r Rules
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if r.Year < 2000 || r.Year > 2100 || r.Version == "" {
		return nil, fmt.Errorf("year %d or version %q missing", r.Year, r.Version)
	}
	for _, s := range r.Sources {
		if s.ID == "" || s.Title == "" || !strings.HasPrefix(s.URL, "https://") {
			return nil, fmt.Errorf("source %q needs an id, a title and an https URL", s.ID)
		}
	}
	for name, segs := range map[string][]Segment{
		"payrollTax.brackets":       r.PayrollTax.Brackets,
		"generalTaxCredit.segments": r.GeneralTaxCredit.Segments,
		"labourTaxCredit.segments":  r.LabourTaxCredit.Segments,
	} {
		if err := r.check(segs); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return &r, nil
}

// check parses the rates and checks that the segments start at 0, follow each other
// without gaps, end open, and that every figure names a known source.
func (r *Rules) check(segs []Segment) error {
	if len(segs) == 0 || segs[0].OverEuros != 0 {
		return fmt.Errorf("the first segment must start at 0")
	}
	for i := range segs {
		s := &segs[i]
		rate, err := parsePercent(s.RatePercent)
		if err != nil {
			return err
		}
		s.rate = rate
		last := i == len(segs)-1
		if last != (s.UpToEuros == 0) {
			return fmt.Errorf("segment %d: only the last segment is open-ended", i)
		}
		if !last && (s.UpToEuros <= s.OverEuros || segs[i+1].OverEuros != s.UpToEuros) {
			return fmt.Errorf("segment %d: segments must follow each other", i)
		}
		if len(s.Sources) == 0 {
			return fmt.Errorf("segment %d has no source", i)
		}
		for _, id := range s.Sources {
			if _, ok := r.Source(id); !ok {
				return fmt.Errorf("segment %d: unknown source %q", i, id)
			}
		}
	}
	return nil
}

// all holds the rules of every year, newest first, read once.
var all = func() []*Rules {
	var out []*Rules
	err := fs.WalkDir(ruleFiles, "rules", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := ruleFiles.ReadFile(path)
		if err != nil {
			return err
		}
		r, err := parse(data)
		if err != nil {
			return fmt.Errorf("salary: %s: %w", path, err)
		}
		if want := strconv.Itoa(r.Year) + ".json"; !strings.HasSuffix(path, "/"+want) {
			return fmt.Errorf("salary: %s holds the rules of %d", path, r.Year)
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		panic(err) // the files are compiled in; TestRuleFiles reads them too
	}
	slices.SortFunc(out, func(a, b *Rules) int { return b.Year - a.Year })
	return out
}()

// Years lists the years that have rules, newest first.
func Years() []int {
	out := make([]int, len(all))
	for i, r := range all {
		out[i] = r.Year
	}
	return out
}

// RulesFor returns the rules of year; for a year without rules, those of the newest
// year that has them, with Fallback set to year. The result is a copy.
func RulesFor(year int) Rules {
	for _, r := range all {
		if r.Year == year {
			return *r
		}
	}
	r := *all[0]
	r.Fallback = year
	return r
}

// amount is the schedule's value at income (cents), never below zero.
func amount(segs []Segment, income int64) int64 {
	s := segmentAt(segs, income)
	return max(0, s.BaseEuros*100+s.rate.of(income-s.OverEuros*100))
}
