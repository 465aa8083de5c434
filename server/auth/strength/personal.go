package strength

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// minHardLen is the shortest piece of personal data whose mere presence rejects a
// password: "jansen", "1985", "bakkerij". Shorter pieces ("jan", "bos") are only cheap
// words for the estimator, since they occur inside too many ordinary words.
const minHardLen = 4

// minSoftLen is the shortest piece of personal data the estimator knows.
const minSoftLen = 3

type personalData struct {
	soft   map[string]int32 // folded piece -> rank (input order)
	maxLen int              // longest soft piece, in code points
	hard   []string         // folded pieces, letters and digits only
}

// freeMailDomains are e-mail providers: their names say nothing about the employee.
var freeMailDomains = map[string]bool{
	"gmail": true, "googlemail": true, "hotmail": true, "outlook": true, "live": true,
	"msn": true, "yahoo": true, "icloud": true, "me": true, "mac": true, "ziggo": true,
	"kpnmail": true, "kpnplanet": true, "planet": true, "xs4all": true, "home": true,
	"hetnet": true, "casema": true, "chello": true, "upcmail": true, "telfort": true,
	"tele2": true, "online": true, "proton": true, "protonmail": true, "gmx": true,
	"aol": true, "mail": true, "skynet": true, "telenet": true, "hetnetmail": true,
}

// buildPersonal turns the employee's data into pieces: every word of a name, username,
// employer or e-mail local part, every run of its words and the whole of it without
// separators ("jan.jansen" -> "janjansen", "Piet van Dam" -> "vandam"), the employer's e-mail domain, and the usual spellings of a birth date
// ("1985", "17031985", "170385", "19850317", "1731985").
func buildPersonal(inputs []string) personalData {
	pd := personalData{}
	seen := map[string]bool{}
	add := func(piece string, hard bool) {
		n := utf8.RuneCountInString(piece)
		if n < minSoftLen || seen[piece] {
			return
		}
		seen[piece] = true
		if pd.soft == nil {
			pd.soft = map[string]int32{}
		}
		pd.soft[piece] = int32(len(pd.soft) + 1) //nolint:gosec // G115: a few dozen pieces of one person's name, e-mail and birth date
		pd.maxLen = max(pd.maxLen, n)
		if hard && n >= minHardLen {
			pd.hard = append(pd.hard, piece)
		}
	}
	words := func(s string) {
		add(compact(s), true)
		parts := strings.FieldsFunc(s, func(r rune) bool { return !isAlnum(r) })
		for k, w := range parts {
			add(w, true)
			// "jansen85": also "jansen" and "85"
			for _, part := range splitLettersDigits(w) {
				add(part, true)
			}
			// runs of words: "Piet van Dam" gives "vandam" and "pietvan"
			for end := k + 2; end <= len(parts) && end-k < 6; end++ {
				add(strings.Join(parts[k:end], ""), true)
			}
		}
	}
	for _, in := range inputs {
		raw := strings.TrimSpace(in)
		if raw == "" {
			continue
		}
		if y, m, d, ok := parseDate(raw); ok {
			for _, p := range []string{
				fmt.Sprintf("%04d", y),
				fmt.Sprintf("%02d%02d%04d", d, m, y),
				fmt.Sprintf("%04d%02d%02d", y, m, d),
				fmt.Sprintf("%02d%02d%04d", m, d, y),
				fmt.Sprintf("%02d%02d%02d", d, m, y%100),
				fmt.Sprintf("%d%d%04d", d, m, y),
			} {
				add(p, true)
			}
			add(fmt.Sprintf("%02d%02d", d, m), false)
			add(fmt.Sprintf("%02d%02d%02d", y%100, m, d), false)
			continue
		}
		s := foldString(raw)
		if at := strings.LastIndexByte(s, '@'); at > 0 {
			words(s[:at])
			domain, _, _ := strings.Cut(s[at+1:], ".")
			if !freeMailDomains[domain] {
				add(compact(domain), true)
			}
			continue
		}
		words(s)
	}
	return pd
}

// containedIn reports whether the password contains a hard piece of personal data,
// ignoring case, accents, separators, l33t substitutions and reversal.
func (pd *personalData) containedIn(pw []rune) bool {
	if len(pd.hard) == 0 {
		return false
	}
	low := foldRunes(pw)
	forms := []string{string(low), compactRunes(low)}
	for _, v := range l33tVariants(low) {
		forms = append(forms, compactRunes(v.runes))
	}
	for _, f := range forms[1:] {
		forms = append(forms, string(reversed([]rune(f))))
	}
	for _, piece := range pd.hard {
		for _, f := range forms {
			if strings.Contains(f, piece) {
				return true
			}
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func compact(s string) string {
	return strings.Map(func(r rune) rune {
		if isAlnum(r) {
			return r
		}
		return -1
	}, s)
}

func compactRunes(s []rune) string {
	var b strings.Builder
	for _, r := range s {
		if isAlnum(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func splitLettersDigits(w string) []string {
	var parts []string
	start, digit := 0, false
	for i, r := range w {
		d := unicode.IsDigit(r)
		if i > 0 && d != digit {
			parts = append(parts, w[start:i])
			start = i
		}
		digit = d
	}
	if start > 0 {
		parts = append(parts, w[start:])
	}
	return parts
}

// parseDate reads a birth date as the portal stores it ("1985-03-17") or as people
// write it in the Netherlands ("17-03-1985", "17/3/1985", "17.03.1985").
func parseDate(s string) (y, m, d int, ok bool) {
	for _, layout := range []string{"2006-01-02", "2006/01/02", "2-1-2006", "2/1/2006", "2.1.2006", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Year(), int(t.Month()), t.Day(), true
		}
	}
	return 0, 0, 0, false
}
