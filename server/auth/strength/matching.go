package strength

import (
	"unicode"
	"unicode/utf8"
)

type pattern uint8

const (
	patBruteforce pattern = iota
	patDictionary
	patSpatial
	patRepeat
	patSequence
	patYear
	patDate
)

// match is one pattern found in the password: runes i..j inclusive.
type match struct {
	i, j     int
	guesses  float64 // the pattern's estimate, before the minimum for a part of a password
	pattern  pattern
	turns    uint8    // keyboard walks: changes of direction (capped at 255)
	kind     dictKind // dictionary matches
	l33t     bool     // dictionary matches
	reversed bool     // dictionary matches
}

func (m *match) len() int { return m.j - m.i + 1 }

// analyzer finds the patterns in passwords for one Check call.
type analyzer struct {
	d           *dictionary
	personal    map[string]int32 // the employee's data, folded, ranked in input order
	personalMax int
	// steps counts the lookups and cover updates of one Check: the tests bound the work
	// on hostile input with it instead of with a stopwatch.
	steps int
}

type estimation struct {
	guesses float64
	seq     []match // the cheapest decomposition, left to right
	matches []match // every pattern found
}

// maxDepth bounds the recursion through repeats ("abcabc" estimates "abc").
const maxDepth = 8

func (a *analyzer) estimate(pw []rune, depth int) estimation {
	ms := a.omnimatch(pw, depth)
	g, seq := mostGuessable(pw, ms, &a.steps)
	return estimation{guesses: g, seq: seq, matches: ms}
}

func (a *analyzer) omnimatch(pw []rune, depth int) []match {
	ms := make([]match, 0, 2*len(pw))
	low := foldRunes(pw)
	accent := make([]bool, len(pw))
	for i, r := range pw {
		accent[i] = unicode.ToLower(r) != low[i]
	}
	ms = a.dictionaryMatches(ms, pw, low, accent)
	ms = a.reverseMatches(ms, pw, low, accent)
	ms = a.l33tMatches(ms, pw, low, accent)
	for _, kb := range keyboards {
		ms = kb.matches(ms, pw)
	}
	if depth < maxDepth {
		ms = a.repeatMatches(ms, pw, depth)
	}
	ms = sequenceMatches(ms, pw)
	ms = yearMatches(ms, pw)
	ms = dateMatches(ms, pw)
	return ms
}

// scan calls found for every substring of s that is in the dictionaries or in the
// employee's data. It does not allocate per lookup.
func (a *analyzer) scan(s []rune, found func(i, j int, rank int32, kind dictKind)) {
	n := len(s)
	buf := make([]byte, 0, n*2)
	offs := make([]int, n+1)
	for k, r := range s {
		offs[k] = len(buf)
		buf = utf8.AppendRune(buf, r)
	}
	offs[n] = len(buf)
	for i := 0; i < n; i++ {
		a.steps += min(n-i, a.personalMax) + min(n-i, a.d.maxLen)
		// the employee's data first: on a tie the first match found wins, and the
		// advice should then name the personal data
		for j := i; j < min(n, i+a.personalMax); j++ {
			if r, ok := a.personal[string(buf[offs[i]:offs[j+1]])]; ok {
				found(i, j, r, kindPersonal)
			}
		}
		for j := i; j < min(n, i+a.d.maxLen); j++ {
			if e, ok := a.d.words[string(buf[offs[i]:offs[j+1]])]; ok {
				found(i, j, e.rank, e.kind)
			}
		}
	}
}

func (a *analyzer) dictionaryMatches(ms []match, pw, low []rune, accent []bool) []match {
	a.scan(low, func(i, j int, rank int32, kind dictKind) {
		g := float64(rank) * uppercaseVariations(pw[i:j+1]) * accentVariations(accent[i:j+1])
		ms = append(ms, match{i: i, j: j, guesses: g, pattern: patDictionary, kind: kind})
	})
	return ms
}

func (a *analyzer) reverseMatches(ms []match, pw, low []rune, accent []bool) []match {
	n := len(pw)
	rev := reversed(low)
	a.scan(rev, func(ri, rj int, rank int32, kind dictKind) {
		i, j := n-1-rj, n-1-ri
		if isPalindrome(low[i : j+1]) {
			return // already found forwards, for less
		}
		g := float64(rank) * uppercaseVariations(pw[i:j+1]) * accentVariations(accent[i:j+1]) * 2
		ms = append(ms, match{i: i, j: j, guesses: g, pattern: patDictionary, kind: kind, reversed: true})
	})
	return ms
}

