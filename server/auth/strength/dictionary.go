package strength

import (
	"bufio"
	"bytes"
	"embed"
	"github.com/trustelem/zxcvbn/frequency"
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
//go:embed lists/nl_*.txt
var listFS embed.FS

type dictKind uint8

const (
	kindPassword dictKind = iota + 1 // a common password
	kindWord                         // a word, a place, a club, a brand
	kindName                         // a first name or surname
	kindPersonal                     // the employee's own data
)

// sources are the ranked lists, in order of precedence. The Dutch lists are ours
// (lists/*.txt); the common passwords and the English words and names are zxcvbn's
// frequency lists, taken from the Go module github.com/trustelem/zxcvbn (MIT).
var sources = []struct {
	file string // a Dutch list in lists/
	zx   string // or a zxcvbn frequency list
	kind dictKind
}{
	{zx: "passwords", kind: kindPassword},
	{file: "nl_passwords.txt", kind: kindPassword},
	{file: "nl_words.txt", kind: kindWord},
	{file: "nl_first_names.txt", kind: kindName},
	{file: "nl_surnames.txt", kind: kindName},
	{file: "nl_places.txt", kind: kindWord},
	{zx: "english_wikipedia", kind: kindWord},
	{zx: "us_tv_and_film", kind: kindWord},
	{zx: "surnames", kind: kindName},
	{zx: "male_names", kind: kindName},
	{zx: "female_names", kind: kindName},
}

// commonPasswords is how many of zxcvbn's password list count as common passwords:
// past this rank a password is rare enough to be judged by its estimate alone.
const commonPasswords = 10000

// entries returns the lines of a source.
func entries(file, zx string) []string {
	if zx != "" {
		l, ok := frequency.FrequencyLists[zx]
		if !ok {
			panic("strength: no zxcvbn list " + zx)
		}
		if zx == "passwords" {
			l = l[:min(len(l), commonPasswords)]
		}
		return l
	}
	data, err := listFS.ReadFile("lists/" + file)
	if err != nil {
		panic("strength: missing word list " + file) // embedded: cannot happen
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
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
		rank := int32(0)
		for _, line := range entries(src.file, src.zx) {
			line = strings.TrimSpace(line)
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

func dropSpace(r rune) rune {
	if unicode.IsSpace(r) || r == '-' || r == '_' || r == '.' {
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
// accents, spaces and dashes ("ik hou van jou"), l33t substitutions and reversal.
func (d *dictionary) isCommon(pw []rune) bool {
	low := foldRunes(pw)
	forms := [][]rune{low}
	if bare := []rune(strings.Map(dropSpace, string(low))); len(bare) != len(low) {
		forms = append(forms, bare)
	}
	for _, f := range forms[:len(forms):len(forms)] {
		for _, v := range l33tVariants(f) {
			forms = append(forms, v.runes)
		}
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
