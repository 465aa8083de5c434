package strength

import (
	"math"
	"slices"
)

// zxcvbn's least guesses a part of a password counts for.
const (
	minSubmatchGuessesSingle = 10
	minSubmatchGuessesMulti  = 50
)

type optEntry struct {
	l  int     // number of parts
	g  float64 // l! * pi
	pi float64 // product of the parts' guesses
	m  match   // the last part
}

// mostGuessable is zxcvbn's most_guessable_match_sequence: over all ways to cover pw
// with non-overlapping matches and brute-force stretches, the one with the fewest
// guesses, where a sequence of l parts costs l! * product(guesses). opt[k] holds, per
// number of parts l, the best cover of pw[0..k] ending in opt[k].m.
//
// It runs in zxcvbn's exclude_additive mode: zxcvbn's default adds 10^4^(l-1) for the
// attacker's ignorance of l, which lifts every password of three parts to 10^8 and so
// to score 3 ("HalloWereld2024", "hendriks-peters", "wachtwoordwelkomhallo"), while
// combinator attacks (word list x word list x years) find those at once.
//
// steps, when not nil, is increased by the number of cover updates.
func mostGuessable(pw []rune, ms []match, steps *int) (float64, []match) {
	n := len(pw)
	if n == 0 {
		return 1, nil
	}
	slices.SortStableFunc(ms, func(a, b match) int {
		if a.j != b.j {
			return a.j - b.j
		}
		return a.i - b.i
	})
	opt := make([][]optEntry, n)
	update := func(m match, prev *optEntry) {
		if steps != nil {
			*steps++
		}
		k, l := m.j, 1
		pi := partGuesses(&m, n)
		if prev != nil {
			l = prev.l + 1
			pi *= prev.pi
		}
		g := factorial(l) * pi
		for _, c := range opt[k] {
			if c.l <= l && c.g <= g {
				return
			}
		}
		for idx := range opt[k] {
			if opt[k][idx].l == l {
				opt[k][idx] = optEntry{l: l, g: g, pi: pi, m: m}
				return
			}
		}
		opt[k] = append(opt[k], optEntry{l: l, g: g, pi: pi, m: m})
	}
	next := 0
	for k := 0; k < n; k++ {
		for ; next < len(ms) && ms[next].j == k; next++ {
			m := ms[next]
			if m.i == 0 {
				update(m, nil)
				continue
			}
			for e := range opt[m.i-1] {
				update(m, &opt[m.i-1][e])
			}
		}
		// brute force from the start, or after a part that is not brute force
		update(match{i: 0, j: k, pattern: patBruteforce}, nil)
		for i := 1; i <= k; i++ {
			for e := range opt[i-1] {
				if opt[i-1][e].m.pattern != patBruteforce {
					update(match{i: i, j: k, pattern: patBruteforce}, &opt[i-1][e])
				}
			}
		}
	}
	best := -1
	for e := range opt[n-1] {
		if best < 0 || opt[n-1][e].g < opt[n-1][best].g {
			best = e
		}
	}
	guesses, l := opt[n-1][best].g, opt[n-1][best].l
	seq := make([]match, l)
	for k := n - 1; k >= 0 && l > 0; l-- {
		for _, e := range opt[k] {
			if e.l == l {
				seq[l-1] = e.m
				k = e.m.i - 1
				break
			}
		}
	}
	return min(guesses, math.MaxFloat64), seq
}

// partGuesses is a match's guesses as a part of a password of n code points.
func partGuesses(m *match, n int) float64 {
	size := m.len()
	if m.pattern == patBruteforce {
		return bruteforceGuesses(size)
	}
	g := max(m.guesses, 1)
	if size < n {
		if size == 1 {
			g = max(g, minSubmatchGuessesSingle)
		} else {
			g = max(g, minSubmatchGuessesMulti)
		}
	}
	return g
}

// bruteforceGuesses is 10^size (zxcvbn's brute-force cardinality), at least just over
// the minimum for a part.
func bruteforceGuesses(size int) float64 {
	if size < len(pow10) {
		return pow10[size]
	}
	return math.Pow(10, float64(size))
}

var pow10 = func() (p [MaxLength + 2]float64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	p[1] = minSubmatchGuessesSingle + 1
	p[2] = max(p[2], minSubmatchGuessesMulti+1)
	return p
}()

var factorials = func() (f [MaxLength + 2]float64) {
	f[0] = 1
	for i := 1; i < len(f); i++ {
		f[i] = f[i-1] * float64(i)
	}
	return f
}()

func factorial(n int) float64 {
	if n < len(factorials) {
		return factorials[n]
	}
	return math.Inf(1)
}

// usesPersonal reports whether the cheapest decomposition leans on the employee's data.
func (e *estimation) usesPersonal() bool {
	for _, m := range e.seq {
		if m.pattern == patDictionary && m.kind == kindPersonal && m.len() >= 3 {
			return true
		}
	}
	return false
}

// advice names the patterns that make the password weak: those of the cheapest
// decomposition, plus two kinds of other readings a user would recognise: a sequence,
// repeat, date or straight keyboard walk on exactly the same stretch as a part
// ("qwertyuiop" is a common password and a keyboard walk), and a pattern of three or
// more characters inside a brute-force stretch ("123" in "123!").
func (e *estimation) advice() adviceSet {
	var s adviceSet
	for _, part := range e.seq {
		if part.pattern != patBruteforce {
			s |= adviceFor(&part)
		}
		for k := range e.matches {
			m := &e.matches[k]
			if m.pattern == patSpatial && m.turns > 2 || m.pattern == patDate && m.len() < 6 {
				continue // "2024" is a keypad walk and "1234" 1 February 2034, but nobody sees them so
			}
			same := m.i == part.i && m.j == part.j && m.pattern != patDictionary
			inside := part.pattern == patBruteforce && m.i >= part.i && m.j <= part.j &&
				m.len() >= 3 && (m.pattern != patDictionary || m.len() >= 4)
			if same || inside {
				s |= adviceFor(m)
			}
		}
	}
	return s
}

func adviceFor(m *match) adviceSet {
	switch m.pattern {
	case patDictionary:
		s := adviceCommonWords
		if m.kind == kindPersonal {
			s = advicePersonal
		}
		if m.l33t {
			s |= adviceSubstitutions
		}
		if m.reversed {
			s |= adviceReversed
		}
		return s
	case patSpatial:
		return adviceKeyboard
	case patSequence:
		return adviceSequences
	case patRepeat:
		return adviceRepeats
	case patYear, patDate:
		return adviceDates
	}
	return 0
}
