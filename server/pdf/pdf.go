// Package pdf draws the portal's PDFs: Dutch payslips and annual statements
// (jaaropgaven), and plain text documents for the demo dossier. It only renders; who
// may download what is the business of the packages that serve the files.
package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/payroll"
)

// MediaType is the media type of what this package draws.
const MediaType = "application/pdf"

// The PDFs are drawn with the core Helvetica font in the Windows-1252 code page, which
// holds € and the accented letters of Dutch names; amounts and dates are Dutch.

// categoryNL names the categories of payslip lines as the payslip prints them.
var categoryNL = map[payslipline.Category]string{
	payslipline.CategoryEARNINGS:               "Inkomsten",
	payslipline.CategoryDEDUCTIONS:             "Inhoudingen",
	payslipline.CategoryEMPLOYER_CONTRIBUTIONS: "Werkgeverslasten",
	payslipline.CategoryRESERVATIONS:           "Reserveringen",
}

// doc is a page being drawn.
type doc struct {
	pdf *fpdf.Fpdf
	tr  func(string) string
}

func newDoc(title string, at time.Time) *doc {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Werkportaal", true)
	pdf.SetProducer("Werkportaal", true)
	d := &doc{pdf: pdf, tr: pdf.UnicodeTranslatorFromDescriptor("")}
	pdf.AddPage()
	return d
}

func (d *doc) font(style string, size float64) { d.pdf.SetFont("Helvetica", style, size) }

// text writes one line of w mm wide, aligned L or R.
func (d *doc) text(w, h float64, s, align string, ln int) {
	d.pdf.CellFormat(w, h, d.tr(s), "", ln, align, false, 0, "")
}

// row writes a label and a value on one line.
func (d *doc) row(label, value string) {
	d.font("", 10)
	d.text(55, 6, label, "L", 0)
	d.text(0, 6, value, "L", 1)
}

// amountRow writes code, description and a right-aligned amount.
func (d *doc) amountRow(code, desc string, cents int64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	d.font(style, 10)
	d.text(lineCode, 6, code, "L", 0)
	d.text(lineDesc+lineQty+lineRate, 6, desc, "L", 0)
	d.text(lineAmount, 6, dutch.FormatEuro(cents), "R", 1)
}

func (d *doc) rule() {
	y := d.pdf.GetY()
	d.pdf.SetDrawColor(160, 160, 160)
	d.pdf.Line(20, y, 190, y)
	d.pdf.Ln(2)
}

// header writes the title and the employer's name and address.
func (d *doc) header(title string, emp *ent.Employer) {
	d.font("B", 18)
	d.text(0, 10, title, "L", 1)
	d.font("B", 11)
	d.text(0, 6, emp.Name, "L", 1)
	d.font("", 10)
	if emp.Street != "" {
		d.text(0, 5, emp.Street, "L", 1)
	}
	if emp.PostalCode != "" || emp.City != "" {
		d.text(0, 5, emp.PostalCode+"  "+emp.City, "L", 1)
	}
	d.text(0, 5, "Administratienummer "+emp.AdministrationNumber, "L", 1)
	d.pdf.Ln(6)
}

func (d *doc) footer(at time.Time) {
	d.pdf.Ln(8)
	d.font("I", 8)
	d.pdf.SetTextColor(110, 110, 110)
	d.text(0, 5, "Aangemaakt op "+dutch.FormatDate(date.Of(at.In(clock.Amsterdam)))+" via Werkportaal.", "L", 1)
	d.pdf.SetTextColor(0, 0, 0)
}

func (d *doc) bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// PayslipData is what a payslip PDF prints. There is no BSN: Dutch payslips leave it
// out (the annual statement carries it).
type PayslipData struct {
	Payslip    *ent.Payslip
	Lines      []*ent.PayslipLine
	Employer   *ent.Employer
	Person     *ent.Person
	Employment *ent.Employment
}

