package payroll_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/payroll"
)

func TestPeriodLabelAndFileName(t *testing.T) {
	if got := payroll.PeriodLabel(payslip.PeriodTypeMONTH, 2026, 3); got != "maart 2026" {
		t.Errorf("PeriodLabel = %q", got)
	}
	if got := payroll.PayslipFileName(payslip.PeriodTypeMONTH, 2026, 10); got != "loonstrook-2026-10.pdf" {
		t.Errorf("PayslipFileName = %q", got)
	}
}

// R23: the bank account a payslip was paid to is checked as an IBAN and kept only masked.
func TestIBANIsCheckedAndMasked(t *testing.T) {
	for in, want := range map[string]string{
		"NL91ABNA0417164300":      "NL** **** **** **43 00",
		"nl91 abna 0417 1643 00 ": "NL** **** **** **43 00",
		"DE89370400440532013000":  "DE** **** **** **** **30 00",
		"GB29NWBK60161331926819":  "GB** **** **** **** **68 19",
	} {
		iban, ok := payroll.NormalIBAN(in)
		if !ok {
			t.Errorf("NormalIBAN(%q) refused a valid IBAN", in)
			continue
		}
		if got := payroll.MaskIBAN(iban); got != want {
			t.Errorf("MaskIBAN(%q) = %q, want %q", iban, got, want)
		}
	}
	for _, bad := range []string{"", "NL91ABNA0417164301", "NL91ABNA04171643", "1291ABNA0417164300", "NL9AABNA0417164300", "NL91ABNA04171643€0"} {
		if _, ok := payroll.NormalIBAN(bad); ok {
			t.Errorf("NormalIBAN(%q) accepted an invalid IBAN", bad)
		}
	}
}
