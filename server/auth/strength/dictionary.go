package strength

import (
	"bufio"
	"bytes"
	"embed"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The word lists, one entry per line, most frequent first: the line order is the rank
// the estimator uses (rank r costs an attacker about r guesses). Lines starting with
// "#" are comments. lists/SOURCES.md says where each list comes from.
//
//go:embed lists/*.txt
var listFS embed.FS

type dictKind uint8

const (
	kindPassword dictKind = iota + 1 // a common password
	kindWord                         // a word, a place, a club, a brand
	kindName                         // a first name or surname
	kindPersonal                     // the employee's own data
)

var sources = []struct {
	file string
	kind dictKind
}{
	{"passwords.txt", kindPassword},
	{"nl_passwords.txt", kindPassword},
	{"nl_words.txt", kindWord},
	{"nl_first_names.txt", kindName},
	{"nl_surnames.txt", kindName},
	{"nl_places.txt", kindWord},
	{"en_wikipedia.txt", kindWord},
	{"en_tv_film.txt", kindWord},
	{"en_surnames.txt", kindName},
	{"en_male_names.txt", kindName},
	{"en_female_names.txt", kindName},
}

// maxWordLen bounds the dictionary words, in code points; longer entries only count as
// common passwords (whole-password matches).
const maxWordLen = 32

type dictEntry struct {
	rank int32
	kind dictKind
}

type dictionary struct {
	words  map[string]dictEntry // folded word -> best rank over all lists
	common map[string]struct{}  // folded common passwords
	maxLen int                  // longest key in words, in code points
}

func buildDictionary() *dictionary {
	d := &dictionary{words: make(map[string]dictEntry, 60000), common: make(map[string]struct{}, 13000)}
	for _, src := range sources {
		data, err := listFS.ReadFile("lists/" + src.file)
		if err != nil {
			panic("strength: missing word list " + src.file) // embedded: cannot happen
		}
		rank := int32(0)
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			rank++
			w := foldString(line)
			if src.kind == kindPassword {
				d.common[w] = struct{}{}
			}
			d.add(w, rank, src.kind)
			if strings.ContainsAny(w, " -'.") { // "de vries" also as "devries"
				d.add(strings.Map(dropSeparator, w), rank, src.kind)
			}
		}
	}
	for w := range d.words {
		d.maxLen = max(d.maxLen, utf8.RuneCountInString(w))
	}
	return d
}

func dropSeparator(r rune) rune {
	switch r {
	case ' ', '-', '\'', '.':
		return -1
	}
	return r
}

func (d *dictionary) add(w string, rank int32, kind dictKind) {
	n := utf8.RuneCountInString(w)
	// As zxcvbn: a short word ranked worse than brute force on its length is noise.
	if n == 0 || n > maxWordLen || float64(rank) >= math.Pow(10, float64(n)) {
		return
	}
	if e, ok := d.words[w]; ok && e.rank <= rank {
		return
	}
	d.words[w] = dictEntry{rank: rank, kind: kind}
}

// isCommon reports whether the whole password is a common password, ignoring case,
// accents, l33t substitutions and reversal.
func (d *dictionary) isCommon(pw []rune) bool {
	low := foldRunes(pw)
	forms := [][]rune{low}
	for _, v := range l33tVariants(low) {
		forms = append(forms, v.runes)
	}
	for _, f := range forms {
		if _, ok := d.common[string(f)]; ok {
			return true
		}
		if _, ok := d.common[string(reversed(f))]; ok {
			return true
		}
	}
	return false
}

// foldString lowers s and folds accents: "Één" -> "een".
func foldString(s string) string { return string(foldRunes([]rune(norm.NFC.String(s)))) }

// foldRunes lowers every code point and strips accents from Latin letters; it maps code
// point to code point, so indexes stay valid.
func foldRunes(s []rune) []rune {
	out := make([]rune, len(s))
	for i, r := range s {
		out[i] = foldRune(unicode.ToLower(r))
	}
	return out
}

func foldRune(r rune) rune {
	if r < 0xC0 || r > 0x24F {
		return r
	}
	return foldTable[r-0xC0]
}

// foldTable maps U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B) to the
// base letter of their canonical decomposition when that is ASCII, else to themselves.
var foldTable = func() (t [0x24F - 0xC0 + 1]rune) {
	for r := rune(0xC0); r <= 0x24F; r++ {
		t[r-0xC0] = r
		if d := []rune(norm.NFD.String(string(r))); len(d) > 1 && d[0] < utf8.RuneSelf {
			t[r-0xC0] = d[0]
		}
	}
	for r, base := range map[rune]rune{'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd'} {
		t[r-0xC0] = base
	}
	return t
}()

func reversed(s []rune) []rune {
	out := make([]rune, len(s))
	for i, r := range s {
		out[len(s)-1-i] = r
	}
	return out
}