// PayslipPDF draws a Dutch loonstrook the way a payroll professional reads one (R23,
// art. 7:626 BW; docs/domain.md): the employer, the employee and the employment with
// the period, hours and minimum wage; earnings and deductions with quantity and rate,
// gross and net and the account paid to; the fiscal data (SV-loon, loon voor de
// loonheffing, the table, the loonheffingskorting); the year-to-date totals; then
// employer contributions and reservations. What the integrator did not send is left
// out, never shown as zero.
func PayslipPDF(in PayslipData, at time.Time) ([]byte, error) {
	p := in.Payslip
	period := payroll.PeriodLabel(p.PeriodType, p.Year, p.Period)
	d := newDoc("Loonstrook "+period, at)
	d.header("Loonstrook "+period, in.Employer)

	d.section("Werknemer en dienstverband")
	d.row("Naam", directory.FullName(in.Person))
	if in.Employment != nil {
		d.row("Personeelsnummer", strconv.Itoa(in.Employment.EmployeeNumber))
		if in.Employment.JobTitle != "" {
			d.row("Functie", in.Employment.JobTitle)
		}
		d.row("In dienst sinds", dutch.FormatDate(in.Employment.StartDate))
	}
	periodText := period
	if p.PeriodStart != nil && p.PeriodEnd != nil {
		periodText += " (" + dutch.FormatDate(*p.PeriodStart) + " t/m " + dutch.FormatDate(*p.PeriodEnd) + ")"
	}
	d.row("Periode", periodText)
	d.row("Soort periode", map[bool]string{true: "maand", false: "4 weken"}[p.PeriodType == payslip.PeriodTypeMONTH])
	d.row("Verloningsdatum", dutch.FormatDate(p.RunDate))
	if p.HoursPerWeek != nil {
		d.row("Arbeidsduur", dutch.FormatHours(*p.HoursPerWeek)+" uur per week")
	}
	if p.PartTimePercentage != nil {
		d.row("Deeltijdfactor", dutch.FormatHours(*p.PartTimePercentage)+"%")
	}
	if p.HoursWorked != nil {
		d.row("Uren deze periode", dutch.FormatHours(*p.HoursWorked))
	}
	if p.MinimumHourlyWageCents != nil {
		d.row("Wettelijk minimumuurloon", dutch.FormatEuro(*p.MinimumHourlyWageCents))
	}
	if p.MinimumWageCents != nil {
		d.row("Wettelijk minimumloon", dutch.FormatEuro(*p.MinimumWageCents)+" deze periode")
	}
	d.pdf.Ln(4)

	totals := payroll.Totals(in.Lines)
	lines := func(cat payslipline.Category) {
		for _, t := range totals {
			if t.Category != cat {
				continue
			}
			d.section(categoryNL[cat])
			d.lineHeader()
			for _, l := range in.Lines {
				if l.Category == cat {
					d.lineRow(l)
				}
			}
			d.amountRow("", "Totaal "+lower(categoryNL[cat]), t.TotalCents, true)
			d.pdf.Ln(3)
		}
	}
	lines(payslipline.CategoryEARNINGS)
	lines(payslipline.CategoryDEDUCTIONS)

	d.rule()
	d.amountRow("", "Brutoloon", p.GrossCents, true)
	d.font("B", 12)
	d.text(lineCode, 8, "", "L", 0)
	d.text(lineDesc+lineQty+lineRate, 8, "Nettoloon", "L", 0)
	d.text(lineAmount, 8, dutch.FormatEuro(p.NetCents), "R", 1)
	if p.BankAccountMasked != nil {
		d.row("Uitbetaald op rekening", *p.BankAccountMasked)
	}
	d.pdf.Ln(4)

	if payroll.HasFiscal(p) {
		d.section("Fiscale gegevens")
		if p.SvWageCents != nil {
			d.amountRow("", "SV-loon", *p.SvWageCents, false)
		}
		if p.TaxableWageCents != nil {
			d.amountRow("", "Loon voor de loonheffing", *p.TaxableWageCents, false)
		}
		if t := payroll.TaxTableLabel(p.TaxTableColour, p.TaxTablePeriod); t != "" {
			d.valueRow("Loonheffingstabel", upper(t))
		}
		if p.PayrollTaxCreditApplied != nil {
			d.valueRow("Loonheffingskorting toegepast", map[bool]string{true: "Ja", false: "Nee"}[*p.PayrollTaxCreditApplied])
		}
		d.pdf.Ln(3)
	}

	if payroll.HasCumulatives(p) {
		d.section("Cumulatieven " + strconv.Itoa(p.Year))
		for _, c := range []struct {
			label string
			v     *int64
		}{
			{"Brutoloon", p.YtdGrossCents}, {"SV-loon", p.YtdSvWageCents}, {"Loon voor de loonheffing", p.YtdTaxableWageCents},
			{"Ingehouden loonheffing", p.YtdPayrollTaxCents}, {"Nettoloon", p.YtdNetCents},
		} {
			if c.v != nil {
				d.amountRow("", c.label, *c.v, false)
			}
		}
		d.pdf.Ln(3)
	}

	lines(payslipline.CategoryEMPLOYER_CONTRIBUTIONS)
	lines(payslipline.CategoryRESERVATIONS)
	d.footer(at)
	return d.bytes()
}

