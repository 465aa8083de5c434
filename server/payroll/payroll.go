// Package payroll is what the packages of the portal's content (R20–R26) share: the
// vocabulary of payroll results (pay periods, line categories and their totals, the
// names of the PDFs), the publisher check that payroll results and documents are
// written under (R23, R26), the answer for a row the caller may not reach, and a file
// to download. The content itself lives in its sub-packages and neighbours:
// publish (integrators write payroll results), read (what employees and staff see of
// them), documents (the dossier), sick (sick and recovery reports), pdf (rendering)
// and feature (the R22 gate).
package payroll

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// CodeInvalidInput is the userError of input that fails a check of CheckText.
const CodeInvalidInput apperr.UserCode = "INVALID_INPUT"

// PeriodKey orders pay periods: year×100 + period.
func PeriodKey(year, period int) int { return year*100 + period }

// PeriodLabel names a pay period in Dutch: oktober 2026, or periode 10 2026 for four weeks.
func PeriodLabel(t payslip.PeriodType, year, period int) string {
	if t == payslip.PeriodTypeMONTH && period >= 1 && period <= 12 {
		return fmt.Sprintf("%s %d", dutch.MonthName(time.Month(period)), year)
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

// CategoryTotal is the sum of a category's lines.
type CategoryTotal struct {
	Category   payslipline.Category
	TotalCents int64
}

// categoryOrder is the order of the categories on a payslip.
var categoryOrder = []payslipline.Category{
	payslipline.CategoryEARNINGS, payslipline.CategoryDEDUCTIONS,
	payslipline.CategoryEMPLOYER_CONTRIBUTIONS, payslipline.CategoryRESERVATIONS,
}

// Totals sums lines per category, in payslip order, leaving out empty categories.
func Totals(lines []*ent.PayslipLine) []CategoryTotal {
	out := []CategoryTotal{}
	for _, cat := range categoryOrder {
		var sum int64
		n := 0
		for _, l := range lines {
			if l.Category == cat {
				sum += l.AmountCents
				n++
			}
		}
		if n > 0 {
			out = append(out, CategoryTotal{cat, sum})
		}
	}
	return out
}

// Download is a file to send: a payslip or annual statement as PDF, or a document of
// the dossier.
type Download struct {
	FileName    string
	ContentType string
	Data        []byte
}

// Publisher lets through a principal that may publish payroll data (R23, R26) and
// marks ctx as publishing, so that the privacy policies let it read, within its own
// tenant, the employments, persons and rows it publishes to (rule.StaffNeedsRightToRead).
func Publisher(ctx context.Context) (context.Context, *viewer.Principal, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return ctx, nil, err
	}
	return viewer.Publishing(ctx), v, nil
}

// NotFound turns ent's not-found into NOT_FOUND: the privacy rules filter another
// tenant's (or another employee's) rows out, so their IDs answer exactly like unknown
// ones. A privacy denial (a missing right) stays a denial: FORBIDDEN. Any other error
// (the database failing) stays what it is.
func NotFound(err error, what, id string) error {
	if ent.IsNotFound(err) {
		return apperr.NotFoundf("%s %s not found", what, id)
	}
	if errors.Is(err, privacy.Deny) {
		return apperr.Forbiddenf("not allowed to see %s %s", what, id)
	}
	return err
}

// CheckText trims s and refuses it, as INVALID_INPUT on field, when it is empty or
// longer than max characters; what names it in the message ("the title").
func CheckText(s string, max int, what string, field ...string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", apperr.User(CodeInvalidInput, what+" is empty", field...)
	}
	if len([]rune(s)) > max {
		return "", apperr.User(CodeInvalidInput, fmt.Sprintf("%s is longer than %d characters", what, max), field...)
	}
	return s, nil
}

// TaxTableLabel names the payroll tax table the Dutch way — witte maandtabel, groene
// vierwekentabel —, or as much of it as is known; "" when neither is.
func TaxTableLabel(colour *payslip.TaxTableColour, period *payslip.TaxTablePeriod) string {
	name := "tabel"
	if period != nil {
		name = map[payslip.TaxTablePeriod]string{payslip.TaxTablePeriodMONTH: "maandtabel", payslip.TaxTablePeriodFOUR_WEEKS: "vierwekentabel"}[*period]
	}
	switch {
	case colour != nil && *colour == payslip.TaxTableColourWHITE:
		return "witte " + name
	case colour != nil && *colour == payslip.TaxTableColourGREEN:
		return "groene " + name
	case period != nil:
		return name
	}
	return ""
}

// HasCumulatives says whether any year-to-date total of p is known.
func HasCumulatives(p *ent.Payslip) bool {
	return p.YtdGrossCents != nil || p.YtdSvWageCents != nil || p.YtdTaxableWageCents != nil ||
		p.YtdPayrollTaxCents != nil || p.YtdNetCents != nil
}

// HasFiscal says whether any of the fiscal data of p is known (SV-loon, loon voor de
// loonheffing, the table, the loonheffingskorting).
func HasFiscal(p *ent.Payslip) bool {
	return p.SvWageCents != nil || p.TaxableWageCents != nil || p.TaxTableColour != nil ||
		p.TaxTablePeriod != nil || p.PayrollTaxCreditApplied != nil
}
