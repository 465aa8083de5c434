package portal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/date"
)

// Dutch formatting of what the portal shows and prints: amounts as € 1.234,56 and
// dates as 24 oktober 2026.

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

// PeriodLabel names a pay period in Dutch: oktober 2026, or periode 10 2026 for four weeks.
func PeriodLabel(t payslip.PeriodType, year, period int) string {
	if t == payslip.PeriodTypeMONTH && period >= 1 && period <= 12 {
		return fmt.Sprintf("%s %d", monthsNL[period-1], year)
	}
	return fmt.Sprintf("periode %d %d", period, year)
}

// PayslipFileName is the download name of a payslip: loonstrook-2026-10.pdf, or
// loonstrook-2026-periode-10.pdf for four weeks.
func PayslipFileName(t payslip.PeriodType, year, period int) string {
	if t == payslip.PeriodTypeMONTH {
		return fmt.Sprintf("loonstrook-%d-%02d.pdf", year, period)
	}
	return fmt.Sprintf("loonstrook-%d-periode-%02d.pdf", year, period)
}

// AnnualStatementFileName is the download name of a jaaropgave: jaaropgave-2025.pdf.
func AnnualStatementFileName(year int) string { return fmt.Sprintf("jaaropgave-%d.pdf", year) }

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
