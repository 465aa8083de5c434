package dutch_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/dutch"
)

func TestValidBSN(t *testing.T) {
	for s, want := range map[string]bool{
		"111222333": true, "123456782": true, "123456789": false, "000000000": false,
		"12345678": false, "1234567820": false, "12345678a": false,
	} {
		if dutch.ValidBSN(s) != want {
			t.Errorf("ValidBSN(%q) = %v", s, !want)
		}
	}
}

func TestFormatting(t *testing.T) {
	for c, want := range map[int64]string{
		0: "€ 0,00", 5: "€ 0,05", 123456: "€ 1.234,56", -1250: "€ -12,50", 100000000: "€ 1.000.000,00", 99999: "€ 999,99",
	} {
		if got := dutch.FormatEuro(c); got != want {
			t.Errorf("FormatEuro(%d) = %q, want %q", c, got, want)
		}
	}
	if got := dutch.FormatDate(date.New(2026, 10, 3)); got != "3 oktober 2026" {
		t.Errorf("FormatDate = %q", got)
	}
	if got := dutch.FormatHours(7.6); got != "7,6" {
		t.Errorf("FormatHours = %q", got)
	}
}