// Column widths of a payslip line in mm (170 in all).
const (
	lineCode   = 18.0
	lineDesc   = 77.0
	lineQty    = 22.0
	lineRate   = 26.0
	lineAmount = 27.0
)

func (d *doc) section(title string) {
	d.font("B", 11)
	d.text(0, 7, title, "L", 1)
	d.rule()
}

// lineHeader writes the column heads of the payslip lines.
func (d *doc) lineHeader() {
	d.font("I", 8)
	d.text(lineCode, 5, "Code", "L", 0)
	d.text(lineDesc, 5, "Omschrijving", "L", 0)
	d.text(lineQty, 5, "Aantal", "R", 0)
	d.text(lineRate, 5, "Tarief", "R", 0)
	d.text(lineAmount, 5, "Bedrag", "R", 1)
}

// lineRow writes one payslip line: code, description, quantity and rate when known,
// and the amount.
func (d *doc) lineRow(l *ent.PayslipLine) {
	d.font("", 10)
	d.text(lineCode, 6, l.Code, "L", 0)
	d.text(lineDesc, 6, l.Description, "L", 0)
	qty, rate := "", ""
	if l.Quantity != nil {
		qty = dutch.FormatHours(*l.Quantity)
	}
	if l.RateCents != nil {
		rate = dutch.FormatEuro(*l.RateCents)
	}
	d.text(lineQty, 6, qty, "R", 0)
	d.text(lineRate, 6, rate, "R", 0)
	d.text(lineAmount, 6, dutch.FormatEuro(l.AmountCents), "R", 1)
}

// valueRow writes a label and a right-aligned value in the amount column.
func (d *doc) valueRow(label, value string) {
	d.font("", 10)
	d.text(lineCode, 6, "", "L", 0)
	d.text(lineDesc+lineQty+lineRate, 6, label, "L", 0)
	d.text(lineAmount, 6, value, "R", 1)
}

// AnnualStatementData is what a jaaropgave PDF prints.
type AnnualStatementData struct {
	Statement  *ent.AnnualStatement
	Employer   *ent.Employer
	Person     *ent.Person
	Employment *ent.Employment
}

