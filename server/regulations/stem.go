package regulations

import (
	"strings"
	"unicode"
)

// Stem reduces a lower-case Dutch word to its stem with the Snowball Dutch algorithm
// (snowballstem.org/algorithms/dutch/stemmer.html), the same reduction PostgreSQL's
// dutch text-search configuration makes: vakantiedagen and vakantiedag both become
// vakantiedag, thuiswerkvergoeding becomes thuiswerkvergoed.
func Stem(word string) string {
	w := []rune(word)
	if len(w) < 3 {
		return word
	}
	// Prelude: accents off, y and i that act as consonants marked (Y, I).
	for i, r := range w {
		switch r {
		case 'ä', 'á':
			w[i] = 'a'
		case 'ë', 'é':
			w[i] = 'e'
		case 'ï', 'í':
			w[i] = 'i'
		case 'ö', 'ó':
			w[i] = 'o'
		case 'ü', 'ú':
			w[i] = 'u'
		}
	}
	if w[0] == 'y' {
		w[0] = 'Y'
	}
	for i := 1; i < len(w); i++ {
		if !isVowel(w[i-1]) {
			continue
		}
		if w[i] == 'y' {
			w[i] = 'Y'
		} else if w[i] == 'i' && i+1 < len(w) && isVowel(w[i+1]) {
			w[i] = 'I'
		}
	}
	st := &stemmer{w: w}
	st.p1, st.p2 = st.regions()
	st.step1()
	st.step2()
	st.step3a()
	st.step3b()
	st.step4()
	for i, r := range st.w {
		switch r {
		case 'Y':
			st.w[i] = 'y'
		case 'I':
			st.w[i] = 'i'
		}
	}
	return string(st.w)
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyè", r) }

type stemmer struct {
	w      []rune
	p1, p2 int
	eFound bool
}

// regions finds R1 and R2: after the first non-vowel that follows a vowel, R1 at least
// three letters in.
func (s *stemmer) regions() (int, int) {
	next := func(from int) int {
		for i := from; i < len(s.w)-1; i++ {
			if isVowel(s.w[i]) && !isVowel(s.w[i+1]) {
				return i + 2
			}
		}
		return len(s.w)
	}
	p1 := next(0)
	p2 := next(p1)
	if p1 < 3 {
		p1 = 3
	}
	if p1 > len(s.w) {
		p1 = len(s.w)
	}
	return p1, p2
}

func (s *stemmer) hasSuffix(suf string) bool {
	r := []rune(suf)
	return len(s.w) >= len(r) && string(s.w[len(s.w)-len(r):]) == suf
}

// start is where a suffix of n letters would begin.
func (s *stemmer) start(suf string) int { return len(s.w) - len([]rune(suf)) }

func (s *stemmer) cut(n int) { s.w = s.w[:len(s.w)-n] }

// longest returns the longest of the suffixes the word ends in, or "".
func (s *stemmer) longest(sufs ...string) string {
	best := ""
	for _, suf := range sufs {
		if s.hasSuffix(suf) && len(suf) > len(best) {
			best = suf
		}
	}
	return best
}

func (s *stemmer) undouble() {
	if s.hasSuffix("kk") || s.hasSuffix("dd") || s.hasSuffix("tt") {
		s.cut(1)
	}
}

// before is the letter before position i, or 0.
func (s *stemmer) before(i int) rune {
	if i <= 0 || i > len(s.w) {
		return 0
	}
	return s.w[i-1]
}

// enEnding deletes a final en (or ene) of n letters in R1 after a non-vowel, not after gem.
func (s *stemmer) enEnding(n int) bool {
	i := len(s.w) - n
	if i < s.p1 {
		return false
	}
	b := s.before(i)
	if b == 0 || isVowel(b) || (i >= 3 && string(s.w[i-3:i]) == "gem") {
		return false
	}
	s.cut(n)
	s.undouble()
	return true
}

func (s *stemmer) step1() {
	switch suf := s.longest("heden", "en", "ene", "s", "se"); suf {
	case "heden":
		if s.start(suf) >= s.p1 {
			s.cut(5)
			s.w = append(s.w, []rune("heid")...)
		}
	case "en", "ene":
		s.enEnding(len(suf))
	case "s", "se":
		i := s.start(suf)
		if b := s.before(i); i >= s.p1 && b != 0 && !isVowel(b) && b != 'j' {
			s.cut(len(suf))
		}
	}
}

// eEnding deletes a final e in R1 after a non-vowel.
func (s *stemmer) eEnding() {
	s.eFound = false
	if !s.hasSuffix("e") {
		return
	}
	i := len(s.w) - 1
	if b := s.before(i); i >= s.p1 && b != 0 && !isVowel(b) {
		s.cut(1)
		s.eFound = true
		s.undouble()
	}
}

func (s *stemmer) step2() { s.eEnding() }

func (s *stemmer) step3a() {
	if !s.hasSuffix("heid") {
		return
	}
	i := s.start("heid")
	if i < s.p2 || s.before(i) == 'c' {
		return
	}
	s.cut(4)
	if s.hasSuffix("en") {
		s.enEnding(2)
	}
}

func (s *stemmer) step3b() {
	suf := s.longest("end", "ing", "ig", "lijk", "baar", "bar")
	if suf == "" || s.start(suf) < s.p2 {
		return
	}
	switch suf {
	case "end", "ing":
		s.cut(3)
		if s.hasSuffix("ig") && s.start("ig") >= s.p2 && s.before(s.start("ig")) != 'e' {
			s.cut(2)
		} else {
			s.undouble()
		}
	case "ig":
		if s.before(s.start(suf)) != 'e' {
			s.cut(2)
		}
	case "lijk":
		s.cut(4)
		s.eEnding()
	case "baar":
		s.cut(4)
	case "bar":
		if s.eFound {
			s.cut(3)
		}
	}
}

// step4 undoubles a vowel: maan → man, when a non-vowel precedes the pair and a
// non-vowel other than I ends the word.
func (s *stemmer) step4() {
	n := len(s.w)
	if n < 4 {
		return
	}
	last, v1, v2, c := s.w[n-1], s.w[n-2], s.w[n-3], s.w[n-4]
	if isVowel(last) || last == 'I' || v1 != v2 || !strings.ContainsRune("aeou", v1) || isVowel(c) {
		return
	}
	s.w = append(s.w[:n-2], last)
}

// stopwords are words too common to search on, Dutch and English.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aan al alle als alles ben bij daar dan dat de der deze die dit doen
	doe door dus een en er ga gaat geen had heb hebben heeft hem het hier hij hoe hoeveel hoelang hun
	ik in is ja je jij jou jouw kan kun kunnen krijg krijgen maar me mag meer met mij mijn moet moeten
	na naar niet nog nu of om onder ons onze ook op over te tot u uit uw van veel voor waar wanneer wat
	we wel welk welke wie wij wil word wordt worden ze zich zij zijn zo zou zal
	a about an and are as at be by can do does for from get has have how i if in is it me much many my
	of on or our the there this to we what when where which who will with you your`) {
		stopwords[w] = true
	}
}

// Terms splits text into words, drops stop words and single letters and returns the
// stems in order.
func Terms(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := make([]string, 0, len(words))
	for _, w := range words {
		if len([]rune(w)) < 2 || stopwords[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}