func (a *analyzer) l33tMatches(ms []match, pw, low []rune, accent []bool) []match {
	variants := l33tVariants(low)
	for v, vr := range variants {
		a.scan(vr.runes, func(i, j int, rank int32, kind dictKind) {
			if i == j {
				return // as zxcvbn: single-character l33t matches are noise
			}
			subbed, fresh := false, v == 0
			for k := i; k <= j; k++ {
				subbed = subbed || vr.subbed[k]
				fresh = fresh || vr.runes[k] != variants[0].runes[k]
			}
			if !subbed || !fresh {
				return // no substitution, or the same match as in the first variant
			}
			g := float64(rank) * uppercaseVariations(pw[i:j+1]) * accentVariations(accent[i:j+1]) *
				l33tVariations(low[i:j+1], vr.runes[i:j+1], vr.subbed[i:j+1])
			ms = append(ms, match{i: i, j: j, guesses: g, pattern: patDictionary, kind: kind, l33t: true})
		})
	}
	return ms
}

// l33tLetters are the letters a l33t character can stand for (4 -> a, 1 -> i or l).
func l33tLetters(r rune) []rune {
	switch r {
	case '4', '@':
		return []rune{'a'}
	case '8':
		return []rune{'b'}
	case '(', '{', '[', '<':
		return []rune{'c'}
	case '3':
		return []rune{'e'}
	case '6', '9':
		return []rune{'g'}
	case '1', '|':
		return []rune{'i', 'l'}
	case '!':
		return []rune{'i'}
	case '7':
		return []rune{'t', 'l'}
	case '+':
		return []rune{'t'}
	case '0':
		return []rune{'o'}
	case '$', '5':
		return []rune{'s'}
	case '%':
		return []rune{'x'}
	case '2':
		return []rune{'z'}
	}
	return nil
}

type l33tVariant struct {
	runes  []rune
	subbed []bool
}

// l33tVariants returns low with every l33t character replaced by a letter, once for
// every choice of letters for the ambiguous ones (1, |, 7): at most eight variants,
// none when low has no l33t characters.
func l33tVariants(low []rune) []l33tVariant {
	var ambiguous []rune
	any := false
	for _, r := range low {
		letters := l33tLetters(r)
		any = any || letters != nil
		if len(letters) > 1 && !containsRune(ambiguous, r) {
			ambiguous = append(ambiguous, r)
		}
	}
	if !any {
		return nil
	}
	out := make([]l33tVariant, 1<<len(ambiguous))
	for v := range out {
		vr := l33tVariant{runes: make([]rune, len(low)), subbed: make([]bool, len(low))}
		for k, r := range low {
			letters := l33tLetters(r)
			if letters == nil {
				vr.runes[k] = r
				continue
			}
			choice := 0
			if len(letters) > 1 {
				for bit, amb := range ambiguous {
					if amb == r && v>>bit&1 == 1 {
						choice = 1
					}
				}
			}
			vr.runes[k], vr.subbed[k] = letters[choice], true
		}
		out[v] = vr
	}
	return out
}

func containsRune(s []rune, r rune) bool {
	for _, x := range s {
		if x == r {
			return true
		}
	}
	return false
}

func isPalindrome(s []rune) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