// AnnualStatementPDF draws a Dutch annual statement (jaaropgave), BSN included.
func AnnualStatementPDF(in AnnualStatementData, at time.Time) ([]byte, error) {
	s := in.Statement
	title := "Jaaropgave " + strconv.Itoa(s.Year)
	d := newDoc(title, at)
	d.header(title, in.Employer)

	d.font("B", 11)
	d.text(0, 7, "Werknemer", "L", 1)
	d.row("Naam", directory.FullName(in.Person))
	d.row("Burgerservicenummer", s.Bsn)
	d.row("Geboortedatum", dutch.FormatDate(in.Person.BirthDate))
	if e := in.Employment; e != nil {
		d.row("Personeelsnummer", strconv.Itoa(e.EmployeeNumber))
		from, to := date.New(s.Year, 1, 1), date.New(s.Year, 12, 31)
		if e.StartDate.After(from) {
			from = e.StartDate
		}
		if e.EndDate != nil && e.EndDate.Before(to) {
			to = *e.EndDate
		}
		d.row("Periode", dutch.FormatDate(from)+" t/m "+dutch.FormatDate(to))
	}
	d.pdf.Ln(4)

	d.font("B", 11)
	d.text(0, 7, "Gegevens voor de aangifte inkomstenbelasting", "L", 1)
	d.rule()
	d.amountRow("", "Loon voor de loonheffing", s.WageForPayrollTaxCents, false)
	d.amountRow("", "Ingehouden loonheffing", s.WithheldPayrollTaxCents, false)
	d.amountRow("", "Toegepaste arbeidskorting", s.LabourTaxCreditCents, false)
	d.amountRow("", "Loon Zvw", s.ZvwWageCents, false)
	d.font("", 10)
	d.text(20, 6, "", "L", 0)
	d.text(110, 6, "Loonheffingskorting toegepast", "L", 0)
	yes := "Nee"
	if s.PayrollTaxCreditApplied {
		yes = "Ja"
	}
	d.text(40, 6, yes, "R", 1)
	d.pdf.Ln(6)
	d.font("", 9)
	d.pdf.MultiCell(0, 5, d.tr("Bewaar deze jaaropgave bij je administratie. Je hebt de gegevens nodig voor je aangifte inkomstenbelasting."), "", "L", false)
	d.footer(at)
	return d.bytes()
}

// TextPDF draws a simple document of a title and paragraphs, for the demo dossier.
func TextPDF(title string, paragraphs []string, at time.Time) ([]byte, error) {
	d := newDoc(title, at)
	d.font("B", 18)
	d.text(0, 12, title, "L", 1)
	d.pdf.Ln(4)
	d.font("", 11)
	for _, p := range paragraphs {
		d.pdf.MultiCell(0, 6, d.tr(p), "", "L", false)
		d.pdf.Ln(3)
	}
	d.footer(at)
	return d.bytes()
}

// SummarySection is one titled block of label–value rows in a summary PDF.
type SummarySection struct {
	Title string
	Rows  [][2]string
}

// SummaryPDF draws a readable summary: a title, an introduction and sections of
// label–value rows. The caller gives every text, footer included, so that the
// summary is in the reader's language (R46).
func SummaryPDF(title, intro string, sections []SummarySection, footer string, at time.Time) ([]byte, error) {
	d := newDoc(title, at)
	d.font("B", 18)
	d.text(0, 12, title, "L", 1)
	d.font("", 10)
	d.pdf.MultiCell(0, 5, d.tr(intro), "", "L", false)
	d.pdf.Ln(4)
	for _, s := range sections {
		d.section(s.Title)
		for _, r := range s.Rows {
			d.font("", 10)
			d.text(55, 6, r[0], "L", 0)
			// A long value (an address, a job title) wraps inside its column.
			d.pdf.MultiCell(0, 6, d.tr(r[1]), "", "L", false)
		}
		d.pdf.Ln(4)
	}
	d.pdf.Ln(4)
	d.font("I", 8)
	d.pdf.SetTextColor(110, 110, 110)
	d.text(0, 5, footer, "L", 1)
	d.pdf.SetTextColor(0, 0, 0)
	return d.bytes()
}

func upper(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b)
}

func lower(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A'
	}
	return string(b)
}
