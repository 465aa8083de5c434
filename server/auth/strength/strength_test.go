package strength

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// checkVector is one case of testdata/check.json. The browser's copy of the policy
// (frontend/src/features/employee-password/strength.test.ts) reads the same file, so the meter
// the employee sees and this checker cannot drift apart unnoticed.
type checkVector struct {
	Group    string   `json:"group"`
	Password string   `json:"password"`
	Personal []string `json:"personal"`
	Code     *string  `json:"code"`   // null: accepted
	Advice   []string `json:"advice"` // must all be in Result.Advice
	Exact    bool     `json:"exact"`  // Advice must equal advice
	Note     string   `json:"note"`
}

func loadCheckVectors(t *testing.T) []checkVector {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "check.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		About string        `json:"about"`
		Check []checkVector `json:"check"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		t.Fatalf("testdata/check.json: %v", err)
	}
	// An emptied or truncated file must not pass as "no disagreement".
	if len(file.Check) < 60 {
		t.Fatalf("testdata/check.json has %d vectors, want the whole table", len(file.Check))
	}
	return file.Check
}

func TestCheck(t *testing.T) {
	for _, tt := range loadCheckVectors(t) {
		code := ""
		if tt.Code != nil {
			code = *tt.Code
		}
		t.Run(tt.Password, func(t *testing.T) {
			r := Check(tt.Password, tt.Personal...)
			if r.Code != code || r.OK != (code == "") {
				t.Fatalf("Check(%q, %q) = %+v, want code %q", tt.Password, tt.Personal, r, code)
			}
			for _, a := range tt.Advice {
				if !slices.Contains(r.Advice, a) {
					t.Errorf("Check(%q).Advice = %v, want it to contain %s", tt.Password, r.Advice, a)
				}
			}
			if tt.Exact && !slices.Equal(r.Advice, tt.Advice) {
				t.Errorf("Check(%q).Advice = %v, want %v", tt.Password, r.Advice, tt.Advice)
			}
			checkInvariants(t, tt.Password, r)
		})
	}
}

// checkInvariants holds for every result.
func checkInvariants(t *testing.T, pw string, r Result) {
	t.Helper()
	if r.OK != (r.Code == "") {
		t.Errorf("%q: OK=%v with code %q", pw, r.OK, r.Code)
	}
	if r.OK && (r.Score < MinScore || r.Advice != nil) {
		t.Errorf("%q: accepted with score %d and advice %v", pw, r.Score, r.Advice)
	}
	if !r.OK && r.Score >= MinScore {
		t.Errorf("%q: rejected (%s) with score %d", pw, r.Code, r.Score)
	}
	if !r.OK && r.Code != CodeTooLong && len(r.Advice) == 0 {
		t.Errorf("%q: rejected (%s) without advice", pw, r.Code)
	}
	if r.Score < 0 || r.Score > 4 {
		t.Errorf("%q: score %d", pw, r.Score)
	}
	// advice in the canonical order, no duplicates, only known codes
	last := -1
	for _, a := range r.Advice {
		i := slices.Index(adviceNames[:], a)
		if i <= last {
			t.Errorf("%q: advice %v out of order or unknown", pw, r.Advice)
		}
		last = i
	}
}

func TestLength(t *testing.T) {
	random9 := "kx8#Lq2!v" // no pattern: brute force is the only estimate
	tests := []struct {
		name, password string
		code           string
	}{
		{"9 characters", random9, CodeTooShort},
		{"10 characters", random9 + "Z", ""},
		{"10 two-byte characters", "ëéèêïöüçñå", ""},
		{"9 two-byte characters", "ëéèêïöüçñ", CodeTooShort},
		{"9 four-byte characters", "🐴🚲🌧🐈🌷🧀🚂🎻🦉", CodeTooShort},
		{"10 four-byte characters", "🐴🚲🌧🐈🌷🧀🚂🎻🦉🌙", ""},
		// NFC: e + combining acute is one character
		{"9 after NFC", "kx8#Lq2!e\u0301", CodeTooShort},
		{"10 after NFC", "kx8#Lq2!ve\u0301", ""},
		{"128 characters", passphrase(128), ""},
		{"129 characters", passphrase(129), CodeTooLong},
		{"128 after NFC", passphrase(127) + "e\u0301", ""},
		{"128 two-byte characters", strings.Repeat("é", 64) + passphrase(64), ""},
		{"129 two-byte characters", strings.Repeat("é", 65) + passphrase(64), CodeTooLong},
		{"a megabyte", strings.Repeat("x", 1<<20), CodeTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(tt.password)
			if r.Code != tt.code {
				t.Fatalf("Check(%q) (%d code points) = %+v, want code %q", tt.password, utf8.RuneCountInString(tt.password), r, tt.code)
			}
			checkInvariants(t, tt.password, r)
		})
	}
	if r := Check(passphrase(129)); r.Score != 0 || r.Guesses != 0 || r.Advice != nil {
		t.Errorf("TOO_LONG is not estimated, got %+v", r)
	}
}

// passphrase returns n code points of a strong passphrase.
func passphrase(n int) string {
	words := strings.Fields("paard kaars fiets wolk molen tulp gracht zeil klomp drop kaas fluit haring storm")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[(i*5)%len(words)])
		b.WriteString([]string{" ", "-", "7", "_", "!"}[i%5])
	}
	return b.String()[:n]
}

func TestNormalize(t *testing.T) {
	if got := Normalize("we\u0301lkom"); got != "wélkom" || utf8.RuneCountInString(got) != 6 {
		t.Errorf("Normalize = %q", got)
	}
}

func TestGuessesLog10(t *testing.T) {
	r := Check("kx8#Lq2!vZ")
	if got := r.GuessesLog10(); got < 9.99 || got > 10.01 {
		t.Errorf("GuessesLog10 = %v, want 10 (ten characters of brute force)", got)
	}
	if got := (Result{}).GuessesLog10(); got != 0 {
		t.Errorf("GuessesLog10 of nothing = %v", got)
	}
}

func TestScoreOf(t *testing.T) {
	for _, tt := range []struct {
		guesses float64
		score   int
	}{{1, 0}, {1e3 + 5, 1}, {1e6, 1}, {1e6 + 5, 2}, {1e8, 2}, {1e8 + 5, 3}, {1e10, 3}, {1e10 + 5, 4}, {1e30, 4}} {
		if got := scoreOf(tt.guesses); got != tt.score {
			t.Errorf("scoreOf(%g) = %d, want %d", tt.guesses, got, tt.score)
		}
	}
}

// estimateOf runs the estimator with the given personal data.
func estimateOf(pw string, personal ...string) estimation {
	pd := buildPersonal(personal)
	a := &analyzer{d: loadDictionary(), personal: pd.soft, personalMax: pd.maxLen}
	return a.estimate([]rune(Normalize(pw)), 0)
}

// hasMatch reports whether a match of pattern p covers i..j.
func hasMatch(e estimation, p pattern, i, j int) bool {
	for _, m := range e.matches {
		if m.pattern == p && m.i <= i && m.j >= j {
			return true
		}
	}
	return false
}

func TestMatchers(t *testing.T) {
	tests := []struct {
		password string
		pattern  pattern
		i, j     int
	}{
		{"xxqwertyxx", patSpatial, 2, 7},
		{"xxazertyxx", patSpatial, 2, 7}, // only on azerty
		{"xxwxcvbnxx", patSpatial, 2, 7}, // only on azerty
		{"xx7896321x", patSpatial, 2, 8}, // keypad
		{"xx1qaz2wsxxx", patSpatial, 2, 5},
		{"xx1qaz2wsxxx", patSpatial, 6, 9},
		{"xxabcdxx", patSequence, 2, 5},
		{"xx9876xx", patSequence, 2, 5},
		{"xx1357xx", patSequence, 2, 5},
		{"xxaaaaxx", patRepeat, 2, 5},
		{"xxabcabcxx", patRepeat, 2, 7},
		{"xx1985xx", patYear, 2, 5},
		{"xx17031985xx", patDate, 2, 9},
		{"xx17-03-1985xx", patDate, 2, 11},
		{"xx1985.3.17xx", patDate, 2, 10},
		{"xx170385xx", patDate, 2, 7},
		{"zzwachtwoordzz", patDictionary, 2, 11},
		{"zzdroowthcawzz", patDictionary, 2, 11}, // reversed
		{"zzw4chtw00rdzz", patDictionary, 2, 11}, // l33t
		{"zzsch1ldpadzz", patDictionary, 2, 10},  // l33t, 1 as i
		{"zzfie7sbelzz", patDictionary, 2, 9},    // l33t, 7 as t
		{"zzeekhoornzz", patDictionary, 2, 9},    // Dutch word
		{"zzdevrieszz", patDictionary, 2, 8},     // Dutch surname, spaces dropped
		{"zzvandenbergzz", patDictionary, 2, 11}, // Dutch surname, spaces dropped
		{"zzde vrieszz", patDictionary, 2, 9},    // Dutch surname as written
		{"zzfeyenoordzz", patDictionary, 2, 10},  // football club
		{"zzleeuwardenzz", patDictionary, 2, 11}, // city
		{"zzdecemberzz", patDictionary, 2, 9},
		{"zzwoensdagzz", patDictionary, 2, 9},
		{"zzcafézz", patDictionary, 2, 5}, // accents folded
	}
	for _, tt := range tests {
		e := estimateOf(tt.password)
		if !hasMatch(e, tt.pattern, tt.i, tt.j) {
			t.Errorf("%q: no pattern %d at %d..%d; found %+v", tt.password, tt.pattern, tt.i, tt.j, e.matches)
		}
	}
	// and what must not match
	for _, tt := range []struct {
		password string
		pattern  pattern
	}{
		{"xqazwsxedcx", patSequence},
		{"xxpaardxx", patSpatial},
		{"xx19xx", patYear},
		{"xx18xx", patDate},
	} {
		for _, m := range estimateOf(tt.password).matches {
			if m.pattern == tt.pattern && m.len() > 3 {
				t.Errorf("%q: unexpected pattern %d at %d..%d", tt.password, tt.pattern, m.i, m.j)
			}
		}
	}
}

func TestEstimates(t *testing.T) {
	// Figures from zxcvbn's guess formulas, to catch changes in pricing.
	tests := []struct {
		password string
		min, max float64 // log10 of the guesses
	}{
		{"wachtwoord", 0, 1},               // rank 2 in the Dutch list
		{"Wachtwoord", 0.5, 1},             // times 2 for the capital
		{"kx8#Lq2!vZ", 9.99, 10.01},        // brute force
		{"abcdefghij", 1.5, 1.7},           // 4 starts x 10 characters
		{"aaaaaaaaaa", 1.5, 2.1},           // a repeat of "a", a word of low rank, times 10
		{"paard kaars fiets wolk", 15, 25}, // a passphrase
	}
	for _, tt := range tests {
		g := Check(tt.password).GuessesLog10()
		if g < tt.min || g > tt.max {
			t.Errorf("%q: log10 guesses %.2f, want %.1f..%.1f", tt.password, g, tt.min, tt.max)
		}
	}
	if g, seq := mostGuessable(nil, nil, nil); g != 1 || seq != nil {
		t.Errorf("empty password: %v %v", g, seq)
	}
}

func TestPersonalPieces(t *testing.T) {
	pd := buildPersonal([]string{"Jan van den Berg", "j.vdberg@bakkerij-visser.nl", "1985-03-17", "Bakkerij Visser B.V.", "x@gmail.com"})
	for _, want := range []string{"janvandenberg", "vandenberg", "berg", "jvdberg", "vdberg", "bakkerijvisser", "1985", "17031985", "19850317", "170385", "1731985", "bakkerij", "visser"} {
		if !slices.Contains(pd.hard, want) {
			t.Errorf("hard pieces %v lack %q", pd.hard, want)
		}
	}
	for _, notWant := range []string{"jan", "van", "den", "gmail", "bv", "1703"} {
		if slices.Contains(pd.hard, notWant) {
			t.Errorf("hard pieces %v contain %q", pd.hard, notWant)
		}
	}
	for _, soft := range []string{"jan", "van", "den", "1703"} {
		if _, ok := pd.soft[soft]; !ok {
			t.Errorf("the estimator does not know %q", soft)
		}
	}
}

func TestEmbeddedLists(t *testing.T) {
	files, err := listFS.ReadDir("lists")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	count := map[string]int{}
	for _, e := range files {
		data, _ := listFS.ReadFile("lists/" + e.Name())
		total += len(data)
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				count[e.Name()]++
			}
		}
	}
	t.Logf("embedded lists: %d bytes, %v", total, count)
	if total >= 1<<20 {
		t.Errorf("embedded lists are %d bytes, want < 1 MB", total)
	}
	if n := len(entries("", "passwords")); n != commonPasswords {
		t.Errorf("zxcvbn's password list gives %d common passwords, want %d", n, commonPasswords)
	}
	if count["nl_words.txt"] < 3000 {
		t.Errorf("nl_words.txt has %d entries, want a few thousand", count["nl_words.txt"])
	}
	for _, s := range sources {
		if len(entries(s.file, s.zx)) == 0 {
			t.Errorf("list %s%s is empty or missing", s.file, s.zx)
		}
	}
	d := loadDictionary()
	for _, w := range strings.Fields(`januari februari maart april mei juni juli augustus september oktober november
		december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag jansen devries vandenberg bakker visser
		smit meijer deboer mulder degroot bos vos peters hendriks feyenoord ajax psv amsterdam rotterdam utrecht
		wachtwoord welkom voetbal fiets paard kaars wolk password dragon`) {
		if _, ok := d.words[w]; !ok {
			t.Errorf("dictionary lacks %q", w)
		}
	}
	for _, w := range strings.Fields("wachtwoord welkom01 zomer2024 voetbal feyenoord ajax amsterdam qwertyuiop azertyuiop 123456 password") {
		if _, ok := d.common[w]; !ok {
			t.Errorf("common passwords lack %q", w)
		}
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if r := Check("janjansen1985", "jan.jansen"); r.Code != CodeContainsPersonalData {
					t.Errorf("concurrent Check = %+v", r)
				}
			}
		}()
	}
	wg.Wait()
}

// TestBoundedWork guards the budget of the worst 128-character passwords by counting the
// dictionary lookups and cover updates of one check (the speed itself is in
// BenchmarkCheck, make bench): about 10 ms on one core today. A matcher or a cover that
// grows faster than the password would blow the bound.
func TestBoundedWork(t *testing.T) {
	personal := []string{"Jan van den Berg", "jan.vandenberg@bakkerij-visser.nl", "1985-03-17"}
	pd := buildPersonal(personal)
	const budget = 120_000 // about twice the worst input today (52,000)
	for _, in := range worstInputs() {
		a := &analyzer{d: loadDictionary(), personal: pd.soft, personalMax: pd.maxLen}
		a.estimate([]rune(in), 0)
		t.Logf("%.20q…: %d steps", in, a.steps)
		if a.steps == 0 || a.steps > budget {
			t.Errorf("Check(%.20q…) takes %d steps, want 1..%d", in, a.steps, budget)
		}
	}
}

// worstInputs are 128-character passwords that make the matchers work hardest.
func worstInputs() []string {
	rng := rand.New(rand.NewPCG(1, 2)) //nolint:gosec // G404: seeded on purpose, the same worst inputs on every run
	printable := []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?|\\~` ")
	random := make([]rune, MaxLength)
	for i := range random {
		random[i] = printable[rng.IntN(len(printable))]
	}
	l33t := make([]rune, MaxLength)
	for i := range l33t {
		l33t[i] = []rune("1|7430@$5!")[rng.IntN(10)] // every ambiguous l33t character: eight variants
	}
	return []string{
		string(random),
		string(l33t),
		passphrase(MaxLength),
		strings.Repeat("wachtwoord", 13)[:MaxLength],
		strings.Repeat("a", MaxLength),
		strings.Repeat("abcdefghijklmnopqrstuvwxyz", 5)[:MaxLength],
		strings.Repeat("17-03-1985", 13)[:MaxLength],
		strings.Repeat("qwertyuiop", 13)[:MaxLength],
		strings.Repeat("é", MaxLength),
	}
}

func BenchmarkCheck(b *testing.B) {
	Warm()
	cases := []struct{ name, pw string }{
		{"common", "Wachtwoord123!"},
		{"passphrase", "paard kaars fiets wolk"},
		{"personal", "janjansen1985"},
	}
	for i, in := range worstInputs() {
		cases = append(cases, struct{ name, pw string }{[]string{"128random", "128l33t", "128passphrase", "128words",
			"128repeat", "128sequence", "128dates", "128keyboard", "128accents"}[i], in})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Check(c.pw, "jan.jansen", "Jan Jansen", "jan.jansen@bakkerij-visser.nl", "1985-03-17")
			}
		})
	}
}

func BenchmarkLoadDictionary(b *testing.B) {
	for b.Loop() {
		buildDictionary()
	}
}
