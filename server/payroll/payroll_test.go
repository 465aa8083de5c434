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