// uppercaseVariations is zxcvbn's count of capitalisations an attacker tries: 1 for all
// lower case, 2 for a capital first or last letter or all capitals, else the number of
// ways to capitalise as many letters.
func uppercaseVariations(tok []rune) float64 {
	upper, lower := 0, 0
	for _, r := range tok {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if upper == 0 {
		return 1
	}
	if lower == 0 {
		return 2
	}
	if upper == 1 && (unicode.IsUpper(tok[0]) || unicode.IsUpper(tok[len(tok)-1])) {
		return 2
	}
	v := 0.0
	for k := 1; k <= min(upper, lower); k++ {
		v += nCk(upper+lower, k)
	}
	return v
}

// accentVariations doubles the guesses for a word typed with accents it has no need of
// (or without the ones it has: the dictionaries are folded).
func accentVariations(accent []bool) float64 {
	for _, a := range accent {
		if a {
			return 2
		}
	}
	return 1
}

// l33tVariations is zxcvbn's count of substitution choices: per substituted letter,
// the ways to substitute some of its occurrences.
func l33tVariations(low, sub []rune, subbed []bool) float64 {
	v := 1.0
	var done []rune
	for k := range low {
		if !subbed[k] || containsRune(done, low[k]) {
			continue
		}
		c, letter := low[k], sub[k]
		done = append(done, c)
		s, u := 0, 0
		for m := range low {
			switch {
			case low[m] == c && sub[m] == letter:
				s++
			case low[m] == letter:
				u++
			}
		}
		if s == 0 || u == 0 {
			v *= 2
			continue
		}
		p := 0.0
		for i := 1; i <= min(s, u); i++ {
			p += nCk(s+u, i)
		}
		v *= p
	}
	return v
}

func nCk(n, k int) float64 {
	if k > n {
		return 0
	}
	if k == 0 {
		return 1
	}
	r := 1.0
	for d := 1; d <= k; d++ {
		r *= float64(n)
		r /= float64(d)
		n--
	}
	return r
}

// repeatMatches finds repeated blocks ("aaaa", "abcabc") as zxcvbn does with its greedy
// and lazy regular expressions, and prices them as the base block's estimate times the
// number of repeats. Unlike zxcvbn it takes in a cut-off last repeat ("abcabcab"), which
// otherwise is priced as a separate word or brute force and can lift a mere repetition
// to an accepted score.
func (a *analyzer) repeatMatches(ms []match, pw []rune, depth int) []match {
	n := len(pw)
	for from := 0; from < n-1; {
		start, lazyLen, greedyLen := findRepeat(pw, from)
		if start < 0 {
			break
		}
		lazyEnd := start + lazyLen*repeatCount(pw, start, lazyLen)
		greedyEnd := start + greedyLen*repeatCount(pw, start, greedyLen)
		end, baseLen := lazyEnd, lazyLen
		if greedyEnd > lazyEnd {
			end, baseLen = greedyEnd, period(pw[start:greedyEnd])
		}
		for end < n && pw[end] == pw[start+(end-start)%baseLen] {
			end++
		}
		count := (end - start + baseLen - 1) / baseLen
		base := a.estimate(pw[start:start+baseLen], depth+1).guesses
		ms = append(ms, match{i: start, j: end - 1, guesses: base * float64(count), pattern: patRepeat})
		from = end
	}
	return ms
}

// findRepeat returns the first start at or after from where a block repeats at once,
// with the shortest and the longest such block.
func findRepeat(pw []rune, from int) (start, shortest, longest int) {
	n := len(pw)
	for s := from; s < n-1; s++ {
		shortest = 0
		for l := 1; s+2*l <= n; l++ {
			if equalRunes(pw[s:s+l], pw[s+l:s+2*l]) {
				shortest = l
				break
			}
		}
		if shortest == 0 {
			continue
		}
		for l := (n - s) / 2; l >= shortest; l-- {
			if equalRunes(pw[s:s+l], pw[s+l:s+2*l]) {
				return s, shortest, l
			}
		}
	}
	return -1, 0, 0
}

func repeatCount(pw []rune, start, l int) int {
	k := 1
	for start+(k+1)*l <= len(pw) && equalRunes(pw[start:start+l], pw[start+k*l:start+(k+1)*l]) {
		k++
	}
	return k
}

// period is the length of the shortest block s is a repetition of.
func period(s []rune) int {
	for l := 1; l <= len(s)/2; l++ {
		if len(s)%l != 0 {
			continue
		}
		ok := true
		for k := l; k < len(s) && ok; k += l {
			ok = equalRunes(s[:l], s[k:k+l])
		}
		if ok {
			return l
		}
	}
	return len(s)
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sequenceMatches finds runs with a constant step of at most 5 code points ("abcd",
// "1357", "9876"), as zxcvbn.
func sequenceMatches(ms []match, pw []rune) []match {
	const maxDelta = 5
	n := len(pw)
	if n < 2 {
		return ms
	}
	emit := func(i, j, delta int) {
		if abs(delta) == 0 || abs(delta) > maxDelta || (j-i < 2 && abs(delta) != 1) {
			return
		}
		var base float64
		switch first := pw[i]; {
		case first == 'a' || first == 'A' || first == 'z' || first == 'Z' || first == '0' || first == '1' || first == '9':
			base = 4 // the obvious starting points
		case first >= '0' && first <= '9':
			base = 10
		default:
			base = 26
		}
		if delta < 0 {
			base *= 2
		}
		ms = append(ms, match{i: i, j: j, guesses: base * float64(j-i+1), pattern: patSequence})
	}
	i, last := 0, int(pw[1])-int(pw[0])
	for k := 2; k < n; k++ {
		delta := int(pw[k]) - int(pw[k-1])
		if delta == last {
			continue
		}
		emit(i, k-1, last)
		i, last = k-1, delta
	}
	emit(i, n-1, last)
	return ms
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// yearMatches finds 19xx and 20xx, as zxcvbn's recent_year pattern.
func yearMatches(ms []match, pw []rune) []match {
	for i := 0; i+4 <= len(pw); {
		if (pw[i] == '1' && pw[i+1] == '9' || pw[i] == '2' && pw[i+1] == '0') && isDigit(pw[i+2]) && isDigit(pw[i+3]) {
			year := atoi(pw[i : i+4])
			ms = append(ms, match{i: i, j: i + 3, guesses: yearSpace(year), pattern: patYear})
			i += 4
			continue
		}
		i++
	}
	return ms
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func atoi(s []rune) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

const minYearSpace = 20

func yearSpace(year int) float64 {
	return float64(max(abs(year-referenceYear), minYearSpace))
}
