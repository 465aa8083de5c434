// Package dutch writes what the portal shows and prints the Dutch way (amounts as
// € 1.234,56, dates as 24 oktober 2026, hours as 7,6) and checks a BSN. A leaf: the
// PDFs, the payroll vocabulary and the sick reports' trail share it.
package dutch

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
)

var monthsNL = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	"september", "oktober", "november", "december"}

// FormatEuro writes an amount of euro cents the Dutch way: € 1.234,56, € -12,50.
func FormatEuro(cents int64) string {
	neg := cents < 0
	euros, rest := cents/100, cents%100
	if neg {
		euros, rest = -euros, -rest // after the division, so math.MinInt64 cannot overflow
	}
	digits := strconv.FormatInt(euros, 10)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	sign := ""
	if neg {
		sign = "-"
	}
	return fmt.Sprintf("€ %s%s,%02d", sign, b.String(), rest)
}

// FormatDate writes a date the Dutch way: 24 oktober 2026.
func FormatDate(d date.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthsNL[d.Month-1], d.Year)
}

// FormatHours writes hours the Dutch way with at most two decimals: 7,6 or 152.
func FormatHours(h float64) string {
	s := strconv.FormatFloat(h, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}

// MonthName is the Dutch name of m: oktober.
func MonthName(m time.Month) string { return monthsNL[m-1] }

// ValidBSN reports whether s is a BSN: nine digits that pass the eleven-test
// (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11), and not all zeros.
func ValidBSN(s string) bool {
	if len(s) != 9 || s == "000000000" {
		return false
	}
	sum := 0
	for i := range 9 {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		w := 9 - i
		if i == 8 {
			w = -1
		}
		sum += w * int(c-'0')
	}
	return sum%11 == 0
}
