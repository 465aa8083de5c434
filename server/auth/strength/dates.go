package strength

import "time"

// referenceYear is the year dates and years are priced against: a year near it is a
// likely guess.
var referenceYear = time.Now().Year()

const (
	dateMinYear = 1000
	dateMaxYear = 2050
)

// dateSplits are zxcvbn's ways to cut 4..8 digits into day, month and year: the cut
// positions after the first and the second part.
var dateSplits = map[int][][2]int{
	4: {{1, 2}, {2, 3}},         // 1191, 9111
	5: {{1, 3}, {2, 3}},         // 11191, 11911
	6: {{1, 2}, {2, 4}, {4, 5}}, // 111991, 011991, 199111
	7: {{1, 3}, {2, 3}, {4, 5}, {4, 6}},
	8: {{2, 4}, {4, 6}}, // 17031985, 19850317
}

// dateMatches finds dates with and without separators ("17031985", "17-03-1985",
// "1985.3.17", "170385"), as zxcvbn: of the readings of a digit string it keeps the one
// with the year nearest to referenceYear, and it drops dates inside longer dates.
func dateMatches(ms []match, pw []rune) []match {
	n := len(pw)
	var found []match
	for i := 0; i+4 <= n; i++ {
		for j := i + 3; j < n && j <= i+7; j++ {
			if !allDigits(pw[i : j+1]) {
				break
			}
			tok := pw[i : j+1]
			best, ok := 0, false
			for _, cut := range dateSplits[len(tok)] {
				y, _, _, valid := dmy(atoi(tok[:cut[0]]), atoi(tok[cut[0]:cut[1]]), atoi(tok[cut[1]:]))
				if valid && (!ok || abs(y-referenceYear) < abs(best-referenceYear)) {
					best, ok = y, true
				}
			}
			if ok {
				found = append(found, match{i: i, j: j, guesses: yearSpace(best) * 365, pattern: patDate})
			}
		}
	}
	for i := 0; i+6 <= n; i++ {
		for j := i + 5; j < n && j <= i+9; j++ {
			if a, b, c, ok := splitSeparated(pw[i : j+1]); ok {
				if y, _, _, valid := dmy(a, b, c); valid {
					found = append(found, match{i: i, j: j, guesses: yearSpace(y) * 365 * 4, pattern: patDate})
				}
			}
		}
	}
	for k := range found {
		inside := false
		for o := range found {
			if o != k && found[o].i <= found[k].i && found[o].j >= found[k].j {
				inside = true
				break
			}
		}
		if !inside {
			ms = append(ms, found[k])
		}
	}
	return ms
}

func allDigits(s []rune) bool {
	for _, r := range s {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// splitSeparated parses d{1,4} sep d{1,2} sep d{1,4} with the same separator twice, as
// zxcvbn's /^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$/.
func splitSeparated(tok []rune) (a, b, c int, ok bool) {
	p := 0
	digits := func(lo, hi int) (int, bool) {
		s := p
		for p < len(tok) && isDigit(tok[p]) && p-s < hi {
			p++
		}
		if p-s < lo {
			return 0, false
		}
		return atoi(tok[s:p]), true
	}
	isSep := func(r rune) bool {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '/', '\\', '_', '.', '-':
			return true
		}
		return false
	}
	var okA, okB, okC bool
	if a, okA = digits(1, 4); !okA || p >= len(tok) || !isSep(tok[p]) {
		return 0, 0, 0, false
	}
	sep := tok[p]
	p++
	if b, okB = digits(1, 2); !okB || p >= len(tok) || tok[p] != sep {
		return 0, 0, 0, false
	}
	p++
	if c, okC = digits(1, 4); !okC || p != len(tok) {
		return 0, 0, 0, false
	}
	return a, b, c, true
}

// dmy reads three numbers as a date, as zxcvbn's map_ints_to_dmy: the middle one is
// never the year, a four-digit year must lie in dateMinYear..dateMaxYear, and a
// two-digit year means 19xx above 50 and 20xx otherwise.
func dmy(a, b, c int) (year, month, day int, ok bool) {
	if b > 31 || b <= 0 {
		return 0, 0, 0, false
	}
	over12, over31, under1 := 0, 0, 0
	for _, v := range [3]int{a, b, c} {
		if (v > 99 && v < dateMinYear) || v > dateMaxYear {
			return 0, 0, 0, false
		}
		if v > 31 {
			over31++
		}
		if v > 12 {
			over12++
		}
		if v <= 0 {
			under1++
		}
	}
	if over31 >= 2 || over12 == 3 || under1 >= 2 {
		return 0, 0, 0, false
	}
	splits := [2][3]int{{c, a, b}, {a, b, c}} // year last, then year first
	for _, s := range splits {
		if s[0] >= dateMinYear && s[0] <= dateMaxYear {
			m, d, ok := dm(s[1], s[2])
			return s[0], m, d, ok
		}
	}
	for _, s := range splits {
		if m, d, ok := dm(s[1], s[2]); ok {
			y := s[0]
			switch {
			case y > 99:
			case y > 50:
				y += 1900
			default:
				y += 2000
			}
			return y, m, d, true
		}
	}
	return 0, 0, 0, false
}

func dm(x, y int) (month, day int, ok bool) {
	if x >= 1 && x <= 31 && y >= 1 && y <= 12 {
		return y, x, true
	}
	if y >= 1 && y <= 31 && x >= 1 && x <= 12 {
		return x, y, true
	}
	return 0, 0, false
}
